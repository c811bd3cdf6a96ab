#include "models/catalog/UpdateFrequencyAccess.h"

#include "models/catalog/UpdateFrequencies.h"

#include <algorithm>

namespace xs::UpdateFrequencyAccess {

namespace {

Refusal checkFrequency(const AccessRequest& request)
{
    if (request.operation.kind == Operation::Kind::Delete)
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "an update frequency is retired, never deleted"));
    if (request.principal.role != Role::Admin)
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "only administrators maintain update frequencies"));
    return {};
}

// One name per frequency, the defaults' included under their fixed ids; a limit of days that
// means something.
QList<FieldProblem> frequencyRules(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    const QString name = fields.value(QStringLiteral("name")).toString();
    if (name.trimmed() != name || name.isEmpty())
        problems.append({QStringLiteral("name"),
                         XS_MESSAGE("xs::UpdateFrequencies", "a frequency's name has no spaces around it")});
    const QList<RecordState> named =
        input.stored.liveWith(UpdateFrequencies::Entity, QStringLiteral("name"), name);
    const bool takenByRecord =
        std::ranges::any_of(named, [&](const RecordState& other) { return other.id != input.next.id; });
    const QString defaultId = UpdateFrequencies::defaultId(name);
    const bool takenByDefault = !defaultId.isEmpty() && defaultId != input.next.id &&
                                UpdateFrequencies::offers(input.stored, name) && named.isEmpty();
    if (takenByRecord || takenByDefault)
        problems.append(
            {QStringLiteral("name"),
             XS_MESSAGE("xs::UpdateFrequencies", "there is already a frequency \"%1\"").arg(name)});
    const QJsonValue limit = fields.value(QStringLiteral("max_age_days"));
    if (!limit.isNull() && !limit.isUndefined() &&
        (limit.toInteger() < 1 || limit.toInteger() > UpdateFrequencies::MaxAgeDaysLimit))
        problems.append(
            {QStringLiteral("max_age_days"),
             XS_MESSAGE("xs::UpdateFrequencies", "overdue after 1 to %1 days, or leave it empty for 不定期")
                 .arg(UpdateFrequencies::MaxAgeDaysLimit)});
    if (fields.value(QStringLiteral("sort_order")).toInteger() < 0)
        problems.append({QStringLiteral("sort_order"),
                         XS_MESSAGE("xs::UpdateFrequencies", "the sort order is 0 or more")});
    return problems;
}

} // namespace

AccessRule rule()
{
    AccessRule frequency{UpdateFrequencies::Entity, checkFrequency};
    frequency.rules = frequencyRules;
    return frequency;
}

QList<FieldProblem> checkEntryFrequency(const RuleInput& input)
{
    const QString frequency = input.next.fields.value(QStringLiteral("update_frequency")).toString();
    if (frequency.isEmpty() || UpdateFrequencies::offers(input.stored, frequency))
        return {};
    const std::optional<RecordState> stored =
        input.stored.find(QStringLiteral("catalog_entry"), input.next.id);
    if (stored && stored->fields.value(QStringLiteral("update_frequency")).toString() == frequency)
        return {}; // retired since the entry chose it: it keeps it
    return {{QStringLiteral("update_frequency"),
             XS_MESSAGE("xs::UpdateFrequencies",
                        "\"%1\" is not an update frequency in use: choose one from the list")
                 .arg(frequency.left(32))}};
}

} // namespace xs::UpdateFrequencyAccess
