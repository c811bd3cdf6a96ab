#include "models/demo/QualityFeedbackDemoData.h"

#include "models/calendar/CalendarRepository.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

#include <QSqlQuery>

namespace xs {

namespace {

struct Published
{
    QString id;
    QString department;
    QString item; // one of its data items, by name
};

// Published resources with one of their data items, spread over the catalog.
QList<Published> publishedResources(QSqlDatabase database)
{
    QList<Published> resources;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT e.id, e.department_code, (SELECT i.name FROM data_item i WHERE i.entry_id = e.id AND "
            "i.deleted = 0 ORDER BY i.position LIMIT 1) FROM catalog_entry e WHERE e.deleted = 0 AND "
            "e.status = 'published' ORDER BY e.id LIMIT 200"))) {
        while (query.next())
            resources.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return resources;
}

constexpr const char* Problems[] = {
    "声明按日更新，但近两个月未更新",
    "部分记录缺少统一社会信用代码",
    "同一主体在两个部门的数据中名称不一致",
    "抽查 20 条记录中有 3 条地址与实际不符",
};

} // namespace

QualityFeedbackDemoData::QualityFeedbackDemoData(QDate today)
    : m_today(today)
{}

DatabaseError QualityFeedbackDemoData::write(QSqlDatabase database) const
{
    const QList<Published> resources = publishedResources(database);
    if (resources.isEmpty())
        return {};
    const WorkingCalendar calendar = CalendarRepository(database).load();
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    const QStringList dimensions = vocabularyCodes(QualityFeedbackWorkflow::dimensions());
    const QStringList states = vocabularyCodes(QualityFeedbackWorkflow::states());
    QList<RecordState> feedback;
    QList<RecordState> orders;
    for (int n = 0; n < Reports; ++n) {
        const Published& resource = resources.at((n * 53) % resources.size());
        const QString state = states.at(n % states.size());
        // Filed a few working days back; some corrections long ago, to show overdue ones.
        const bool longAgo = state == QLatin1String("rectifying") && (n / 6) % 2 == 0;
        const QDate filed = calendar.addWorkdays(m_today, longAgo ? -20 : -(3 + n % 5)).date;
        const QString requester = n % 2 == 0 || resource.department == QLatin1String("430000027")
                                      ? QStringLiteral("430000001")
                                      : QStringLiteral("430000027");
        const QString id = QStringLiteral("demo-feedback-%1").arg(n + 1, 3, 10, QLatin1Char('0'));
        QJsonObject fields{
            {QStringLiteral("entry_id"), resource.id},
            {QStringLiteral("item_name"), n % 3 == 0 ? resource.item : QString()},
            {QStringLiteral("requester_code"),
             requester == resource.department ? QStringLiteral("430000002") : requester},
            {QStringLiteral("dimension"), dimensions.at(n % dimensions.size())},
            {QStringLiteral("description"), QString::fromUtf8(Problems[n % std::size(Problems)])},
            {QStringLiteral("provider_code"), resource.department},
            {QStringLiteral("state"), state},
            {QStringLiteral("filed_by"), QStringLiteral("demo-cataloguer")},
            {QStringLiteral("filed_on"), filed.toString(Qt::ISODate)}};
        const bool decided = state != QLatin1String("filed") && state != QLatin1String("verifying");
        const bool upheld = decided && state != QLatin1String("rejected") &&
                            !(state == QLatin1String("closed") && (n / 6) % 2 == 1);
        if (decided) {
            fields.insert(QStringLiteral("decided_by"), QStringLiteral("demo-reviewer"));
            fields.insert(QStringLiteral("decided_on"),
                          calendar.addWorkdays(filed, 1).date.toString(Qt::ISODate));
            fields.insert(QStringLiteral("verification_note"),
                          upheld ? QStringLiteral("核实属实") : QStringLiteral("经核实数据无误，反馈不成立"));
        }
        if (state == QLatin1String("closed")) {
            fields.insert(QStringLiteral("result"),
                          upheld ? QStringLiteral("已整改并恢复更新") : QStringLiteral("经核实数据无误"));
            fields.insert(QStringLiteral("closed_on"), m_today.toString(Qt::ISODate));
        }
        feedback.append(
            {QualityFeedbackWorkflow::Entity, id, 1, false, timestamp, QStringLiteral("demo"), fields, 0});
        if (!upheld)
            continue;
        const QDate issued = calendar.addWorkdays(filed, 1).date;
        const WorkdayDate due = calendar.addWorkdays(issued, QualityFeedbackWorkflow::ProviderWorkingDays);
        const bool finished = state != QLatin1String("rectifying");
        QJsonObject order{
            {QStringLiteral("subject_entity"), QualityFeedbackWorkflow::Entity},
            {QStringLiteral("subject_id"), id},
            {QStringLiteral("target_kind"), QStringLiteral("department")},
            {QStringLiteral("target_code"), resource.department},
            {QStringLiteral("requirement"),
             QStringLiteral("请整改数据质量问题：") + QString::fromUtf8(Problems[n % std::size(Problems)])},
            {QStringLiteral("working_days"), QualityFeedbackWorkflow::ProviderWorkingDays},
            {QStringLiteral("state"), finished ? QStringLiteral("closed") : QStringLiteral("rectifying")},
            {QStringLiteral("issued_by"), QStringLiteral("demo-reviewer")},
            {QStringLiteral("issued_on"), issued.toString(Qt::ISODate)},
            {QStringLiteral("due_on"), due.date.toString(Qt::ISODate)},
            {QStringLiteral("due_provisional"), due.provisional}};
        if (finished) {
            order.insert(QStringLiteral("response"), QStringLiteral("已按要求整改，数据已更新"));
            order.insert(QStringLiteral("decision_note"), QStringLiteral("整改到位"));
            order.insert(QStringLiteral("closed_on"), m_today.toString(Qt::ISODate));
        }
        orders.append({RectificationWorkflow::Entity, id + QStringLiteral("-order"), 1, false, timestamp,
                       QStringLiteral("demo"), order, 0});
    }
    LocalRecordStore store(database);
    if (DatabaseError error = store.writeAll(*findEntity(QualityFeedbackWorkflow::Entity), feedback);
        error.isError())
        return error;
    return store.writeAll(*findEntity(RectificationWorkflow::Entity), orders);
}

} // namespace xs
