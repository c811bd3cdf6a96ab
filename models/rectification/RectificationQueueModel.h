#pragma once

#include "models/journal/SyncTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace xs {

/// 整改台账: the rectification orders on this desktop as a queue, soonest deadline first, with the
/// deadline in working days as the hub counted it (marked when provisional), overdue marks, the
/// state, whom the order is addressed to, what must be rectified, and who issued it when.
class RectificationQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        OverdueColumn,
        StateColumn,
        TargetColumn,
        RequirementColumn,
        IssuedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    struct Filter
    {
        bool openOnly = true; // closed orders hidden
        bool overdueOnly = false;
    };

    explicit RectificationQueueModel(QObject* parent = nullptr);

    /// Every live order, with today for the overdue marks and the names of whom they are addressed
    /// to (department codes and operator ids to names; a code without a name is shown as it is).
    void setOrders(const QList<RecordState>& orders, const QDate& today,
                   const QHash<QString, QString>& targetNames = {});
    void setFilter(const Filter& filter);
    const RecordState* order(const QString& id) const;
    int totalCount() const { return int(m_all.size()); }
    /// Overdue orders among all, whatever the filter shows.
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordState order;
        bool overdue = false;
    };
    void applyFilter();

    QList<Row> m_all;
    QHash<QString, QString> m_targetNames;
    QList<const Row*> m_shown;
    Filter m_filter;
};

} // namespace xs
