#pragma once

#include "models/calendar/DeadlineText.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/journal/SyncTypes.h"
#include "models/sharing/RequestNames.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace xs {

/// The sharing requests on this desktop as the two queues of SHARE §21–22: those a department is
/// asked to answer (它作为提供方) and those it asked (申请方), soonest running deadline first, with
/// the deadline as the hub counted it (marked when provisional), the working days left or overdue,
/// the state, the resource, both departments and the sharing attribute.
class SharingQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        LeftColumn,
        StateColumn,
        ResourceColumn,
        RequesterColumn,
        ProviderColumn,
        AttributeColumn,
        SubmittedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgencyRole, // DeadlineUrgency of the running deadline, for colouring
    };
    /// Which side of the requests a department sees.
    enum class Side
    {
        ToAnswer, // asked of the department: it provides
        Asked,    // asked by the department
        All,
    };
    struct Filter
    {
        Side side = Side::All;
        QString department;   // the side's department; empty: every request
        bool openOnly = true; // refused, delivered and withdrawn ones hidden
        bool overdueOnly = false;
    };
    using Names = RequestNames;

    explicit SharingQueueModel(QObject* parent = nullptr);

    /// Every live request, with today and the calendar for the working days left and the marks.
    void setRequests(const QList<RecordState>& requests, const QDate& today, const WorkingCalendar& calendar,
                     Names names = {});
    void setFilter(const Filter& filter);
    const RecordState* request(const QString& id) const;
    /// Requests the filter's side and department would show, open or not.
    int sideCount() const;
    /// Overdue requests on the filter's side, whatever else the filter hides.
    int overdueCount() const;
    QString entryName(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RecordState request;
        QueueDeadline deadline; // its date is invalid when no deadline runs
        bool overdue = false;
    };
    bool onSide(const Row& row) const;
    void applyFilter();
    QString departmentName(const QString& code) const;

    QList<Row> m_all;
    Names m_names;
    WorkingCalendar m_calendar;
    QList<const Row*> m_shown;
    Filter m_filter;
};

} // namespace xs
