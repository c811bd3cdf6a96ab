// xiangshu-cli import, export and search.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/sync/HubConnection.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/io/CatalogExporter.h"
#include "models/catalog/io/CatalogImporter.h"
#include "models/journal/SyncLedger.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogCommands)
};

QString outcomeLabel(ImportRowResult::Outcome outcome)
{
    switch (outcome) {
    case ImportRowResult::Outcome::Created:
        return Text::tr("created");
    case ImportRowResult::Outcome::Updated:
        return Text::tr("updated");
    case ImportRowResult::Outcome::Unchanged:
        return Text::tr("unchanged");
    case ImportRowResult::Outcome::Failed:
        return Text::tr("failed");
    }
    return {};
}

/// The format from --format or the file's extension; reports a usage error if neither says.
std::optional<CatalogFileFormat> fileFormat(const CliContext& context, const QString& path)
{
    const std::optional<CatalogFileFormat> format =
        catalogFileFormat(path, context.option(QStringLiteral("format")));
    if (!format)
        context.fail(ExitCode::Usage, Text::tr("Say the format with --format csv|xlsx|json."),
                     QStringLiteral("usage"));
    return format;
}

} // namespace

ExitCode runImport(CliContext& context)
{
    const QString path = context.arguments().at(0);
    const std::optional<CatalogFileFormat> format = fileFormat(context, path);
    if (!format)
        return ExitCode::Usage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitCode::Failure, Text::tr("Cannot read %1: %2").arg(path, file.errorString()),
                            QStringLiteral("io_error"));
    const QByteArray bytes = file.readAll();
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;

    CatalogImporter importer(database->connection(),
                             HubConnection::localUser(SyncLedger(database->connection())), context.clock());
    const ImportPlan plan = importer.plan(bytes, *format, [&](qint64 done, qint64 total) {
        context.progress(Text::tr("Checking rows"), done, total);
        return true;
    });
    if (plan.fileError.isError())
        return context.fail(ExitCode::Validation, plan.fileError.message, QStringLiteral("invalid_file"),
                            plan.fileError.line > 0 ? Text::tr("line %1").arg(plan.fileError.line)
                                                    : QString());

    const bool dryRun = context.isSet(QStringLiteral("dry-run"));
    QJsonArray rows;
    QStringList text;
    for (const ImportRowResult& row : plan.rows) {
        rows.append(QJsonObject{{QStringLiteral("row"), row.rowNumber},
                                {QStringLiteral("result"), ImportRowResult::outcomeKey(row.outcome)},
                                {QStringLiteral("id"), row.entryId},
                                {QStringLiteral("code"), row.code},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(row.reasons)}});
        if (row.outcome == ImportRowResult::Outcome::Failed || dryRun)
            text.append(Text::tr("Row %1 (%2): %3%4")
                            .arg(row.rowNumber)
                            .arg(row.code.isEmpty() ? row.name : row.code, outcomeLabel(row.outcome),
                                 row.reasons.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" — ") + row.reasons.join(QStringLiteral("；"))));
    }
    const QJsonObject counts{{QStringLiteral("created"), plan.count(ImportRowResult::Outcome::Created)},
                             {QStringLiteral("updated"), plan.count(ImportRowResult::Outcome::Updated)},
                             {QStringLiteral("unchanged"), plan.count(ImportRowResult::Outcome::Unchanged)},
                             {QStringLiteral("failed"), plan.count(ImportRowResult::Outcome::Failed)}};
    const QString summary = Text::tr("%1 created, %2 updated, %3 unchanged, %4 failed.")
                                .arg(counts.value(QLatin1String("created")).toInt())
                                .arg(counts.value(QLatin1String("updated")).toInt())
                                .arg(counts.value(QLatin1String("unchanged")).toInt())
                                .arg(counts.value(QLatin1String("failed")).toInt());
    QJsonObject result{{QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("encoding"), plan.encoding}};
    if (!plan.canApply()) {
        result.insert(QStringLiteral("applied"), false);
        context.printResult(result, text << summary << Text::tr("Nothing was imported."));
        return ExitCode::Validation;
    }
    if (dryRun) {
        result.insert(QStringLiteral("applied"), false);
        context.printResult(result, text << summary << Text::tr("Dry run: nothing was written."));
        return ExitCode::Success;
    }
    const DatabaseError error = importer.apply(
        plan, Text::tr("Imported from %1").arg(QFileInfo(path).fileName()), [&](qint64 done, qint64 total) {
            context.progress(Text::tr("Importing"), done, total);
            return true;
        });
    if (error.isError())
        return context.failDatabase(error);
    result.insert(QStringLiteral("applied"), true);
    context.printResult(result, text << summary);
    return ExitCode::Success;
}

