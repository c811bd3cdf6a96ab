#include "models/scorecard/Scorecard.h"

#include "models/catalog/CatalogQuery.h"

#include <QSqlQuery>

#include <algorithm>

namespace xs::Scorecard {

namespace {

using ScorecardMeasures::Measure;
using ScorecardMeasures::Period;

// A measure counted against deadlines: the records of a table that fell due in the period,
// whose department, due day, day done and title are these columns. source is the table, or a
// query when the department is another record's.
struct DeadlineMeasure
{
    const char* entity;
    const char* source;
    const char* department;
    const char* due;
    const char* done;
    const char* where;
    const char* title;
};

// A request counts as answered on its decision, or, while material is asked for, on the notice
// (the reply clock restarts on the supplement).
constexpr DeadlineMeasure Requests{
    "sharing_request",
    "sharing_request",
    "provider_code",
    "reply_due_on",
    "(CASE WHEN decided_on IS NOT NULL THEN decided_on WHEN state = 'material_requested' THEN "
    "material_noticed_on END)",
    "state <> 'withdrawn'",
    "purpose"};
constexpr DeadlineMeasure Feedback{
    "rectification_order", "rectification_order",
    "target_code",         "due_on",
    "closed_on",           "target_kind = 'department' AND subject_entity = 'quality_feedback'",
    "requirement"};
constexpr DeadlineMeasure Orders{
    "rectification_order", "rectification_order",
    "target_code",         "due_on",
    "closed_on",           "target_kind = 'department' AND subject_entity <> 'quality_feedback'",
    "requirement"};
constexpr DeadlineMeasure OpenData{"open_data_demand",
                                   "open_data_demand",
                                   "provider_code",
                                   "answer_due_on",
                                   "answered_on",
                                   "1 = 1",
                                   "title"};

// A revision is the department's once submitted (the review is the data department's); its
// department and title are its entry's.
constexpr DeadlineMeasure Revisions{
    "catalog_revision",
    "(SELECT r.id, r.deleted, r.state, r.due_on, r.submitted_on, e.department_code, e.name "
    "FROM catalog_revision r JOIN catalog_entry e ON e.id = r.entry_id)",
    "department_code",
    "due_on",
    "submitted_on",
    "state <> 'discarded'",
    "name"};

const DeadlineMeasure* deadlineMeasure(Measure measure)
{
    switch (measure) {
    case Measure::RequestsOnTime:
        return &Requests;
    case Measure::FeedbackOnTime:
        return &Feedback;
    case Measure::OrdersOnTime:
        return &Orders;
    case Measure::OpenDataAnswered:
        return &OpenData;
    case Measure::RevisionsOnTime:
        return &Revisions;
    case Measure::CatalogCoverage:
    case Measure::EntriesCurrent:
        break;
    }
    return nullptr;
}

// What the counting stands on: deadlines count when they passed before the day after the period,
// or before today while it runs, or were met already; the catalog as it stands on the period's
// last day, or today if sooner.
QDate deadlinesBefore(const Period& period, const QDate& today)
{
    return std::min(period.last.addDays(1), today);
}

QDate catalogOn(const Period& period, const QDate& today)
{
    return std::min(period.last, today);
}

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

// The rows one figure counts, with a done flag (counted) per row: the body of both the grouped
// count and the list behind it.
SqlCondition rowsOf(Measure measure, const Period& period, const QDate& today, const QString& columns)
{
    if (const DeadlineMeasure* deadline = deadlineMeasure(measure)) {
        const QString done = QLatin1String(deadline->done);
        const QString due = QLatin1String(deadline->due);
        return {
            QStringLiteral("SELECT %1 FROM (SELECT id, %2 AS department, %3 AS title, %4 AS due, %5 AS done "
                           "FROM %6 WHERE deleted = 0 AND %7 AND %4 BETWEEN ? AND ?) "
                           "WHERE done IS NOT NULL OR due < ?")
                .arg(columns.arg(QStringLiteral("(done IS NOT NULL AND done <= due)")),
                     QLatin1String(deadline->department), QLatin1String(deadline->title), due, done,
                     QLatin1String(deadline->source), QLatin1String(deadline->where)),
            {iso(period.first), iso(period.last), iso(deadlinesBefore(period, today))}};
    }
    const QString counted =
        measure == Measure::CatalogCoverage
            ? QStringLiteral("(e.status = 'published')")
            : QStringLiteral("(%1 = 'current')")
                  .arg(CatalogQuery::facetKey(CatalogFacet::Overdue, catalogOn(period, today)));
    const QString published =
        measure == Measure::EntriesCurrent ? QStringLiteral(" AND e.status = 'published'") : QString();
    return {
        QStringLiteral("SELECT %1 FROM (SELECT e.id AS id, e.department_code AS department, e.name AS title, "
                       "NULL AS due, e.last_updated_on AS done, %2 AS counted FROM catalog_entry e "
                       "WHERE e.deleted = 0%3)")
            .arg(columns.arg(QStringLiteral("counted")), counted, published),
        {}};
}

using Figures = QHash<QString, std::array<ScorecardFigure, ScorecardMeasures::MeasureCount>>;

bool count(QSqlDatabase database, const Period& period, const QDate& today, Figures* figures,
           DatabaseError* error)
{
    for (const Measure measure : ScorecardMeasures::All) {
        const SqlCondition counting = countingQuery(measure, period, today);
        QSqlQuery query(database);
        if (!runPrepared(query, counting.sql, counting.bindings, error))
            return false;
        while (query.next())
            (*figures)[query.value(0).toString()].at(std::size_t(measure)) = {query.value(1).toLongLong(),
                                                                              query.value(2).toLongLong()};
    }
    return true;
}

std::optional<double> scoreOf(const std::array<ScorecardFigure, ScorecardMeasures::MeasureCount>& figures,
                              const ScorecardMeasures::Weights& weights)
{
    double weighted = 0;
    int total = 0;
    for (const Measure measure : ScorecardMeasures::All) {
        const std::optional<double> percent = figures.at(std::size_t(measure)).percent();
        if (!percent || weights.weight(measure) <= 0)
            continue;
        weighted += *percent * weights.weight(measure);
        total += weights.weight(measure);
    }
    return total > 0 ? std::optional<double>(weighted / total) : std::nullopt;
}

} // namespace

SqlCondition countingQuery(Measure measure, const Period& period, const QDate& today)
{
    SqlCondition rows = rowsOf(measure, period, today, QStringLiteral("department, %1 AS counted"));
    rows.sql = QStringLiteral("SELECT department, sum(counted), count(*) FROM (%1) GROUP BY department")
                   .arg(rows.sql);
    return rows;
}

Result compute(QSqlDatabase database, const Period& period, const ScorecardMeasures::Weights& weights,
               const QDate& today)
{
    Result result;
    result.period = period;
    Figures now;
    Figures before;
    if (!count(database, period, today, &now, &result.error) ||
        !count(database, period.previous(), today, &before, &result.error))
        return result;
    QSqlQuery departments(database);
    if (!runPrepared(
            departments,
            QStringLiteral("SELECT code, name FROM department WHERE deleted = 0 ORDER BY sort_order, code"),
            {}, &result.error))
        return result;
    while (departments.next()) {
        DepartmentScore line;
        line.code = departments.value(0).toString();
        line.name = departments.value(1).toString();
        line.figures = now.value(line.code);
        line.score = scoreOf(line.figures, weights);
        line.previousScore = scoreOf(before.value(line.code), weights);
        result.departments.append(line);
    }
    std::ranges::stable_sort(result.departments, [](const DepartmentScore& a, const DepartmentScore& b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        return a.score && *a.score > *b.score;
    });
    // Equal scores share a rank (1, 2, 2, 4).
    for (qsizetype i = 0; i < result.departments.size() && result.departments.at(i).score; ++i) {
        DepartmentScore& line = result.departments[i];
        const bool tied = i > 0 && result.departments.at(i - 1).score == line.score;
        line.rank = tied ? result.departments.at(i - 1).rank : int(i + 1);
    }
    return result;
}

QList<ScorecardRecord> recordsBehind(QSqlDatabase database, const Period& period, const QDate& today,
                                     Measure measure, const QString& department, int limit,
                                     DatabaseError* error)
{
    SqlCondition rows =
        rowsOf(measure, period, today, QStringLiteral("id, title, due, done, %1 AS counted, department"));
    rows.sql = QStringLiteral("SELECT id, title, due, done, counted FROM (%1) WHERE department = ? "
                              "ORDER BY due DESC, id LIMIT ?")
                   .arg(rows.sql);
    rows.bindings << department << limit;
    QSqlQuery query(database);
    if (!runPrepared(query, rows.sql, rows.bindings, error))
        return {};
    const DeadlineMeasure* deadline = deadlineMeasure(measure);
    const QString entity = deadline ? QLatin1String(deadline->entity) : QStringLiteral("catalog_entry");
    QList<ScorecardRecord> records;
    while (query.next())
        records.append({entity, query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(), query.value(4).toBool()});
    return records;
}

} // namespace xs::Scorecard
