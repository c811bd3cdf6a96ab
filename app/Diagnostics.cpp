#include "app/Diagnostics.h"

#include "app/Application.h"
#include "app/LogFile.h"
#include "app/sync/SyncService.h"

#include <QLibraryInfo>
#include <QStringList>
#include <QSysInfo>

namespace xs {

QString Diagnostics::report(const Application& application, int logLines)
{
    QStringList lines;
    lines << QStringLiteral("Xiangshu Workbench %1 (Qt %2 at run time, %3 at build time)")
                 .arg(QStringLiteral(XS_VERSION), QString::fromLatin1(qVersion()),
                      QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("System: %1, %2")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Now: %1 (UTC), today in China %2")
                 .arg(application.clock().timestamp(), application.clock().today().toString(Qt::ISODate));
    lines << QStringLiteral("Database: %1 (%2)")
                 .arg(application.databasePath(),
                      application.database() ? QStringLiteral("open") : QStringLiteral("locked"));
    lines << QStringLiteral("Log: %1").arg(application.log().path());
    if (const SyncService* sync = application.sync()) {
        const SyncService::Counts counts = sync->counts();
        lines << QStringLiteral("Hub: %1 (user %2, role %3)")
                     .arg(sync->connection().url.toString(), sync->loggedInUser(), sync->loggedInRole());
        lines << QStringLiteral(
                     "Sync: last success %1; %2 unsynced, %3 conflicts, %4 rejected, %5 not stored")
                     .arg(sync->lastSuccess().toString(Qt::ISODate))
                     .arg(counts.unsynced)
                     .arg(counts.conflicts)
                     .arg(counts.rejected)
                     .arg(counts.quarantined);
        if (sync->lastError().kind() != HubError::Kind::None)
            lines << QStringLiteral("Last sync error: %1 %2")
                         .arg(sync->lastError().code(), sync->lastError().detail());
    }
    lines << QString() << QStringLiteral("Last %1 log lines:").arg(logLines);
    lines += application.log().tail(logLines);
    return lines.join(QLatin1Char('\n'));
}

} // namespace xs