ExitCode runExport(CliContext& context)
{
    const QString path = context.arguments().at(0);
    const std::optional<CatalogFileFormat> format = fileFormat(context, path);
    if (!format)
        return ExitCode::Usage;
    std::optional<CatalogVocabulary::Catalog> catalog;
    if (context.isSet(QStringLiteral("catalog"))) {
        const QString name = context.option(QStringLiteral("catalog"));
        using CatalogVocabulary::Catalog;
        for (const Catalog candidate : {Catalog::Share, Catalog::Open, Catalog::Authorized}) {
            if (CatalogVocabulary::catalogKey(candidate) == name)
                catalog = candidate;
        }
        if (!catalog)
            return context.fail(ExitCode::Usage,
                                Text::tr("Unknown catalog \"%1\": use share, open or authorized.").arg(name),
                                QStringLiteral("usage"));
    }
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    qint64 exported = 0;
    const DatabaseError error = CatalogExporter(database->connection(), context.clock())
                                    .exportTo(
                                        path, *format, catalog,
                                        [&](qint64 done, qint64 total) {
                                            context.progress(Text::tr("Exporting"), done, total);
                                            return true;
                                        },
                                        &exported);
    if (error.isError())
        return context.failDatabase(error);
    context.printResult(
        {{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("entries"), exported}},
        {Text::tr("%1 entries exported to %2.").arg(exported).arg(path)});
    return ExitCode::Success;
}

namespace {

/// What both searches start with: --limit (20 without it) into *limit, then the database. Null,
/// with *exitCode set and reported, when --limit is not a positive number or the database stays
/// locked.
std::unique_ptr<Database> unlockWithLimit(CliContext& context, int* limit, ExitCode* exitCode)
{
    bool ok = true;
    *limit = context.isSet(QStringLiteral("limit")) ? context.option(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || *limit <= 0) {
        *exitCode = context.fail(ExitCode::Usage, Text::tr("--limit needs a positive number."),
                                 QStringLiteral("usage"));
        return nullptr;
    }
    return context.unlock(false, exitCode);
}

} // namespace

ExitCode runSearch(CliContext& context)
{
    int limit = 0;
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = unlockWithLimit(context, &limit, &exitCode);
    if (!database)
        return exitCode;
    CatalogFilter filter;
    filter.today = context.clock().today();
    filter.text = context.arguments().join(QLatin1Char(' '));
    filter.sort = CatalogSort::Relevance;
    const SqlCondition condition =
        CatalogQuery::where(CatalogSearchBacklog(database->connection()).withBacklog(filter));
    QSqlQuery query(database->connection());
    DatabaseError error;
    if (!runPrepared(
            query,
            QStringLiteral(
                "SELECT e.id, e.code, e.name, coalesce(d.name, e.department_code) FROM catalog_entry e "
                "LEFT JOIN department d ON d.code = e.department_code WHERE %1 ORDER BY e.rowid LIMIT %2")
                .arg(condition.sql)
                .arg(limit),
            condition.bindings, &error))
        return context.failDatabase(error);
    QJsonArray results;
    QStringList text;
    while (query.next()) {
        results.append(QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                                   {QStringLiteral("code"), query.value(1).toString()},
                                   {QStringLiteral("name"), query.value(2).toString()},
                                   {QStringLiteral("department"), query.value(3).toString()}});
        text.append(
            QStringLiteral("%1  %2  (%3)")
                .arg(query.value(1).toString(), query.value(2).toString(), query.value(3).toString()));
    }
    if (text.isEmpty())
        text.append(Text::tr("Nothing found."));
    context.printResult({{QStringLiteral("results"), results}}, text);
    return ExitCode::Success;
}

ExitCode runSearchItems(CliContext& context)
{
    int limit = 0;
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = unlockWithLimit(context, &limit, &exitCode);
    if (!database)
        return exitCode;
    QHash<QString, QString> departments;
    for (const Department& department : DepartmentRepository(database->connection()).all())
        departments.insert(department.code, department.name);
    // The statement the catalog area's 数据项 tab pages with.
    const QString match = DataItemSearchModel::matchExpression(context.arguments().join(QLatin1Char(' ')));
    QJsonArray results;
    QStringList text;
    if (!match.isEmpty()) {
        const SqlCondition page = DataItemSearchModel::page(match, limit, std::nullopt);
        QSqlQuery query(database->connection());
        DatabaseError error;
        if (!runPrepared(query, page.sql, page.bindings, &error))
            return context.failDatabase(error);
        while (query.next()) {
            const QString department =
                departments.value(query.value(6).toString(), query.value(6).toString());
            results.append(QJsonObject{{QStringLiteral("id"), query.value(1).toString()},
                                       {QStringLiteral("name"), query.value(2).toString()},
                                       {QStringLiteral("identifier"), query.value(3).toString()},
                                       {QStringLiteral("entry_id"), query.value(4).toString()},
                                       {QStringLiteral("entry"), query.value(5).toString()},
                                       {QStringLiteral("department"), department}});
            text.append(QStringLiteral("%1 (%2)  %3  (%4)")
                            .arg(query.value(2).toString(), query.value(3).toString(),
                                 query.value(5).toString(), department));
        }
    }
    if (text.isEmpty())
        text.append(Text::tr("Nothing found."));
    context.printResult({{QStringLiteral("results"), results}}, text);
    return ExitCode::Success;
}

} // namespace xs
