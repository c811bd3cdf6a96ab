#include "tests/support/ScorecardFixture.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

namespace xs::test::ScorecardFixture {

RecordState record(const char* entity, const QString& id, QJsonObject fields)
{
    return {QLatin1String(entity),
            id,
            1,
            false,
            QStringLiteral("2026-11-20T01:00:00.000Z"),
            QStringLiteral("hub"),
            std::move(fields),
            1};
}

namespace {

QJsonObject entry(const QString& department, const char* status, const char* lastUpdated)
{
    return {{QStringLiteral("name"), QStringLiteral("资源")},
            {QStringLiteral("department_code"), department},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("update_frequency"), QStringLiteral("每月")},
            {QStringLiteral("last_updated_on"), QLatin1String(lastUpdated)}};
}

QJsonObject request(const char* state, const char* due, const char* decided)
{
    QJsonObject fields{{QStringLiteral("provider_code"), Hand},
                       {QStringLiteral("requester_code"), Other},
                       {QStringLiteral("purpose"), QStringLiteral("核验")},
                       {QStringLiteral("state"), QLatin1String(state)},
                       {QStringLiteral("reply_due_on"), QLatin1String(due)}};
    if (decided)
        fields.insert(QStringLiteral("decided_on"), QLatin1String(decided));
    return fields;
}

QJsonObject order(const char* subject, const char* due, const char* closed)
{
    return {{QStringLiteral("subject_entity"), QLatin1String(subject)},
            {QStringLiteral("subject_id"), QStringLiteral("s")},
            {QStringLiteral("target_kind"), QStringLiteral("department")},
            {QStringLiteral("target_code"), Hand},
            {QStringLiteral("requirement"), QStringLiteral("整改")},
            {QStringLiteral("state"), QStringLiteral("closed")},
            {QStringLiteral("due_on"), QLatin1String(due)},
            {QStringLiteral("closed_on"), QLatin1String(closed)}};
}

} // namespace

bool write(QSqlDatabase database)
{
    const QList<RecordState> records{
        record("department", QStringLiteral("d1"),
               {{QStringLiteral("code"), Hand},
                {QStringLiteral("name"), QStringLiteral("省甲厅")},
                {QStringLiteral("kind"), QStringLiteral("provincial")},
                {QStringLiteral("division_code"), QStringLiteral("430000")},
                {QStringLiteral("sort_order"), 1}}),
        record("department", QStringLiteral("d2"),
               {{QStringLiteral("code"), Other},
                {QStringLiteral("name"), QStringLiteral("省乙厅")},
                {QStringLiteral("kind"), QStringLiteral("provincial")},
                {QStringLiteral("division_code"), QStringLiteral("430000")},
                {QStringLiteral("sort_order"), 2}}),
        // Three of four published; of those, one last updated in July: 每月 (31 days) overdue.
        record("catalog_entry", QStringLiteral("e1"), entry(Hand, "published", "2026-11-10")),
        record("catalog_entry", QStringLiteral("e2"), entry(Hand, "published", "2026-11-01")),
        record("catalog_entry", QStringLiteral("e3"), entry(Hand, "published", "2026-07-01")),
        record("catalog_entry", QStringLiteral("e4"), entry(Hand, "draft", "2026-11-01")),
        record("catalog_entry", QStringLiteral("e5"), entry(Other, "published", "2026-11-15")),
        // Requests to answer: on time; late; unanswered past due (late); not due yet (not
        // counted); due last quarter (counted there); withdrawn (never counted).
        record("sharing_request", QStringLiteral("r1"), request("approved", "2026-10-10", "2026-10-09")),
        record("sharing_request", QStringLiteral("r2"), request("refused", "2026-10-15", "2026-10-20")),
        record("sharing_request", QStringLiteral("r3"), request("submitted", "2026-11-10", nullptr)),
        record("sharing_request", QStringLiteral("r4"), request("submitted", "2026-11-25", nullptr)),
        record("sharing_request", QStringLiteral("r5"), request("approved", "2026-09-20", "2026-09-19")),
        record("sharing_request", QStringLiteral("r6"), request("withdrawn", "2026-10-12", nullptr)),
        // An audit's order closed in time; the correction after quality feedback closed late.
        record("rectification_order", QStringLiteral("o1"),
               order("audit_finding", "2026-10-20", "2026-10-18")),
        record("rectification_order", QStringLiteral("o2"),
               order("quality_feedback", "2026-11-01", "2026-11-05")),
        record("open_data_demand", QStringLiteral("od1"),
               {{QStringLiteral("title"), QStringLiteral("公交线路")},
                {QStringLiteral("provider_code"), Hand},
                {QStringLiteral("state"), QStringLiteral("answered")},
                {QStringLiteral("answer_due_on"), QStringLiteral("2026-10-30")},
                {QStringLiteral("answered_on"), QStringLiteral("2026-10-29")}})};
    for (const RecordState& each : records) {
        if (LocalRecordStore(database).write(*findEntity(each.entity), each).isError())
            return false;
    }
    return true;
}

} // namespace xs::test::ScorecardFixture
