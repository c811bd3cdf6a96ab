#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/journal/SyncTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace xs {

/// One piece of evidence as the task screen lists it: its record, and where its bytes are.
struct EvidenceRow
{
    RecordState record;
    std::optional<AttachmentFile> file; // none: the bytes are on the hub only (fetch on demand)

    QString field(const char* name) const { return record.fields.value(QLatin1String(name)).toString(); }
    /// "28.194100, 112.982300", or empty when the photo had no position.
    QString position() const;
};

/// The evidence gallery of an audit task, as a table: file, item, when and where the photo was
/// taken, size, SHA-256, and whether the bytes are here, sent, refused or only on the hub.
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        ItemColumn,
        TakenColumn,
        PositionColumn,
        SizeColumn,
        Sha256Column,
        TransferColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit EvidenceListModel(QObject* parent = nullptr);

    void setRows(const QList<EvidenceRow>& rows);
    const EvidenceRow* row(const QString& id) const;

    static QString transferLabel(const std::optional<AttachmentFile>& file);
    static QString sizeLabel(qint64 bytes);
    /// A piece of evidence's size, and whether its auditor had it downscaled.
    static QString sizeText(const EvidenceRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvidenceRow> m_rows;
};

} // namespace xs
