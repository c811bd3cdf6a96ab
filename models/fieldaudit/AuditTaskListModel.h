#pragma once

#include "models/fieldaudit/AuditTaskList.h"

#include <QAbstractTableModel>

#include <optional>

namespace xs {

/// The audit tasks of the 现场核查 page: mine or everyone's, by state, or only the overdue ones.
class AuditTaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PlannedColumn,
        StateColumn,
        OverdueColumn,
        TitleColumn,
        KindColumn,
        TargetColumn,
        AuditorsColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    struct Filter
    {
        QString auditor; // only tasks this user audits; empty: everyone's
        QString state;   // empty: every state
        bool overdueOnly = false;
        bool operator==(const Filter&) const = default;
    };

    explicit AuditTaskListModel(QObject* parent = nullptr);

    /// Every task on this desktop (AuditTaskList::load); the filter picks the rows shown.
    void setTasks(const QList<AuditTaskRow>& tasks);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    std::optional<AuditTaskRow> task(const QString& id) const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    bool matches(const AuditTaskRow& task) const;

    QList<AuditTaskRow> m_all;
    QList<AuditTaskRow> m_shown;
    Filter m_filter;
};

} // namespace xs
