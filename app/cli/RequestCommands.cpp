#include "app/areas/OpenDataServices.h"
#include "app/areas/QualityFeedbackServices.h"
#include "app/areas/SharingServices.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/sharing/RequestReport.h"
#include "models/sharing/SharingWorkflow.h"

#include <QFileInfo>
#include <QJsonArray>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::RequestCommands)
};

// The kinds CLI.md names.
const QStringList Kinds{QStringLiteral("sharing"), QStringLiteral("open-data"), QStringLiteral("quality")};
// What export also writes: the records of the use of shared data (kept three years, for audit bodies).
const QString UsageKind = QStringLiteral("usage");

// One request of any kind as a text line: deadline, state, provider → requester, resource.
QString line(const QJsonObject& summary, const QString& state, const RequestNames& names)
{
    return QStringLiteral("%1  %2  %3 → %4  %5%6")
        .arg(summary.value(QStringLiteral("due_on")).toString(QStringLiteral("—")), state,
             names.departments.value(summary.value(QStringLiteral("provider")).toString()),
             names.departments.value(summary.value(QStringLiteral("requester")).toString()),
             summary.value(QStringLiteral("resource")).toString(),
             summary.value(QStringLiteral("overdue")).toBool() ? QStringLiteral("  ") + Text::tr("overdue")
                                                               : QString());
}

struct Requests
{
    QList<RecordState> sharing;
    QList<RecordState> feedback;
    QList<RecordState> orders;
    QList<RecordState> openData;
    QList<RecordState> usage;
};

ExitCode runRequestsList(CliContext& context, const Requests& requests, const RequestNames& names)
{
    const QDate today = context.clock().today();
    QJsonArray list;
    QStringList text;
    for (const RecordState& request : requests.sharing) {
        const QJsonObject summary = RequestReport::summary(request, names, today);
        list.append(summary);
        text.append(line(
            summary, SharingWorkflow::stateLabel(summary.value(QStringLiteral("status")).toString()), names));
    }
    QualityFeedbackListModel feedback;
    feedback.setFeedback(requests.feedback, requests.orders, today);
    for (const RecordState& item : requests.feedback) {
        const QJsonObject summary = RequestReport::summary(item, names, today, feedback.orderFor(item.id));
        list.append(summary);
        text.append(line(
            summary, QualityFeedbackWorkflow::stateLabel(summary.value(QStringLiteral("status")).toString()),
            names));
    }
    for (const RecordState& demand : requests.openData) {
        const QJsonObject summary = RequestReport::summary(demand, names, today);
        list.append(summary);
        text.append(line(summary,
                         OpenDataWorkflow::stateLabel(summary.value(QStringLiteral("status")).toString()),
                         names));
    }
    if (text.isEmpty())
        text.append(Text::tr("No requests on this computer; sync to fetch those of your department."));
    context.printResult({{QStringLiteral("requests"), list}}, text);
    return ExitCode::Success;
}

ExitCode runRequestsExport(CliContext& context, const QString& kind, const Requests& requests,
                           const RequestNames& names)
{
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 2)
        return context.fail(ExitCode::Usage, Text::tr("Usage: xiangshu-cli requests export FILE"),
                            QStringLiteral("usage"));
    const QString path = QFileInfo(arguments.at(1)).absoluteFilePath();
    const std::optional<RequestReport::Format> format =
        RequestReport::formatOf(path, context.option(QStringLiteral("format")));
    if (!format)
        return context.fail(ExitCode::Usage,
                            Text::tr("Name the format: a FILE ending in .json, .csv or .xlsx, or --format."),
                            QStringLiteral("usage"));
    // One kind per file (its columns are the kind's fields): sharing requests unless named.
    const bool quality = kind == QLatin1String("quality");
    const bool openData = kind == QLatin1String("open-data");
    const bool usage = kind == UsageKind;
    const QList<RecordState>& records = quality    ? requests.feedback
                                        : openData ? requests.openData
                                        : usage    ? requests.usage
                                                   : requests.sharing;
    const QString entity = quality    ? QualityFeedbackWorkflow::Entity
                           : openData ? OpenDataWorkflow::Entity
                           : usage    ? SharingWorkflow::UsageEntity
                                      : SharingWorkflow::Entity;
    if (const DatabaseError error = RequestReport::write(path, *format, entity, records, names);
        error.isError())
        return context.failDatabase(error);
    context.printResult(
        {{QStringLiteral("file"), path}, {QStringLiteral("exported"), qint64(records.size())}},
        {Text::tr("%n request(s) written to %1.", nullptr, int(records.size())).arg(path)});
    return ExitCode::Success;
}

} // namespace

ExitCode runRequests(CliContext& context)
{
    const QString kind =
        context.isSet(QStringLiteral("kind")) ? context.option(QStringLiteral("kind")) : QString();
    const QString command = context.arguments().constFirst();
    if (!kind.isEmpty() && !Kinds.contains(kind) &&
        !(kind == UsageKind && command == QLatin1String("export")))
        return context.fail(ExitCode::Usage,
                            Text::tr("--kind is sharing, open-data or quality (or usage, to export)."),
                            QStringLiteral("usage"));
    if (command != QLatin1String("list") && command != QLatin1String("export"))
        return context.fail(ExitCode::Usage,
                            Text::tr("Usage: xiangshu-cli requests list | requests export FILE "
                                     "[--kind sharing|open-data|quality|usage]"),
                            QStringLiteral("usage"));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const SharingServices sharing(database->connection(), QString(), context.clock());
    const QualityFeedbackServices quality(database->connection(), QString(), context.clock());
    Requests requests;
    if (kind.isEmpty() || kind == QLatin1String("sharing"))
        requests.sharing = sharing.requests();
    if (kind.isEmpty() || kind == QLatin1String("quality")) {
        requests.feedback = quality.feedback();
        requests.orders = quality.orders();
    }
    if (kind == UsageKind)
        requests.usage = sharing.usage({});
    if (kind.isEmpty() || kind == QLatin1String("open-data"))
        requests.openData = OpenDataServices(database->connection(), QString(), context.clock()).demands();
    RequestNames names = sharing.names();
    names.entries.insert(quality.names().entries);
    return command == QLatin1String("list") ? runRequestsList(context, requests, names)
                                            : runRequestsExport(context, kind, requests, names);
}

} // namespace xs
