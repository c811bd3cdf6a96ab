#include "models/catalog/DataItemsModel.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/ChangeJournal.h"

namespace xs {

namespace {

bool isFlag(int column)
{
    return column == DataItemsModel::SensitiveColumn || column == DataItemsModel::AuthoritativeColumn;
}

} // namespace

DataItemsModel::DataItemsModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

QString DataItemsModel::fieldOf(int column)
{
    static const QStringList fields{QStringLiteral("name"),          QStringLiteral("identifier"),
                                    QStringLiteral("data_type"),     QStringLiteral("length"),
                                    QStringLiteral("min_grade"),     QStringLiteral("sensitive"),
                                    QStringLiteral("authoritative"), QStringLiteral("description")};
    return fields.value(column);
}

void DataItemsModel::setItems(const QList<QJsonObject>& items)
{
    beginResetModel();
    m_items = items;
    m_removed.clear();
    m_modified = false;
    endResetModel();
}

QList<QJsonObject> DataItemsModel::items() const
{
    QList<QJsonObject> result;
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        QJsonObject item = m_items.at(row);
        item.insert(QStringLiteral("position"), int(row + 1));
        result.append(item);
    }
    return result;
}

void DataItemsModel::markModified()
{
    m_modified = true;
    emit modified();
}

int DataItemsModel::addItem()
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append({{QStringLiteral("id"), ChangeJournal::newId(m_clock)},
                    {QStringLiteral("min_grade"), CatalogVocabulary::grades().constLast()},
                    {QStringLiteral("sensitive"), false},
                    {QStringLiteral("authoritative"), false}});
    endInsertRows();
    markModified();
    return row;
}

bool DataItemsModel::moveItem(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_items.size() || target < 0 || target >= m_items.size() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one goes before: one past the target when moving down.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target))
        return false;
    m_items.move(row, target);
    endMoveRows();
    markModified();
    return true;
}

int DataItemsModel::pasteRows(const QString& text)
{
    QList<QJsonObject> pasted;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        QJsonObject item{{QStringLiteral("id"), ChangeJournal::newId(m_clock)}};
        for (int column = 0; column < ColumnCount && column < cells.size(); ++column) {
            const QString cell = cells.at(column).trimmed();
            if (column == LengthColumn) {
                bool ok = false;
                const int length = cell.toInt(&ok);
                item.insert(fieldOf(column), ok ? QJsonValue(length) : QJsonValue());
            } else if (isFlag(column)) {
                item.insert(fieldOf(column),
                            cell == QStringLiteral("是") || cell == QLatin1String("1") ||
                                cell.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
            } else {
                item.insert(fieldOf(column), cell);
            }
        }
        pasted.append(item);
    }
    if (pasted.isEmpty())
        return 0;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + pasted.size() - 1));
    m_items += pasted;
    endInsertRows();
    markModified();
    return int(pasted.size());
}

int DataItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DataItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonValue value = m_items.at(index.row()).value(fieldOf(index.column()));
    if (isFlag(index.column())) {
        if (role == Qt::CheckStateRole)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (index.column() == GradeColumn)
            return CatalogVocabulary::label(value.toString());
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    }
    if (role == Qt::EditRole)
        return value.isDouble() ? QVariant(value.toInteger()) : QVariant(value.toString());
    return {};
}

bool DataItemsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QJsonObject& item = m_items[index.row()];
    const QString field = fieldOf(index.column());
    if (isFlag(index.column())) {
        if (role != Qt::CheckStateRole)
            return false;
        item.insert(field, value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        if (index.column() == LengthColumn) {
            bool ok = false;
            const int length = value.toString().toInt(&ok);
            item.insert(field, ok ? QJsonValue(length) : QJsonValue());
        } else {
            item.insert(field, value.toString().trimmed());
        }
    } else {
        return false;
    }
    emit dataChanged(index, index);
    markModified();
    return true;
}

Qt::ItemFlags DataItemsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return base | (isFlag(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant DataItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Chinese name");
    case IdentifierColumn:
        return tr("Identifier");
    case TypeColumn:
        return tr("Data type");
    case LengthColumn:
        return tr("Length");
    case GradeColumn:
        return tr("Minimum grade");
    case SensitiveColumn:
        return tr("Sensitive");
    case AuthoritativeColumn:
        return tr("Authoritative source");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

bool DataItemsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    for (int index = 0; index < count; ++index) {
        const QString id = m_items.at(row).value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            m_removed.append(id);
        m_items.removeAt(row);
    }
    endRemoveRows();
    markModified();
    return true;
}

} // namespace xs
