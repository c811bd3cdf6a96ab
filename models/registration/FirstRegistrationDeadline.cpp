#include "models/registration/FirstRegistrationDeadline.h"

#include <QCoreApplication>

namespace xs::FirstRegistrationDeadline {

WorkdayDate dueOn(const QDate& start, const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    return rules.deadline(DeadlineRules::FirstRegistration, start, calendar);
}

QDate latestOverdueStart(const QDate& today, const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    // The due date only moves forward with the start: halve an interval that surely holds the
    // answer (N working days span less than 2N + 40 calendar days, Spring Festival included).
    const qint64 span = 2 * qint64(rules.rule(DeadlineRules::FirstRegistration).value) + 40;
    qint64 low = -span - 1; // due long before today
    qint64 high = 0;        // an operation starting today is not late
    while (low < high) {
        const qint64 middle = low + (high - low + 1) / 2;
        if (dueOn(today.addDays(middle), rules, calendar).date < today)
            low = middle;
        else
            high = middle - 1;
    }
    return today.addDays(low);
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
    const int late = calendar.workdaysBetween(due.date, filed).days;
    return text + QLatin1Char(' ') +
           (late > 0 ? QCoreApplication::translate("xs::FirstRegistrationDeadline",
                                                   "Filed on %1, %n working day(s) late.", nullptr, late)
                           .arg(filed.toString(Qt::ISODate))
                     : QCoreApplication::translate("xs::FirstRegistrationDeadline", "Filed on %1, in time.")
                           .arg(filed.toString(Qt::ISODate)));
}

} // namespace xs::FirstRegistrationDeadline
