#include "app/cli/CliRunner.h"

#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "models/storage/Database.h"

#include <QCommandLineParser>

#include <cstdio>

namespace xs {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("PATH")},
        {QStringLiteral("passphrase-file"), QStringLiteral("Unlock with the recovery passphrase in FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("no-keychain"), QStringLiteral("Do not use the OS keychain.")},
        {QStringLiteral("help"), QStringLiteral("Show help.")},
        {QStringLiteral("version"), QStringLiteral("Show the version.")},
    };
}

QList<QCommandLineOption> commandOptions()
{
    return {
        {QStringLiteral("scale"), QStringLiteral("Demo data scale."), QStringLiteral("SCALE")},
        {QStringLiteral("new-passphrase-file"), QStringLiteral("New recovery passphrase."),
         QStringLiteral("FILE")},
        {QStringLiteral("hub"), QStringLiteral("Hub URL."), QStringLiteral("URL")},
        {QStringLiteral("user"), QStringLiteral("Hub user."), QStringLiteral("NAME")},
        {QStringLiteral("password-file"), QStringLiteral("Hub password file."), QStringLiteral("FILE")},
        {QStringLiteral("ca"), QStringLiteral("CA file."), QStringLiteral("FILE")},
        {QStringLiteral("pin"), QStringLiteral("Certificate SHA-256."), QStringLiteral("SHA256")},
        {QStringLiteral("hub-key"), QStringLiteral("The hub's public signing key (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("take"), QStringLiteral("local or hub."), QStringLiteral("SIDE")},
        {QStringLiteral("format"), QStringLiteral("File format."), QStringLiteral("FORMAT")},
        {QStringLiteral("dry-run"), QStringLiteral("Check only; write nothing.")},
        {QStringLiteral("catalog"), QStringLiteral("Which catalog."), QStringLiteral("CATALOG")},
        {QStringLiteral("limit"), QStringLiteral("Most results."), QStringLiteral("N")},
        {QStringLiteral("kind"), QStringLiteral("Kind of request."), QStringLiteral("KIND")},
        {QStringLiteral("period"), QStringLiteral("Quarter or year."), QStringLiteral("PERIOD")},
    };
}

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

QList<CliCommand> cliCommands()
{
    return {
        {QStringLiteral("init"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Create a new encrypted database; store its key in the keychain and "
                           "wrap it under a recovery passphrase (--passphrase-file) or a printed "
                           "recovery code."),
         {},
         0,
         0,
         &runInit},
        {QStringLiteral("info"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Show versions, cipher settings, the database id and record counts."),
         {},
         0,
         0,
         &runInfo},
        {QStringLiteral("unlock-check"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Exit 0 if the database opens with the stored key (or the passphrase); "
                           "otherwise 3, 4 or 5."),
         {},
         0,
         0,
         &runUnlockCheck},
        {QStringLiteral("verify"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Check every page's HMAC, SQLite's integrity and foreign keys; exit 4 "
                           "names the first failure."),
         {},
         0,
         0,
         &runVerify},
        {QStringLiteral("backup"),
         QStringLiteral("DEST"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Online backup to a new file: write, fsync, verify, rename. DEST opens "
                           "with the same key; the recovery file is copied next to it."),
         {},
         1,
         1,
         &runBackup},
        {QStringLiteral("rekey"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Replace the database key, crash-safely. The new key is wrapped under "
                           "--new-passphrase-file, else the unlocking passphrase, else a new "
                           "printed recovery code."),
         {QStringLiteral("new-passphrase-file")},
         0,
         0,
         &runRekey},
        {QStringLiteral("demo"),
         {},
         QT_TRANSLATE_NOOP("xs::CliRunner", "Fill an empty database with deterministic demo data for Hunan "
                                            "(--scale small|bench|large|province)."),
         {QStringLiteral("scale")},
         0,
         0,
         &runDemo},
        {QStringLiteral("import"),
         QStringLiteral("FILE [--format csv|xlsx|json] [--dry-run]"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Import catalog entries. Every row is checked first; the dry run reports each "
                           "row and writes nothing. A real import writes all rows in one transaction, or "
                           "nothing and exit 8."),
         {QStringLiteral("format"), QStringLiteral("dry-run")},
         1,
         1,
         &runImport},
        {QStringLiteral("export"),
         QStringLiteral("FILE [--format csv|xlsx|json] [--catalog share|open|authorized]"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Export catalog entries with their data items; importing the file "
                           "gives the same catalog back."),
         {QStringLiteral("format"), QStringLiteral("catalog")},
         1,
         1,
         &runExport},
        {QStringLiteral("search"),
         QStringLiteral("TEXT [--limit N]"),
         QT_TRANSLATE_NOOP(
             "xs::CliRunner",
             "Search catalog names, codes, abstracts and source systems (Chinese substrings too)."),
         {QStringLiteral("limit")},
         1,
         16,
         &runSearch},
        {QStringLiteral("search-items"),
         QStringLiteral("TEXT [--limit N]"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Search data item names, identifiers and descriptions; each result names "
                           "its resource. Two characters are enough."),
         {QStringLiteral("limit")},
         1,
         16,
         &runSearchItems},
        {QStringLiteral("login"),
         QStringLiteral(
             "--hub URL --user NAME --password-file FILE [--ca FILE] [--pin SHA256] [--hub-key FILE]"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Log in to the province hub and keep the token in the keychain; the hub "
                           "address, CA file, pin and signing key are remembered in the database."),
         {QStringLiteral("hub"), QStringLiteral("user"), QStringLiteral("password-file"),
          QStringLiteral("ca"), QStringLiteral("pin"), QStringLiteral("hub-key")},
         0,
         0,
         &runLogin},
        {QStringLiteral("sync"),
         QStringLiteral("[--hub URL] [--ca FILE] [--pin SHA256] [--hub-key FILE]"),
         QT_TRANSLATE_NOOP("xs::CliRunner", "Push local changes, then pull the hub's. Exit 6 if conflicts or "
                                            "rejected changes wait; 7 on network or TLS failure."),
         {QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("pin"), QStringLiteral("hub-key")},
         0,
         0,
         &runSync},
        {QStringLiteral("conflicts"),
         QStringLiteral("list | resolve ID --take local|hub"),
         QT_TRANSLATE_NOOP("xs::CliRunner", "List the conflicts a sync left, or resolve one by taking this "
                                            "computer's values or the hub's."),
         {QStringLiteral("take")},
         1,
         2,
         &runConflicts},
        {QStringLiteral("calendar"),
         QStringLiteral(
             "is-workday DATE | add-workdays DATE N | workdays-between A B | years | publish FILE"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Working days by the official holiday schedules (dates as YYYY-MM-DD). Past the "
                           "loaded years, days count Monday to Friday and the answer is marked provisional "
                           "(\"provisional\": true). years warns from 1 November when next year's "
                           "schedule is missing; publish (administrators) adds a year and counts "
                           "provisional deadlines again."),
         {},
         1,
         3,
         &runCalendar},
        {QStringLiteral("frequencies"),
         QStringLiteral("list | set NAME DAYS|- | retire NAME | restore NAME"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "The update frequencies catalog entries choose from (administrators): list "
                           "them; set adds one or changes after how many days an entry under it is "
                           "overdue (- for never); retire stops offering one (entries keep it), "
                           "restore offers it again. Synced through the hub."),
         {},
         1,
         3,
         &runFrequencies},
        {QStringLiteral("rules"),
         QStringLiteral("list | show STEP | publish FILE"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "The deadline rules of registration and the renewal rule, versioned: list "
                           "them (built in, or published by whom and when); show one with its earlier "
                           "values; publish (administrators) a JSON file {\"rules\": [{step, value, unit, "
                           "source}]}, checked whole before anything is written. Synced through the hub; "
                           "deadlines already running keep the rule they started under."),
         {},
         1,
         2,
         &runRules},
        {QStringLiteral("scorecard"),
         QStringLiteral("[FILE] [--period 2026-Q4|2026] [--format json|csv|xlsx]"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "The department scorecard (绩效考核) of a quarter or year (this quarter unless "
                           "--period names one): every department's catalog coverage, entries updated "
                           "on time, sharing requests answered, quality feedback corrected, orders "
                           "closed and open-data demand answered on time, the weighted score, rank "
                           "and change on the period before; printed, or written whole to FILE."),
         {QStringLiteral("period"), QStringLiteral("format")},
         0,
         1,
         &runScorecard},
        {QStringLiteral("audit"),
         QStringLiteral("tasks | export-report TASK FILE"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "tasks lists the field audit tasks on this computer with their state, "
                           "planned day and auditors; overdue ones are marked. export-report "
                           "writes a task's field audit record (现场核查记录) as PDF: checklist, "
                           "findings, evidence thumbnails and hashes, signature lines."),
         {},
         1,
         3,
         &runAudit},
        {QStringLiteral("attachments"),
         QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("xs::CliRunner",
                           "Re-hash every stored evidence file and report each whose SHA-256 "
                           "no longer matches (exit 4)."),
         {},
         1,
         1,
         &runAttachments},
        {QStringLiteral("requests"),
         QStringLiteral(
             "list | export FILE [--kind sharing|open-data|quality|usage] [--format json|csv|xlsx]"),
         QT_TRANSLATE_NOOP(
             "xs::CliRunner",
             "list shows the requests on this computer (sharing requests, quality feedback and "
             "open-data demand: resource, requester, provider, state, running deadline, overdue); "
             "export writes every request of one kind (sharing unless --kind says; usage: the "
             "records of the use of shared data) with all its fields, for audit bodies."),
         {QStringLiteral("kind"), QStringLiteral("format")},
         1,
         2,
         &runRequests},
    };
}

CliRunner::CliRunner(KeyStore& keychain, const Clock& clock)
    : m_keychain(keychain)
    , m_clock(clock)
{}

QString CliRunner::helpText()
{
    QString text =
        tr("Usage: xiangshu-cli [global options] COMMAND [arguments] [options]") + QStringLiteral("\n\n");
    text +=
        tr("Works offline on the same encrypted database as Xiangshu Workbench.") + QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand& command : cliCommands()) {
        const QString head = (command.name + QLatin1Char(' ') + command.synopsis).trimmed();
        text += QStringLiteral("  %1\n      %2\n").arg(head, tr(command.summary.toUtf8().constData()));
    }
    text += QLatin1Char('\n') + tr("Global options (before or after the command):") + QLatin1Char('\n');
    text += QStringLiteral("  --database PATH          %1\n")
                .arg(tr("the database file (default: the app's own)"));
    text += QStringLiteral("  --passphrase-file FILE   %1\n")
                .arg(tr("unlock with the recovery passphrase in FILE (first line) instead of the keychain"));
    text += QStringLiteral("  --no-keychain            %1\n").arg(tr("never touch the OS keychain"));
    text += QStringLiteral("  --json                   %1\n")
                .arg(tr("machine-readable output: one JSON object on stdout"));
    text += QStringLiteral("  --help, --version\n\n");
    text +=
        tr("Exit codes: 0 success, 1 failure, 2 usage, 3 cannot unlock, 4 corrupt, 5 schema newer than this "
           "program, 6 sync conflicts or rejections, 7 network or TLS, 8 validation failed.") +
        QLatin1Char('\n');
    return text;
}

ExitCode CliRunner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(commandOptions());
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n') + tr("Run \"xiangshu-cli --help\" for usage.") +
                          QLatin1Char('\n'));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, helpText());
        return ExitCode::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("xiangshu-cli %1 (Qt %2, SQLite %3)\n")
                          .arg(QStringLiteral(XS_VERSION), QString::fromLatin1(qVersion()),
                               Database::sqliteVersion()));
        return ExitCode::Success;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        print(stderr, tr("No command given.") + QLatin1Char('\n') + helpText());
        return ExitCode::Usage;
    }
    const QString name = positional.takeFirst();
    const QList<CliCommand> commands = cliCommands();
    const auto command = std::find_if(commands.cbegin(), commands.cend(),
                                      [&](const CliCommand& candidate) { return candidate.name == name; });
    if (command == commands.cend()) {
        print(stderr, tr("Unknown command \"%1\". Run \"xiangshu-cli --help\" for the list.").arg(name) +
                          QLatin1Char('\n'));
        return ExitCode::Usage;
    }
    if (positional.size() < command->minimumArguments || positional.size() > command->maximumArguments) {
        print(stderr, tr("Wrong arguments for \"%1\". Usage: xiangshu-cli %1 %2")
                              .arg(name, command->synopsis)
                              .trimmed() +
                          QLatin1Char('\n'));
        return ExitCode::Usage;
    }
    for (const QCommandLineOption& option : commandOptions()) {
        const QString optionName = option.names().constFirst();
        if (parser.isSet(optionName) && !command->options.contains(optionName)) {
            print(stderr,
                  tr("The option --%1 does not apply to \"%2\".").arg(optionName, name) + QLatin1Char('\n'));
            return ExitCode::Usage;
        }
    }
    CliContext context(parser, positional, m_keychain, m_clock);
    return command->run(context);
}

} // namespace xs
