// xiangshu-cli frequencies …: the update frequencies entries choose from (CLI.md), kept by
// administrators and synced like any record (UpdateFrequencies).
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/sync/HubConnection.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/journal/SyncLedger.h"

#include <QJsonArray>

#include <algorithm>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::FrequencyCommands)
};

const QString Usage = QStringLiteral("list | set NAME DAYS|- | retire NAME | restore NAME");

ExitCode usage(CliContext& context)
{
    return context.failUsage(QStringLiteral("frequencies"), Usage);
}

ExitCode list(CliContext& context, const Database& database)
{
    const UpdateFrequencies frequencies = UpdateFrequencies::load(database.connection());
    QJsonArray json;
    QStringList lines;
    for (const QString& name : frequencies.allNames()) {
        const std::optional<int> limit = frequencies.maxAgeDays(name);
        const bool retired = frequencies.isRetired(name);
        json.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("max_age_days"), limit ? QJsonValue(*limit) : QJsonValue()},
                                {QStringLiteral("retired"), retired}});
        lines << QStringLiteral("%1  %2%3")
                     .arg(name,
                          limit ? Text::tr("overdue after %n day(s)", nullptr, *limit)
                                : Text::tr("never overdue"),
                          retired ? QStringLiteral("  ") + Text::tr("(retired)") : QString());
    }
    context.printResult({{QStringLiteral("frequencies"), json}}, lines);
    return ExitCode::Success;
}

// Adds NAME, changes its limit, or retires or restores it: one upsert through the hub's own rules.
ExitCode change(CliContext& context, const Database& database, const QString& action, const QString& name,
                const QString& days)
{
    const LocalRecords records(database.connection(), context.clock());
    const QList<RecordState> named =
        records.liveWith(UpdateFrequencies::Entity, QStringLiteral("name"), name);
    QJsonObject fields;
    QString id;
    if (!named.isEmpty()) {
        id = named.constFirst().id;
        fields = named.constFirst().fields;
    } else if (action != QLatin1String("set")) {
        return context.fail(ExitCode::Validation, Text::tr("There is no update frequency \"%1\".").arg(name),
                            QStringLiteral("not_found"));
    } else {
        qint64 last = 0;
        for (const RecordState& frequency : records.live(UpdateFrequencies::Entity))
            last = std::max(last, frequency.fields.value(QStringLiteral("sort_order")).toInteger());
        fields = {{QStringLiteral("name"), name}, {QStringLiteral("sort_order"), last + 1}};
    }
    if (action == QLatin1String("set")) {
        bool number = false;
        const int limit = days.toInt(&number);
        if (days != QLatin1String("-") && !number)
            return context.fail(ExitCode::Usage,
                                Text::tr("DAYS is a number of days, or - for a frequency never overdue."),
                                QStringLiteral("usage"));
        fields.insert(QStringLiteral("max_age_days"), number ? QJsonValue(limit) : QJsonValue());
        fields.insert(QStringLiteral("retired"), false);
    } else {
        fields.insert(QStringLiteral("retired"), action == QLatin1String("retire"));
    }
    const SyncLedger ledger(database.connection());
    const QString user = HubConnection::localUser(ledger);
    ChangeJournal journal(database.connection(), user, context.clock());
    RecordWriter writer(database.connection(), journal);
    QString savedId;
    if (const DatabaseError error = writer.save(Principal{user, context.writingRole(database), {}},
                                                UpdateFrequencies::Entity, id, fields, &savedId);
        error.isError())
        return error.kind() == DatabaseError::Kind::Invalid
                   ? context.fail(ExitCode::Validation, error.detailOrMessage(), writer.refusal().code)
                   : context.failDatabase(error);
    context.printResult(
        {{QStringLiteral("name"), name}, {QStringLiteral("id"), savedId}},
        {Text::tr("Saved the update frequency \"%1\"; the hub receives it at the next sync.").arg(name)});
    return ExitCode::Success;
}

} // namespace

ExitCode runFrequencies(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    const QString action = arguments.value(0);
    const qsizetype expected = action == QLatin1String("list")      ? 1
                               : action == QLatin1String("set")     ? 3
                               : action == QLatin1String("retire")  ? 2
                               : action == QLatin1String("restore") ? 2
                                                                    : -1;
    if (expected < 0 || arguments.size() != expected)
        return usage(context);
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    if (action == QLatin1String("list"))
        return list(context, *database);
    return change(context, *database, action, arguments.value(1).trimmed(), arguments.value(2));
}

} // namespace xs
