#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <map>
#include <optional>

namespace xs {

/// The reviewer's views of the queue (登记审核).
enum class QueueView
{
    Mine,           // open applications assigned to me
    Unassigned,     // open applications nobody has taken
    All,            // everything, open or not
    Overdue,        // a running step past its deadline
    InPublicNotice, // in public notice or in objection review
    ExpiringSoon,   // registered, expiring within the renewal window
};

struct QueueFilter
{
    QueueView view = QueueView::All;
    QString user; // "me", for Mine
    QDate today;  // what "overdue" and "expiring" are measured against
    /// The latest expiry ExpiringSoon shows: the one whose renewal window opens today
    /// (RegistrationWorkflow::latestExpiryInRenewalWindow). Invalid: the default 60 calendar days.
    QDate expiringBy;
    bool descending = false; // by deadline (by expiry in ExpiringSoon)
};

/// The SQL of the queue's views: filtered and sorted in SQL, paged by keyset on (sort key, id) so
/// that the first page of 100,000 applications costs what a page of 100 costs.
namespace RegistrationQueueQuery {

struct Statement
{
    QString sql;
    QVariantList bindings;
};

/// Columns: id, sort key, number, type, first applicant's name, number of applicants, data_name,
/// state, step_deadline, assignee, expires_on, deadline_provisional, deadline_moved_from. after: the
/// last row's (sort key, id).
Statement page(const QueueFilter& filter, int limit, const std::optional<std::pair<QString, QString>>& after);
QList<QueueView> views();
/// How many applications each of the given views (all six by default) holds now: the tab labels.
std::map<QueueView, qint64> counts(const QSqlDatabase& database, const QueueFilter& filter,
                                   const QList<QueueView>& which = views());

} // namespace RegistrationQueueQuery

} // namespace xs
