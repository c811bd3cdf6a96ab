#include "models/fieldaudit/EvidenceListModel.h"

#include <QLocale>

namespace xs {

QString EvidenceRow::position() const
{
    const QJsonValue latitude = record.fields.value(QStringLiteral("latitude"));
    const QJsonValue longitude = record.fields.value(QStringLiteral("longitude"));
    if (!latitude.isDouble() || !longitude.isDouble())
        return {};
    return QStringLiteral("%1, %2").arg(latitude.toDouble(), 0, 'f', 6).arg(longitude.toDouble(), 0, 'f', 6);
}

EvidenceListModel::EvidenceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EvidenceListModel::setRows(const QList<EvidenceRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const EvidenceRow* EvidenceListModel::row(const QString& id) const
{
    for (const EvidenceRow& row : m_rows) {
        if (row.record.id == id)
            return &row;
    }
    return nullptr;
}

QString EvidenceListModel::transferLabel(const std::optional<AttachmentFile>& file)
{
    if (!file)
        return tr("On the hub only");
    switch (file->transfer) {
    case AttachmentTransfer::Local:
        return tr("On this computer, not sent yet");
    case AttachmentTransfer::Uploaded:
        return tr("Sent; the hub checked it");
    case AttachmentTransfer::Refused:
        return tr("Refused by the hub; kept here");
    case AttachmentTransfer::Downloaded:
        return tr("Fetched and verified");
    }
    return {};
}

QString EvidenceListModel::sizeLabel(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString EvidenceListModel::sizeText(const EvidenceRow& row)
{
    const QString size = sizeLabel(row.record.fields.value(QStringLiteral("size")).toInteger());
    return row.record.fields.value(QStringLiteral("downscaled")).toBool()
               ? tr("%1 (downscaled on request)").arg(size)
               : size;
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceRow& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.record.id;
    if (role == Qt::ToolTipRole && index.column() == TransferColumn && row.file && !row.file->note.isEmpty())
        return row.file->note;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case FileColumn:
        return row.field("file_name");
    case ItemColumn:
        return row.field("item_code");
    case TakenColumn:
        return row.field("taken_at").replace(QLatin1Char('T'), QLatin1Char(' '));
    case PositionColumn:
        return row.position();
    case SizeColumn:
        return sizeText(row);
    case Sha256Column:
        // The first 16 digits identify a file at a glance; the whole hash is in the detail below.
        return role == Qt::ToolTipRole ? row.field("sha256")
                                       : row.field("sha256").left(16) + QStringLiteral("…");
    case TransferColumn:
        return transferLabel(row.file);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case ItemColumn:
        return tr("Item");
    case TakenColumn:
        return tr("Taken at");
    case PositionColumn:
        return tr("Position (GPS)");
    case SizeColumn:
        return tr("Size");
    case Sha256Column:
        return tr("SHA-256");
    case TransferColumn:
        return tr("Where the file is");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xs
