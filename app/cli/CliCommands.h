#pragma once

#include "app/cli/ExitCode.h"

#include <QString>
#include <QStringList>

namespace xs {

class CliContext;

/// One xiangshu-cli command: its name, its arguments and options for --help, and what it does.
struct CliCommand
{
    QString name;
    QString synopsis;    // arguments after the name, e.g. "DEST"
    QString summary;     // one line for --help (translated at print time)
    QStringList options; // command options it accepts besides the global ones
    int minimumArguments = 0;
    int maximumArguments = 0;
    ExitCode (*run)(CliContext& context) = nullptr;
};

/// Every command, in the order --help lists them.
QList<CliCommand> cliCommands();

// Database and keys (DatabaseCommands.cpp)
ExitCode runInit(CliContext& context);
ExitCode runInfo(CliContext& context);
ExitCode runUnlockCheck(CliContext& context);
ExitCode runVerify(CliContext& context);
// Maintenance (MaintenanceCommands.cpp)
ExitCode runBackup(CliContext& context);
ExitCode runRekey(CliContext& context);
ExitCode runDemo(CliContext& context);
// Update frequencies (FrequencyCommands.cpp)
ExitCode runFrequencies(CliContext& context);
// Deadline and renewal rules (RulesCommands.cpp)
ExitCode runRules(CliContext& context);
// Department scorecard (ScorecardCommands.cpp)
ExitCode runScorecard(CliContext& context);
// Catalog (CatalogCommands.cpp)
ExitCode runImport(CliContext& context);
ExitCode runExport(CliContext& context);
ExitCode runSearch(CliContext& context);
ExitCode runSearchItems(CliContext& context);
// Sync (SyncCommands.cpp)
ExitCode runLogin(CliContext& context);
ExitCode runSync(CliContext& context);
ExitCode runConflicts(CliContext& context);
ExitCode runCalendar(CliContext& context);
// Field audits (FieldAuditCommands.cpp)
ExitCode runAudit(CliContext& context);
ExitCode runAttachments(CliContext& context);
// Requests between departments (RequestCommands.cpp)
ExitCode runRequests(CliContext& context);

} // namespace xs
