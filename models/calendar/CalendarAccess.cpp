#include "models/calendar/CalendarAccess.h"

#include "models/calendar/CalendarYear.h"

namespace xs::CalendarAccess {

namespace {

Refusal checkCalendarYear(const AccessRequest& request)
{
    if (request.principal.role != Role::Admin)
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                   "only administrators publish the working-day calendar"));
    const Operation& operation = request.operation;
    if (operation.kind != Operation::Kind::Upsert)
        return {};
    const QJsonObject fields = fieldsAfter(request.current, operation);
    Message problem;
    if (!CalendarYear::fromRecordFields(fields, &problem))
        return Refusal::of("invalid", problem);
    if (operation.recordId != CalendarYear::recordId(fields.value(QStringLiteral("year")).toInt()))
        return Refusal::of("invalid",
                           XS_MESSAGE("xs::AccessPolicy",
                                      "a calendar year's record id must be the one derived from its year"));
    return {};
}

} // namespace

QList<AccessRule> rules()
{
    return {{CalendarYear::Entity, checkCalendarYear}};
}

} // namespace xs::CalendarAccess
