#include "models/fieldaudit/AuditTaskList.h"

#include "models/common/StructuredField.h"
#include "models/journal/SyncTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace xs {

AuditTaskRow AuditTaskRow::of(const RecordState& task, const QDate& today)
{
    const auto text = [&task](const char* name) {
        return task.fields.value(QLatin1String(name)).toString();
    };
    AuditTaskRow row;
    row.id = task.id;
    row.title = text("title");
    row.kind = text("kind");
    row.target = text("target_code");
    row.state = text("state");
    row.plannedOn = QDate::fromString(text("planned_on"), Qt::ISODate);
    row.summary = text("summary");
    for (const QJsonValue& auditor : structuredField(task.fields, "auditors").toArray())
        row.auditors.append(auditor.toString());
    row.overdue = AuditTaskList::isOverdue(row.state, row.plannedOn, today);
    return row;
}

namespace AuditTaskList {

bool isOverdue(const QString& state, const QDate& plannedOn, const QDate& today)
{
    return plannedOn.isValid() && plannedOn < today &&
           (state == QLatin1String("planned") || state == QLatin1String("in_progress"));
}

QList<AuditTaskRow> load(const QList<RecordState>& tasks, const QDate& today)
{
    QList<AuditTaskRow> rows;
    rows.reserve(tasks.size());
    for (const RecordState& task : tasks)
        rows.append(AuditTaskRow::of(task, today));
    std::sort(rows.begin(), rows.end(), [](const AuditTaskRow& a, const AuditTaskRow& b) {
        return std::pair(a.plannedOn, a.id) < std::pair(b.plannedOn, b.id);
    });
    return rows;
}

} // namespace AuditTaskList

} // namespace xs
