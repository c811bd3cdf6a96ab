#pragma once

#include "models/journal/SyncTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace xs {

/// One finding of a visit, with the rectification order that follows it, if one was issued.
struct FindingRow
{
    RecordState finding;
    std::optional<RecordState> order;

    QString field(const char* name) const { return finding.fields.value(QLatin1String(name)).toString(); }
    /// The findings of a task joined with the orders that follow them (subject_entity audit_finding).
    static QList<FindingRow> join(const QList<RecordState>& findings, const QList<RecordState>& orders);
};

/// The findings of an audit task: severity, the checklist item, what was found, and where its
/// rectification stands (state and due date).
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        ItemColumn,
        DescriptionColumn,
        RectificationColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit FindingListModel(QObject* parent = nullptr);

    void setRows(const QList<FindingRow>& rows);
    const FindingRow* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FindingRow> m_rows;
};

} // namespace xs
