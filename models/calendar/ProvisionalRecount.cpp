#include "models/calendar/ProvisionalRecount.h"

#include "models/calendar/CalendarRepository.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/RecordIntegrity.h"

#include <QHash>

namespace xs {

std::optional<QList<Rederived>> recountProvisionalDeadlines(AuthorityStore& hub, const QString& entity,
                                                            std::initializer_list<CountedDeadline> deadlines)
{
    const WorkingCalendar calendar = CalendarRepository::publishedIn(hub);
    const EntitySchema* schema = findEntity(entity);
    QList<Rederived> rewritten;
    QHash<QString, qsizetype> rewrittenAt; // a record with two provisional deadlines is written once
    for (const CountedDeadline& deadline : deadlines) {
        const QString dueField = QLatin1String(deadline.dueField);
        const QString provisionalField = QLatin1String(deadline.provisionalField);
        for (RecordState record : hub.liveFlagged(entity, provisionalField)) {
            if (const auto at = rewrittenAt.constFind(record.id); at != rewrittenAt.constEnd())
                record = rewritten.at(*at).record;
            const std::optional<std::pair<QDate, int>> basis = deadline.basis(record.fields);
            if (!basis || !basis->first.isValid() || basis->second <= 0)
                continue;
            const QString before = record.fields.value(dueField).toString();
            const WorkdayDate due = calendar.addWorkdays(basis->first, basis->second);
            if (due.date.toString(Qt::ISODate) == before && due.provisional)
                continue; // still in a year nobody has published: nothing to say yet
            record.fields.insert(dueField, due.date.toString(Qt::ISODate));
            record.fields.insert(provisionalField, due.provisional);
            if (!schema || RecordIntegrity::checkFields(*schema, record.fields))
                continue; // never stored broken: the deadline stays as it was
            const Rederived recounted{record,
                                      QStringLiteral("deadline_recomputed"),
                                      {{entity, record.id},
                                       {QStringLiteral("field"), dueField},
                                       {QStringLiteral("before"), before},
                                       {QStringLiteral("after"), due.date.toString(Qt::ISODate)},
                                       {QStringLiteral("provisional"), due.provisional}}};
            if (const auto at = rewrittenAt.constFind(record.id); at != rewrittenAt.constEnd()) {
                rewritten[*at] = recounted;
            } else {
                rewrittenAt.insert(record.id, rewritten.size());
                rewritten.append(recounted);
            }
        }
    }
    return rewritten;
}

WorkdayDate hubDeadline(const AuthorityStore& hub, const QDate& from, int workingDays)
{
    return CalendarRepository::publishedIn(hub).addWorkdays(from, workingDays);
}

void writeDeadline(QJsonObject& fields, const char* name, const WorkdayDate& due)
{
    const QString prefix = QLatin1String(name);
    fields.insert(prefix + QStringLiteral("_on"), due.date.toString(Qt::ISODate));
    fields.insert(prefix + QStringLiteral("_provisional"), due.provisional);
}

} // namespace xs
