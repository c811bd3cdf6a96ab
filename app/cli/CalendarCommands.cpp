// xiangshu-cli calendar …: the working-day calendar, as CLI.md describes it.
#include "app/CalendarPublisher.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/sync/HubConnection.h"
#include "models/calendar/CalendarRepository.h"
#include "models/calendar/DeadlineText.h"
#include "models/journal/SyncLedger.h"

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
                                 "workdays-between A B | years | publish FILE"),
                        QStringLiteral("usage"));
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

QJsonArray yearsJson(const QList<int>& years)
{
    QJsonArray array;
    for (const int year : years)
        array.append(year);
    return array;
}

/// An answer that had to guess Monday to Friday for a missing year: said in the text (after the
/// value, so a script that reads the first word still gets it) and in the JSON.
void printAnswer(CliContext& context, QJsonObject json, const QString& value, bool provisional,
                 const WorkingCalendar& calendar, const QDate& from, const QDate& to)
{
    json.insert(QStringLiteral("provisional"), provisional);
    if (!provisional) {
        context.printResult(json, {value});
        return;
    }
    json.insert(QStringLiteral("unknown_years"), yearsJson(calendar.unknownYears(from, to)));
    json.insert(QStringLiteral("note"), calendar.provisionalReason(from, to));
    context.printResult(json,
                        {Text::tr("%1 (provisional)").arg(value), calendar.provisionalReason(from, to)});
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
    QJsonObject json{{QStringLiteral("years"), years}};
    if (const std::optional<int> missing = calendar.yearToPublish(context.clock().today())) {
        const QString warning = WorkingCalendar::missingScheduleWarning(*missing);
        json.insert(QStringLiteral("missing_year"), *missing);
        json.insert(QStringLiteral("warning"), warning);
        lines << Text::tr("Warning: %1").arg(warning);
    }
    context.printResult(json, lines);
    return ExitCode::Success;
}

ExitCode publish(CliContext& context, const QString& path)
{
    QString problem;
    const std::optional<CalendarYear> year = CalendarPublisher::readFile(path, &problem);
    if (!year)
        return context.fail(ExitCode::Validation, problem, QStringLiteral("invalid_schedule"));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const SyncLedger ledger(database->connection());
    CalendarPublisher publisher(database->connection(), HubConnection::localUser(ledger),
                                context.writingRole(*database), context.clock());
    const CalendarPublisher::Result result = publisher.publish(*year);
    if (result.error.kind() == DatabaseError::Kind::Invalid)
        return context.fail(ExitCode::Validation, result.error.detail(), QStringLiteral("forbidden"));
    if (result.error.isError())
        return context.failDatabase(result.error);
    context.printResult(
        {{QStringLiteral("year"), year->year},
         {QStringLiteral("source"), year->source},
         {QStringLiteral("recomputed"), result.recomputed}},
        {Text::tr("Published the holiday schedule of %1 (%2).").arg(year->year).arg(year->source),
         Text::tr("%n provisional deadline(s) counted again on it.", nullptr, result.recomputed)});
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
                               : action == QLatin1String("publish")          ? 2
                                                                             : -1;
    if (expected < 0 || arguments.size() != expected)
        return usage(context);
    if (action == QLatin1String("publish"))
        return publish(context, arguments.value(1));

    ExitCode exitCode = ExitCode::Success;
    const std::optional<QDate> first =
        action == QLatin1String("years") ? QDate() : parseDate(context, arguments.value(1), &exitCode);
    if (!first)
        return exitCode;
    std::optional<QDate> second;
    if (action == QLatin1String("workdays-between") &&
        !(second = parseDate(context, arguments.value(2), &exitCode)))
        return exitCode;
    int count = 0;
    if (action == QLatin1String("add-workdays")) {
        bool ok = false;
        count = arguments.value(2).toInt(&ok);
        if (!ok || count < 0 || count > 100000)
            return context.fail(ExitCode::Usage, Text::tr("N must be a whole number from 0 to 100000."),
                                QStringLiteral("usage"));
    }
    const std::optional<WorkingCalendar> calendar = loadCalendar(context, &exitCode);
    if (!calendar)
        return exitCode;
    if (action == QLatin1String("years"))
        return listYears(context, *calendar);

    if (action == QLatin1String("is-workday")) {
        bool provisional = false;
        const bool workday = calendar->isWorkdayOrWeekday(*first, &provisional);
        printAnswer(context,
                    {{QStringLiteral("date"), first->toString(Qt::ISODate)},
                     {QStringLiteral("workday"), workday},
                     {QStringLiteral("holiday"), calendar->holidayName(*first)}},
                    workday ? QStringLiteral("true") : QStringLiteral("false"), provisional, *calendar,
                    *first, *first);
        return ExitCode::Success;
    }
    if (action == QLatin1String("add-workdays")) {
        const WorkdayDate result = calendar->addWorkdays(*first, count);
        printAnswer(context, {{QStringLiteral("date"), result.date.toString(Qt::ISODate)}},
                    result.date.toString(Qt::ISODate), result.provisional, *calendar, *first, result.date);
        return ExitCode::Success;
    }
    const WorkdayCount between = calendar->workdaysBetween(*first, *second);
    printAnswer(context, {{QStringLiteral("workdays"), between.days}}, QString::number(between.days),
                between.provisional, *calendar, *first, *second);
    return ExitCode::Success;
}

} // namespace xs
