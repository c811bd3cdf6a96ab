#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/journal/AccessPolicy.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xs {

/// One working-day deadline a record type keeps: the fields holding its date and its provisional
/// mark, and what it is counted from (a day and a number of working days), or nothing once the
/// deadline no longer runs (the order closed, the reply given).
struct CountedDeadline
{
    const char* dueField;
    const char* provisionalField;
    std::optional<std::pair<QDate, int>> (*basis)(const QJsonObject& record);
};

/// A deadline workingDays after from, on the working-day calendar the hub (or the desktop, for its
/// proposal) has published.
WorkdayDate hubDeadline(const AuthorityStore& hub, const QDate& from, int workingDays);
/// Writes a deadline as record types keep one: name_on (the date) and name_provisional.
void writeDeadline(QJsonObject& fields, const char* name, const WorkdayDate& due);

/// When a year of the holiday schedule is published, every live record of entity whose running
/// deadline was counted on a guessed year (Monday to Friday) is counted again on the published
/// schedule, in the publisher's write: what an AccessRule's rederive returns for types other than
/// registrations (rectification orders, sharing requests). A record whose recount would break its
/// definition is left as it was; the log event is deadline_recomputed with the dates.
std::optional<QList<Rederived>> recountProvisionalDeadlines(AuthorityStore& hub, const QString& entity,
                                                            std::initializer_list<CountedDeadline> deadlines);

} // namespace xs
