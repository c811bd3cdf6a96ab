#include "models/scorecard/ScorecardAccess.h"

#include "models/scorecard/ScorecardMeasures.h"

#include <algorithm>

namespace xs::ScorecardAccess {

namespace {

Refusal checkWeight(const AccessRequest& request)
{
    return request.principal.role == Role::Admin
               ? Refusal{}
               : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                     "only administrators set the scorecard's weights"));
}

QList<FieldProblem> weightRules(const RuleInput& input)
{
    QList<FieldProblem> problems;
    const QJsonObject& fields = input.next.fields;
    const qint64 weight = fields.value(QStringLiteral("weight")).toInteger();
    if (weight < 0 || weight > ScorecardMeasures::MaxWeight)
        problems.append(
            {QStringLiteral("weight"),
             XS_MESSAGE("xs::ScorecardMeasures", "a weight is 0 to %1").arg(ScorecardMeasures::MaxWeight)});
    const QList<RecordState> same =
        input.stored.liveWith(ScorecardMeasures::WeightEntity, QStringLiteral("measure"),
                              fields.value(QStringLiteral("measure")).toString());
    if (std::ranges::any_of(same, [&](const RecordState& other) { return other.id != input.next.id; }))
        problems.append(
            {QStringLiteral("measure"),
             XS_MESSAGE("xs::ScorecardMeasures", "the measure has a weight already: change that one")});
    return problems;
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule weight{ScorecardMeasures::WeightEntity, checkWeight};
    weight.rules = weightRules;
    return {weight};
}

} // namespace xs::ScorecardAccess
