#include "models/registration/DeadlineRulesInForce.h"

#include "models/journal/ChangeJournal.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"

namespace xs {

QString DeadlineRuleInForce::durationText(const DeadlineRule& rule)
{
    switch (rule.unit) {
    case DeadlineRule::Unit::WorkingDays:
        return tr("%n working day(s)", nullptr, rule.value);
    case DeadlineRule::Unit::CalendarDays:
        return tr("%n calendar day(s)", nullptr, rule.value);
    case DeadlineRule::Unit::Years:
        return tr("%n year(s)", nullptr, rule.value);
    }
    return {};
}

QList<DeadlineRuleInForce> DeadlineRuleInForce::read(QSqlDatabase database, const Clock& clock)
{
    QHash<QString, RecordState> published;
    for (const RecordState& record : LocalRecords(database, clock).live(DeadlineRule::Entity))
        published.insert(record.fields.value(QStringLiteral("step")).toString(), record);
    QList<QJsonObject> fields;
    for (const RecordState& record : std::as_const(published))
        fields << record.fields;
    QList<DeadlineRuleInForce> rules;
    for (const DeadlineRule& rule : DeadlineRules::withPublished(fields).all())
        rules.append(
            {rule, published.contains(rule.step) ? std::optional(published.value(rule.step)) : std::nullopt});
    return rules;
}

DatabaseError DeadlineRuleInForce::publish(QSqlDatabase database, const Clock& clock, const Principal& actor,
                                           const DeadlineRule& rule, Refusal* refusal)
{
    ChangeJournal journal(database, actor.user, clock);
    RecordWriter writer(database, journal);
    const DatabaseError error =
        writer.save(actor, DeadlineRule::Entity, DeadlineRule::recordId(rule.step), rule.toRecordFields());
    if (refusal)
        *refusal = writer.refusal();
    return error;
}

} // namespace xs
