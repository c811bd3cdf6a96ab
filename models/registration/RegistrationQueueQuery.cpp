#include "models/registration/RegistrationQueueQuery.h"

#include "models/storage/SqlStatement.h"

namespace xs::RegistrationQueueQuery {

namespace {

// The same expressions as the indexes of migration 0004, so SQLite walks an index in order.
const QString DeadlineKey = QStringLiteral("coalesce(step_deadline, '9999-12-31')");
const QString ExpiryKey = QStringLiteral("expires_on");
const QString OpenStates =
    QStringLiteral("('submitted', 'awaiting_materials', 'under_review', 'review_paused', "
                   "'in_public_notice', 'objection_review', 'awaiting_code')");
const QString RunningStates = QStringLiteral("('submitted', 'under_review', 'in_public_notice')");

QString sortKey(QueueView view)
{
    return view == QueueView::ExpiringSoon ? ExpiryKey : DeadlineKey;
}

QString condition(const QueueFilter& filter, QVariantList* bindings)
{
    const QString today = filter.today.toString(Qt::ISODate);
    switch (filter.view) {
    case QueueView::Mine:
        bindings->append(filter.user);
        return QStringLiteral("assignee = ? AND state IN %1").arg(OpenStates);
    case QueueView::Unassigned:
        return QStringLiteral("assignee IS NULL AND state IN %1").arg(OpenStates);
    case QueueView::All:
        return QStringLiteral("1");
    case QueueView::Overdue:
        bindings->append(today);
        return QStringLiteral("%1 < ? AND state IN %2").arg(DeadlineKey, RunningStates);
    case QueueView::InPublicNotice:
        return QStringLiteral("state IN ('in_public_notice', 'objection_review')");
    case QueueView::ExpiringSoon:
        bindings->append(today);
        bindings->append((filter.expiringBy.isValid() ? filter.expiringBy : filter.today.addDays(59))
                             .toString(Qt::ISODate));
        return QStringLiteral("state = 'registered' AND expires_on >= ? AND expires_on <= ?");
    }
    return QStringLiteral("0");
}

} // namespace

QList<QueueView> views()
{
    return {QueueView::Mine,    QueueView::Unassigned,     QueueView::All,
            QueueView::Overdue, QueueView::InPublicNotice, QueueView::ExpiringSoon};
}

Statement page(const QueueFilter& filter, int limit, const std::optional<std::pair<QString, QString>>& after)
{
    Statement statement;
    const QString key = sortKey(filter.view);
    QString where = condition(filter, &statement.bindings);
    if (after) {
        // Row values step past the last row in either direction without OFFSET.
        where += QStringLiteral(" AND (%1, id) %2 (?, ?)")
                     .arg(key, filter.descending ? QStringLiteral("<") : QStringLiteral(">"));
        statement.bindings << after->first << after->second;
    }
    const QString direction = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // The first applicant and how many there are come from SQLite's JSON functions, in C, not from
    // a JSON parse per row in the model; text that is not JSON shows no applicant.
    statement.sql =
        QStringLiteral("SELECT id, %1, number, type, CASE WHEN json_valid(applicants) THEN "
                       "json_extract(applicants, '$[0].name') END, CASE WHEN json_valid(applicants) THEN "
                       "json_array_length(applicants) END, data_name, state, step_deadline, "
                       "assignee, expires_on, deadline_provisional, deadline_moved_from, submitted_on, "
                       // A first registration's operation start, for whether it came late.
                       "CASE WHEN type = 'first' THEN (SELECT a.starts_on FROM grant_agreement a "
                       "WHERE a.id = registration.agreement_id AND a.deleted = 0) END FROM registration "
                       "WHERE deleted = 0 AND %2 "
                       "ORDER BY %1 %3, id %3 LIMIT %4")
            .arg(key, where, direction)
            .arg(limit);
    return statement;
}

std::map<QueueView, qint64> counts(const QSqlDatabase& database, const QueueFilter& filter,
                                   const QList<QueueView>& which)
{
    std::map<QueueView, qint64> result;
    for (const QueueView view : which) {
        QueueFilter each = filter;
        each.view = view;
        QVariantList bindings;
        const QString where = condition(each, &bindings);
        SqlStatement statement(
            database,
            QStringLiteral("SELECT count(*) FROM registration WHERE deleted = 0 AND %1").arg(where));
        for (int index = 0; index < bindings.size(); ++index)
            statement.bind(index + 1, bindings.at(index));
        result[view] = statement.next() ? statement.integer(0) : -1;
    }
    return result;
}

} // namespace xs::RegistrationQueueQuery
