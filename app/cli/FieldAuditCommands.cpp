#include "app/areas/FieldAuditServices.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/reports/FieldAuditReport.h"
#include "models/attachments/AttachmentStore.h"
#include "models/fieldaudit/AuditTaskList.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/LocalRecords.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldAuditCommands)
};

ExitCode runAuditTasks(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const LocalRecords records(database->connection(), context.clock());
    QJsonArray list;
    QStringList text;
    for (const AuditTaskRow& task :
         AuditTaskList::load(records.live(FieldAuditWorkflow::TaskEntity), context.clock().today())) {
        const QString planned = task.plannedOn.toString(Qt::ISODate);
        list.append(QJsonObject{{QStringLiteral("id"), task.id},
                                {QStringLiteral("title"), task.title},
                                {QStringLiteral("kind"), task.kind},
                                {QStringLiteral("target"), task.target},
                                {QStringLiteral("state"), task.state},
                                {QStringLiteral("planned_on"), planned},
                                {QStringLiteral("auditors"), QJsonArray::fromStringList(task.auditors)},
                                {QStringLiteral("overdue"), task.overdue}});
        text.append(QStringLiteral("%1  %2  %3  %4  %5%6")
                        .arg(planned, FieldAuditVocabulary::taskStateLabel(task.state), task.title,
                             FieldAuditVocabulary::kindLabel(task.kind), task.auditors.join(QLatin1Char(',')),
                             task.overdue ? QStringLiteral("  ") + Text::tr("overdue") : QString()));
    }
    if (text.isEmpty())
        text.append(Text::tr("No audit tasks on this computer; sync to fetch those planned for you."));
    context.printResult({{QStringLiteral("tasks"), list}}, text);
    return ExitCode::Success;
}

ExitCode runAuditExportReport(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    if (arguments.size() != 3)
        return context.fail(ExitCode::Usage, Text::tr("Usage: xiangshu-cli audit export-report TASK FILE"),
                            QStringLiteral("usage"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) // main() makes one for printing
        return context.fail(ExitCode::Failure, Text::tr("Printing needs the offscreen platform of Qt."));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const FieldAuditServices services(database->connection(), QString(), context.clock());
    const QString& taskId = arguments.at(1);
    if (!services.task(taskId))
        return context.fail(ExitCode::Validation,
                            FieldAuditReport::tr("There is no audit task %1 on this computer.").arg(taskId),
                            QStringLiteral("not_found"));
    const QString path = QFileInfo(arguments.at(2)).absoluteFilePath();
    QString error;
    if (!FieldAuditReport(services, taskId).writePdf(path, &error))
        return context.fail(ExitCode::Failure, error, QStringLiteral("write_failed"));
    context.printResult({{QStringLiteral("task"), taskId}, {QStringLiteral("file"), path}},
                        {Text::tr("Field audit record of %1 written to %2.").arg(taskId, path)});
    return ExitCode::Success;
}

ExitCode runAttachmentsVerify(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const AttachmentStore store(database->connection(), context.clock());
    DatabaseError error;
    const QList<AttachmentFile> files = store.files(std::nullopt, &error);
    if (error.isError())
        return context.failDatabase(error);
    qint64 total = 0;
    for (const AttachmentFile& file : files)
        total += file.size;
    qint64 done = 0;
    QJsonArray mismatches;
    QStringList text;
    for (const AttachmentFile& file : files) {
        QString problem;
        if (!store.verify(file.ref, &problem)) {
            mismatches.append(QJsonObject{{QStringLiteral("entity"), file.ref.entity},
                                          {QStringLiteral("id"), file.ref.id},
                                          {QStringLiteral("sha256"), file.sha256},
                                          {QStringLiteral("problem"), problem}});
            text.append(Text::tr("MISMATCH %1 %2: %3").arg(file.ref.entity, file.ref.id, problem));
        }
        done += file.size;
        context.progress(Text::tr("Verifying attachments"), done, total);
    }
    const QString size = QString::number(double(total) / (1024 * 1024), 'f', 1);
    text.append(mismatches.isEmpty()
                    ? Text::tr("%n attachment(s) re-hashed (%1 MiB); every SHA-256 matches.", nullptr,
                               int(files.size()))
                          .arg(size)
                    : Text::tr("%n attachment(s) re-hashed (%1 MiB); %2 do not match their SHA-256.", nullptr,
                               int(files.size()))
                          .arg(size)
                          .arg(mismatches.size()));
    const QJsonObject result{{QStringLiteral("checked"), qint64(files.size())},
                             {QStringLiteral("bytes"), total},
                             {QStringLiteral("mismatches"), mismatches}};
    context.printResult(result, text);
    return mismatches.isEmpty() ? ExitCode::Success : ExitCode::Corrupt;
}

} // namespace

ExitCode runAudit(CliContext& context)
{
    if (context.arguments().constFirst() == QLatin1String("tasks"))
        return runAuditTasks(context);
    if (context.arguments().constFirst() == QLatin1String("export-report"))
        return runAuditExportReport(context);
    return context.fail(ExitCode::Usage,
                        Text::tr("Usage: xiangshu-cli audit tasks | audit export-report TASK FILE"),
                        QStringLiteral("usage"));
}

ExitCode runAttachments(CliContext& context)
{
    if (context.arguments().constFirst() == QLatin1String("verify"))
        return runAttachmentsVerify(context);
    return context.fail(ExitCode::Usage, Text::tr("Usage: xiangshu-cli attachments verify"),
                        QStringLiteral("usage"));
}

} // namespace xs
