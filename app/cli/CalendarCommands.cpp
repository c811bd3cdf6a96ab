// xiangshu-cli calendar …: the working-day calendar, as CLI.md describes it.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "models/calendar/CalendarRepository.h"

#include <QFile>
#include <QJsonArray>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CalendarCommands)
};

std::optional<QDate> parseDate(CliContext& context, const QString& text, ExitCode* exitCode)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        *exitCode =
            context.fail(ExitCode::Usage, Text::tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(text),
                         QStringLiteral("usage"));
        return std::nullopt;
    }
    return date;
}

ExitCode usage(CliContext& context)
{
    return context.fail(ExitCode::Usage,
                        Text::tr("Usage: xiangshu-cli calendar is-workday DATE | add-workdays DATE N | "
                                 "workdays-between A B | years"),
                        QStringLiteral("usage"));
}

ExitCode beyondKnownYears(CliContext& context, const WorkingCalendar& calendar, const QDate& unknown)
{
    return context.fail(ExitCode::Validation, calendar.beyondKnownYears(unknown),
                        QStringLiteral("calendar_unknown_year"), unknown.toString(Qt::ISODate));
}

/// The calendar of the database (bundled years overlaid by the hub's); the bundled years alone
/// when there is no database yet, so the command also works before `init`.
std::optional<WorkingCalendar> loadCalendar(CliContext& context, ExitCode* exitCode)
{
    if (!QFile::exists(context.databasePath()))
        return CalendarRepository::bundled();
    const std::unique_ptr<Database> database = context.unlock(false, exitCode);
    if (!database)
        return std::nullopt;
    DatabaseError error;
    WorkingCalendar calendar = CalendarRepository(database->connection()).load(&error);
    if (error.isError()) {
        *exitCode = context.failDatabase(error);
        return std::nullopt;
    }
    return calendar;
}

ExitCode listYears(CliContext& context, const WorkingCalendar& calendar)
{
    QJsonArray years;
    QStringList lines;
    for (const int number : calendar.knownYears()) {
        const CalendarYear* year = calendar.year(number);
        years.append(QJsonObject{{QStringLiteral("year"), number}, {QStringLiteral("source"), year->source}});
        lines << QStringLiteral("%1  %2").arg(number).arg(year->source);
    }
    context.printResult({{QStringLiteral("years"), years}}, lines);
    return ExitCode::Success;
}

} // namespace

ExitCode runCalendar(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    const QString action = arguments.value(0);
    const qsizetype expected = action == QLatin1String("is-workday")         ? 2
                               : action == QLatin1String("add-workdays")     ? 3
                               : action == QLatin1String("workdays-between") ? 3
                               : action == QLatin1String("years")            ? 1
                                                                             : -1;
    if (expected < 0 || arguments.size() != expected)
        return usage(context);

    ExitCode exitCode = ExitCode::Success;
    const std::optional<QDate> first =
        action == QLatin1String("years") ? QDate() : parseDate(context, arguments.value(1), &exitCode);
    if (!first)
        return exitCode;
    const std::optional<WorkingCalendar> calendar = loadCalendar(context, &exitCode);
    if (!calendar)
        return exitCode;
    if (action == QLatin1String("years"))
        return listYears(context, *calendar);

    QDate unknown;
    if (action == QLatin1String("is-workday")) {
        const std::optional<bool> workday = calendar->isWorkday(*first);
        if (!workday)
            return beyondKnownYears(context, *calendar, *first);
        context.printResult({{QStringLiteral("date"), first->toString(Qt::ISODate)},
                             {QStringLiteral("workday"), *workday},
                             {QStringLiteral("holiday"), calendar->holidayName(*first)}},
                            {*workday ? QStringLiteral("true") : QStringLiteral("false")});
        return ExitCode::Success;
    }
    if (action == QLatin1String("add-workdays")) {
        bool ok = false;
        const int count = arguments.value(2).toInt(&ok);
        if (!ok || count < 0 || count > 100000)
            return context.fail(ExitCode::Usage, Text::tr("N must be a whole number from 0 to 100000."),
                                QStringLiteral("usage"));
        const std::optional<QDate> result = calendar->addWorkdays(*first, count, &unknown);
        if (!result)
            return beyondKnownYears(context, *calendar, unknown);
        context.printResult({{QStringLiteral("date"), result->toString(Qt::ISODate)}},
                            {result->toString(Qt::ISODate)});
        return ExitCode::Success;
    }
    const std::optional<QDate> second = parseDate(context, arguments.value(2), &exitCode);
    if (!second)
        return exitCode;
    const std::optional<int> count = calendar->workdaysBetween(*first, *second, &unknown);
    if (!count)
        return beyondKnownYears(context, *calendar, unknown);
    context.printResult({{QStringLiteral("workdays"), *count}}, {QString::number(*count)});
    return ExitCode::Success;
}

} // namespace xs
