// xiangshu-cli rules …: the deadline rules of registration and the renewal rule (CLI.md), published
// by administrators as versioned records that travel through the hub (deadline_rule, DeadlineRules).
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/sync/HubConnection.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/DeadlineRulesInForce.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::RulesCommands)
};

const QString Usage = QStringLiteral("list | show STEP | publish FILE");

ExitCode usage(CliContext& context)
{
    return context.failUsage(QStringLiteral("rules"), Usage);
}

using RuleInForce = DeadlineRuleInForce;

QJsonObject ruleJson(const RuleInForce& rule)
{
    const bool published = rule.published.has_value();
    return {
        {QStringLiteral("id"), rule.rule.step},
        {QStringLiteral("record_id"), DeadlineRule::recordId(rule.rule.step)},
        {QStringLiteral("version"), published ? rule.published->version : 0},
        {QStringLiteral("value"), rule.rule.value},
        {QStringLiteral("unit"), DeadlineRule::unitName(rule.rule.unit)},
        {QStringLiteral("description"), rule.rule.source},
        {QStringLiteral("published_by"), published ? QJsonValue(rule.published->updatedBy) : QJsonValue()},
        {QStringLiteral("published_at"), published ? QJsonValue(rule.published->updatedAt) : QJsonValue()},
        // Published here and not yet confirmed by the hub (its version comes with the next sync).
        {QStringLiteral("pending_sync"), published && rule.published->version == 0}};
}

QString ruleLine(const RuleInForce& rule)
{
    return QStringLiteral("%1  %2  %3")
        .arg(rule.rule.step, DeadlineRuleInForce::durationText(rule.rule),
             rule.published ? Text::tr("v%1, published by %2 at %3")
                                  .arg(rule.published->version)
                                  .arg(rule.published->updatedBy, rule.published->updatedAt)
                            : Text::tr("built in"));
}

ExitCode list(CliContext& context, const Database& database)
{
    QJsonArray json;
    QStringList lines;
    for (const RuleInForce& rule : DeadlineRuleInForce::read(database.connection(), context.clock())) {
        json.append(ruleJson(rule));
        lines << ruleLine(rule);
    }
    context.printResult({{QStringLiteral("rules"), json}}, lines);
    return ExitCode::Success;
}

// One rule, with the values it had before (the audit trail keeps every published change). A
// deadline already running keeps the value it was counted with (deadline_workdays).
ExitCode show(CliContext& context, const Database& database, const QString& step)
{
    for (const RuleInForce& rule : DeadlineRuleInForce::read(database.connection(), context.clock())) {
        if (rule.rule.step != step)
            continue;
        QJsonObject json = ruleJson(rule);
        QStringList lines{ruleLine(rule), rule.rule.source};
        QSqlQuery history(database.connection());
        history.prepare(
            QStringLiteral("SELECT at, actor, field, old_value, new_value FROM audit_log WHERE entity = ? "
                           "AND record_id = ? AND field IN ('value', 'unit') ORDER BY seq"));
        history.addBindValue(DeadlineRule::Entity);
        history.addBindValue(DeadlineRule::recordId(step));
        QJsonArray changes;
        if (history.exec()) {
            while (history.next()) {
                changes.append(QJsonObject{{QStringLiteral("at"), history.value(0).toString()},
                                           {QStringLiteral("by"), history.value(1).toString()},
                                           {QStringLiteral("field"), history.value(2).toString()},
                                           {QStringLiteral("from"), history.value(3).toString()},
                                           {QStringLiteral("to"), history.value(4).toString()}});
                lines << Text::tr("%1 %2: %3 %4 → %5")
                             .arg(history.value(0).toString(), history.value(1).toString(),
                                  history.value(2).toString(), history.value(3).toString(),
                                  history.value(4).toString());
            }
        }
        json.insert(QStringLiteral("history"), changes);
        lines << Text::tr("A deadline already running keeps the value it was counted with.");
        context.printResult(json, lines);
        return ExitCode::Success;
    }
    return context.fail(ExitCode::Validation,
                        Text::tr("There is no deadline rule \"%1\".").arg(step.left(64)),
                        QStringLiteral("not_found"));
}

/// The rules a file holds: {"rules": [{step, value, unit, source}]} or one such object. Every rule
/// is checked before any is written: a file is published whole or not at all.
std::optional<QList<DeadlineRule>> readRuleFile(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!document.isObject()) {
        *problem = Text::tr("%1 is not a JSON rule file: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonArray entries = root.contains(QStringLiteral("rules"))
                                   ? root.value(QStringLiteral("rules")).toArray()
                                   : QJsonArray{root};
    QList<DeadlineRule> rules;
    for (const QJsonValue& entry : entries) {
        Message wrong;
        const std::optional<DeadlineRule> rule = DeadlineRule::fromRecordFields(entry.toObject(), &wrong);
        if (!rule) {
            *problem = wrong.text();
            return std::nullopt;
        }
        if (rule->source.trimmed().isEmpty()) {
            *problem = Text::tr("The rule \"%1\" needs its source (the article or decision it comes from).")
                           .arg(rule->step);
            return std::nullopt;
        }
        rules << *rule;
    }
    if (rules.isEmpty())
        *problem = Text::tr("%1 holds no rules.").arg(path);
    return rules.isEmpty() ? std::nullopt : std::optional(rules);
}

ExitCode publish(CliContext& context, const Database& database, const QString& path)
{
    QString problem;
    const std::optional<QList<DeadlineRule>> rules = readRuleFile(path, &problem);
    if (!rules)
        return context.fail(ExitCode::Validation, problem, QStringLiteral("invalid"));
    const Role role = context.writingRole(database);
    if (role != Role::Admin)
        return context.fail(ExitCode::Validation, Text::tr("Only administrators publish deadline rules."),
                            QStringLiteral("forbidden"));
    const SyncLedger ledger(database.connection());
    const QString user = HubConnection::localUser(ledger);
    QJsonArray published;
    QStringList lines;
    for (const DeadlineRule& rule : *rules) {
        Refusal refusal;
        if (const DatabaseError error = DeadlineRuleInForce::publish(
                database.connection(), context.clock(), Principal{user, role, {}}, rule, &refusal);
            error.isError())
            return error.kind() == DatabaseError::Kind::Invalid
                       ? context.fail(ExitCode::Validation, error.detailOrMessage(), refusal.code)
                       : context.failDatabase(error);
        published.append(rule.step);
        lines << Text::tr("Published %1: %2.").arg(rule.step, DeadlineRuleInForce::durationText(rule));
    }
    lines << Text::tr("The hub receives the rules at the next sync; deadlines already running keep theirs.");
    context.printResult({{QStringLiteral("published"), published}}, lines);
    return ExitCode::Success;
}

} // namespace

ExitCode runRules(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    const QString action = arguments.value(0);
    const bool known =
        (action == QLatin1String("list") && arguments.size() == 1) ||
        ((action == QLatin1String("show") || action == QLatin1String("publish")) && arguments.size() == 2);
    if (!known)
        return usage(context);
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    if (action == QLatin1String("list"))
        return list(context, *database);
    if (action == QLatin1String("show"))
        return show(context, *database, arguments.value(1).trimmed());
    return publish(context, *database, arguments.value(1));
}

} // namespace xs
