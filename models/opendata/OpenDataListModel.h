#pragma once

#include "models/calendar/DeadlineText.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/journal/SyncTypes.h"
#include "models/sharing/RequestNames.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QMap>

namespace xs {

/// 开放需求 as a list, soonest answer deadline first: received when, from whom, what data in which
/// domain, the state, the department answering, the deadline with the working days left (coloured
/// by urgency) and the outcome; with the priority domains as a facet (how many demands each has).
class OpenDataListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        LeftColumn,
        StateColumn,
        DomainColumn,
        TitleColumn,
        DemanderColumn,
        DepartmentColumn,
        ReceivedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgencyRole, // DeadlineUrgency, for colouring
    };
    struct Filter
    {
        QString domain;       // empty: every domain
        QString department;   // only demands assigned to it; empty: all
        bool openOnly = true; // answered ones hidden
    };

    explicit OpenDataListModel(QObject* parent = nullptr);

    void setDemands(const QList<RecordState>& demands, const QDate& today, const WorkingCalendar& calendar,
                    RequestNames names = {});
    void setFilter(const Filter& filter);
    const RecordState* demand(const QString& id) const;
    /// How many demands each domain has under the filter's other conditions (the facet).
    QMap<QString, int> domainCounts() const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordState demand;
        QueueDeadline deadline; // its date is invalid when no deadline runs
        bool overdue = false;
    };
    bool passes(const Row& row, bool ignoringDomain) const;
    void applyFilter();

    QList<Row> m_all;
    RequestNames m_names;
    WorkingCalendar m_calendar;
    QList<const Row*> m_shown;
    Filter m_filter;
};

} // namespace xs
