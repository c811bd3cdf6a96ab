#pragma once

#include "models/calendar/DeadlineText.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/common/KeysetPagedModel.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationQueueQuery.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

/// One application as the queue lists it.
struct RegistrationQueueRow
{
    QString id;
    QString sortKey;
    QString number;
    QString type;
    QString applicant; // the first one's name
    int applicants = 0;
    QString dataName;
    QString state;
    QDate deadline;
    bool provisional = false;
    QDate movedFrom;
    QString assignee;
    QDate expiresOn;
    QDate submittedOn;
    QDate operationStart;           // a first registration's agreement's start, if this desktop holds it
    mutable WorkdayCount remaining; // working days left, computed when first shown
    mutable bool remainingKnown = false;
};

/// The registration queue: one view of the applications, loaded a page at a time in deadline
/// order, with each step's remaining working days computed from the calendar for the rows shown.
class RegistrationQueueModel : public KeysetPagedModel<RegistrationQueueRow>
{
    Q_OBJECT

public:
    enum Column
    {
        ApplicantColumn,
        TypeColumn,
        DataNameColumn,
        StateColumn,
        DeadlineColumn,
        RemainingColumn,
        AssigneeColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgencyRole,           // Urgency, for colouring
        RemainingWorkdaysRole, // int, or invalid when there is no running deadline
        StepDeadlineRole,      // QDate of the current step's deadline, invalid if none
        ProvisionalRole,       // bool: the deadline is provisional (暂定)
        MovedFromRole,         // QDate the deadline had before a published schedule moved it
        FiledLateRole,         // int: working days a first registration came after its due date (0: in time)
    };
    using Urgency = DeadlineUrgency;
    static constexpr int PageSize = 200;

    RegistrationQueueModel(QSqlDatabase database, WorkingCalendar calendar, QObject* parent = nullptr,
                           int pageSize = PageSize);

    const QueueFilter& filter() const { return m_filter; }
    void setFilter(const QueueFilter& filter);
    void setCalendar(WorkingCalendar calendar);
    /// The published deadline rules (first_registration decides when a first registration is late).
    void setRules(DeadlineRules rules);
    /// Loads again, keeping as many rows as were loaded (after a step or a sync).
    void reload();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Only the deadline sorts (ascending or descending): the queue's order is the deadline.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The applicants' display form: the first, and how many apply with it.
    static QString applicantSummary(const QString& firstName, int applicants);

private:
    using Row = RegistrationQueueRow;

    QList<Row> readRows(const Row* after, int limit, DatabaseError* error) const override;
    std::optional<WorkdayCount> remaining(const Row& row) const;
    StepDeadline deadlineOf(const Row& row) const;
    Urgency urgency(const Row& row) const;
    int workdaysLate(const Row& row) const;

    QSqlDatabase m_database;
    WorkingCalendar m_calendar;
    DeadlineRules m_rules = DeadlineRules::defaults();
    QueueFilter m_filter;
};

} // namespace xs
