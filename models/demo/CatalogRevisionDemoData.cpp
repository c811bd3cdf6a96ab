#include "models/demo/CatalogRevisionDemoData.h"

#include "models/calendar/CalendarRepository.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

namespace Flow = CatalogRevisionWorkflow;

const char* const Notes[] = {
    "《湖南省公共数据管理办法》施行，调整共享范围",
    "机构改革后职责划转，更新数据范围和提供方式",
    "摘要中的数据项名称与实际不符，予以更正",
    "按省数据局统一要求补充质量说明",
};

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

CatalogRevisionDemoData::CatalogRevisionDemoData(QDate today)
    : m_today(today)
{}

DatabaseError CatalogRevisionDemoData::write(QSqlDatabase database) const
{
    QSqlQuery published(database);
    if (!published.exec(
            QStringLiteral("SELECT id, abstract FROM catalog_entry WHERE status = 'published' AND "
                           "deleted = 0 ORDER BY id LIMIT %1")
                .arg(Revisions)))
        return DatabaseError(DatabaseError::Kind::Internal, published.lastError().text());
    const WorkingCalendar calendar = CalendarRepository(database).load();
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    QList<RecordState> revisions;
    for (int n = 0; published.next(); ++n) {
        const QString entryId = published.value(0).toString();
        const QString abstract = published.value(1).toString();
        const int stage = n % 6; // draft, draft overdue, submitted, submitted overdue, approved, discarded
        const QDate cause = calendar.addWorkdays(m_today, stage == 0 ? -3 : -(14 + n % 5)).date;
        const bool extended = stage == 1 && n % 12 == 1;
        const WorkdayDate due =
            calendar.addWorkdays(cause, Flow::UpdateWorkdays + (extended ? Flow::ExtensionWorkdays : 0));
        // Approved ones came in late every other time; the rest on time.
        const bool late = stage == 4 && (n / 6) % 2 == 1;
        const QDate submitted =
            late ? calendar.addWorkdays(due.date, 2).date : calendar.addWorkdays(cause, 6).date;
        const QString reason = QString::fromLatin1(Flow::reasons()[std::size_t(n % 4)].code);
        // An approved revision's changes are in its entry already; the others change the abstract.
        const QJsonObject changes{
            {QStringLiteral("abstract"),
             stage == 4 ? abstract : abstract + QStringLiteral("（修订：补充数据范围）")}};
        QJsonObject fields{{QStringLiteral("entry_id"), entryId},
                           {QStringLiteral("changes"),
                            QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("reason_note"), QString::fromUtf8(Notes[n % 4])},
                           {QStringLiteral("cause_on"), iso(cause)},
                           {QStringLiteral("state"), QStringLiteral("draft")},
                           {QStringLiteral("due_on"), iso(due.date)},
                           {QStringLiteral("due_provisional"), due.provisional},
                           {QStringLiteral("extended"), extended}};
        if (extended)
            fields.insert(QStringLiteral("extension_reason"), QStringLiteral("需会同业务处室核实数据范围"));
        if (stage == 2 || stage == 3 || stage == 4) {
            // Awaiting review since today, or for 5 working days (past its 2); approved, as sent.
            const QDate on = stage == 2   ? m_today
                             : stage == 3 ? calendar.addWorkdays(m_today, -5).date
                                          : submitted;
            fields.insert(QStringLiteral("state"), QStringLiteral("submitted"));
            fields.insert(QStringLiteral("submitted_by"), QStringLiteral("demo-cataloguer"));
            fields.insert(QStringLiteral("submitted_on"), iso(on));
            fields.insert(QStringLiteral("review_due_on"),
                          iso(calendar.addWorkdays(on, Flow::ReviewWorkdays).date));
        }
        if (stage == 4) {
            const QDate decided = calendar.addWorkdays(submitted, 1).date;
            fields.insert(QStringLiteral("state"), QStringLiteral("approved"));
            fields.insert(QStringLiteral("decided_by"), QStringLiteral("demo-reviewer"));
            fields.insert(QStringLiteral("decided_on"), iso(decided));
            fields.insert(QStringLiteral("applied_on"), iso(decided));
        }
        if (stage == 5)
            fields.insert(QStringLiteral("state"), QStringLiteral("discarded"));
        revisions.append({Flow::Entity,
                          QStringLiteral("demo-revision-%1").arg(n + 1, 3, 10, QLatin1Char('0')), 1, false,
                          timestamp, QStringLiteral("demo"), fields, 0});
    }
    return LocalRecordStore(database).writeAll(*findEntity(Flow::Entity), revisions);
}

} // namespace xs
