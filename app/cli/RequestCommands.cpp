#include "app/areas/SharingServices.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "models/sharing/SharingReport.h"
#include "models/sharing/SharingWorkflow.h"

#include <QFileInfo>
#include <QJsonArray>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::RequestCommands)
};

// The kinds CLI.md names. Only sharing requests are recorded yet: open-data demand and quality
// feedback list nothing until their record types exist.
const QStringList Kinds{QStringLiteral("sharing"), QStringLiteral("open-data"), QStringLiteral("quality")};

ExitCode runRequestsList(CliContext& context, const SharingServices& services,
                         const QList<RecordState>& requests)
{
    const SharingQueueModel::Names names = services.names();
    const QDate today = context.clock().today();
    QJsonArray list;
    QStringList text;
    for (const RecordState& request : requests) {
        const QJsonObject summary = SharingReport::summary(request, names, today);
        list.append(summary);
        text.append(QStringLiteral("%1  %2  %3 → %4  %5%6")
                        .arg(summary.value(QStringLiteral("due_on")).toString(QStringLiteral("—")),
                             SharingWorkflow::stateLabel(summary.value(QStringLiteral("status")).toString()),
                             names.departments.value(summary.value(QStringLiteral("provider")).toString()),
                             names.departments.value(summary.value(QStringLiteral("requester")).toString()),
                             summary.value(QStringLiteral("resource")).toString(),
                             summary.value(QStringLiteral("overdue")).toBool()
                                 ? QStringLiteral("  ") + Text::tr("overdue")
                                 : QString()));
    }
    if (text.isEmpty())
        text.append(Text::tr("No requests on this computer; sync to fetch those of your department."));
    context.printResult({{QStringLiteral("requests"), list}}, text);
    return ExitCode::Success;
}

ExitCode runRequestsExport(CliContext& context, const SharingServices& services,
                           const QList<RecordState>& requests)
{
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 2)
        return context.fail(ExitCode::Usage, Text::tr("Usage: xiangshu-cli requests export FILE"),
                            QStringLiteral("usage"));
    const QString path = QFileInfo(arguments.at(1)).absoluteFilePath();
    const std::optional<SharingReport::Format> format =
        SharingReport::formatOf(path, context.option(QStringLiteral("format")));
    if (!format)
        return context.fail(ExitCode::Usage,
                            Text::tr("Name the format: a FILE ending in .json, .csv or .xlsx, or --format."),
                            QStringLiteral("usage"));
    if (const DatabaseError error = SharingReport::write(path, *format, requests, services.names());
        error.isError())
        return context.failDatabase(error);
    context.printResult(
        {{QStringLiteral("file"), path}, {QStringLiteral("exported"), qint64(requests.size())}},
        {Text::tr("%n request(s) written to %1.", nullptr, int(requests.size())).arg(path)});
    return ExitCode::Success;
}

} // namespace

ExitCode runRequests(CliContext& context)
{
    const QString kind =
        context.isSet(QStringLiteral("kind")) ? context.option(QStringLiteral("kind")) : QString();
    if (!kind.isEmpty() && !Kinds.contains(kind))
        return context.fail(ExitCode::Usage, Text::tr("--kind is sharing, open-data or quality."),
                            QStringLiteral("usage"));
    const QString command = context.arguments().constFirst();
    if (command != QLatin1String("list") && command != QLatin1String("export"))
        return context.fail(ExitCode::Usage,
                            Text::tr("Usage: xiangshu-cli requests list | requests export FILE "
                                     "[--kind sharing|open-data|quality]"),
                            QStringLiteral("usage"));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const SharingServices services(database->connection(), QString(), context.clock());
    const QList<RecordState> requests =
        kind.isEmpty() || kind == QLatin1String("sharing") ? services.requests() : QList<RecordState>();
    return command == QLatin1String("list") ? runRequestsList(context, services, requests)
                                            : runRequestsExport(context, services, requests);
}

} // namespace xs
