#include "models/registration/FirstRegistrationDeadline.h"

#include "models/calendar/DateSearch.h"

#include <QCoreApplication>

namespace xs::FirstRegistrationDeadline {

WorkdayDate dueOn(const QDate& start, const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    return rules.deadline(DeadlineRules::FirstRegistration, start, calendar);
}

QDate latestOverdueStart(const QDate& today, const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    // An operation that started long enough ago is late; one starting today is not.
    const qint64 span = calendarDaysHolding(rules.rule(DeadlineRules::FirstRegistration).value) + 1;
    return lastDayWhere(today.addDays(-span), today,
                        [&](const QDate& start) { return dueOn(start, rules, calendar).date < today; });
}

int workdaysLate(const QDate& start, const QDate& filed, const DeadlineRules& rules,
                 const WorkingCalendar& calendar)
{
    if (!start.isValid() || !filed.isValid())
        return 0;
    return std::max(0, calendar.workdaysBetween(dueOn(start, rules, calendar).date, filed).days);
}

QString describe(const QJsonObject& registration, const QJsonObject& agreement, const DeadlineRules& rules,
                 const WorkingCalendar& calendar)
{
    const QDate start =
        QDate::fromString(agreement.value(QStringLiteral("starts_on")).toString(), Qt::ISODate);
    if (!start.isValid())
        return {};
    const WorkdayDate due = dueOn(start, rules, calendar);
    const QString dueText =
        due.date.toString(Qt::ISODate) + (due.provisional ? QStringLiteral(" *") : QString());
    QString text =
        QCoreApplication::translate("xs::FirstRegistrationDeadline",
                                    "Agreement \"%1\" started operating on %2: the first registration "
                                    "was due by %3.")
            .arg(agreement.value(QStringLiteral("title")).toString(), start.toString(Qt::ISODate), dueText);
    const QDate filed =
        QDate::fromString(registration.value(QStringLiteral("submitted_on")).toString(), Qt::ISODate);
    if (!filed.isValid())
        return text;
    const int late = workdaysLate(start, filed, rules, calendar);
    return text + QLatin1Char(' ') +
           (late > 0 ? QCoreApplication::translate("xs::FirstRegistrationDeadline",
                                                   "Filed on %1, %n working day(s) late.", nullptr, late)
                           .arg(filed.toString(Qt::ISODate))
                     : QCoreApplication::translate("xs::FirstRegistrationDeadline", "Filed on %1, in time.")
                           .arg(filed.toString(Qt::ISODate)));
}

QString describeForAgreement(const QJsonObject& agreement, const QJsonObject& registration,
                             const DeadlineRules& rules, const WorkingCalendar& calendar, const QDate& today)
{
    const QDate start =
        QDate::fromString(agreement.value(QStringLiteral("starts_on")).toString(), Qt::ISODate);
    const QString state = agreement.value(QStringLiteral("state")).toString();
    if (!start.isValid() || state.isEmpty() || state == QLatin1String("signed")) // not operating yet
        return {};
    if (!registration.isEmpty())
        return describe(registration, agreement, rules, calendar);
    const WorkdayDate due = dueOn(start, rules, calendar);
    const QString dueText =
        due.date.toString(Qt::ISODate) + (due.provisional ? QStringLiteral(" *") : QString());
    if (today <= due.date)
        return QCoreApplication::translate("xs::FirstRegistrationDeadline",
                                           "First registration of its products: due by %1, not filed yet.")
            .arg(dueText);
    const int overdue = calendar.workdaysBetween(due.date, today).days;
    const QString text = QCoreApplication::translate(
        "xs::FirstRegistrationDeadline",
        "First registration of its products: due by %1, not filed: %n working day(s) overdue.", nullptr,
        overdue);
    return text.arg(dueText);
}

} // namespace xs::FirstRegistrationDeadline
