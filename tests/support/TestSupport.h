#pragma once

#include "models/storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QProcess;

namespace xs::test {

/// The password of the demo users that `xiangshu-hub demo` creates (HubCommandLine::demoPassword()).
inline const QString DemoPassword = QStringLiteral("xiangshu-demo-2026");

QByteArray readFile(const QString& path);
QByteArray sha256OfFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& data);
/// Overwrites bytes of a file in place, as a failing disk or an attacker would.
bool overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes);

/// Creates a new encrypted database at path, failing the current test if that does not work.
std::unique_ptr<Database> createDatabase(const QString& path, const DatabaseKey& key,
                                         const Database::Options& options = {});

/// Stores a record as if the hub had sent it (version 1), failing the current test if that does not
/// work: how tests set up a hand-made set of synced records.
void plantRecord(QSqlDatabase database, const QString& entity, const QString& id, const QJsonObject& fields,
                 bool deleted = false);

/// Plants a catalog entry of the 授权运营 catalog (valid by CatalogRules, of department 430000027,
/// which it plants too if missing) in this status: what an agreement's scope may name when published.
void plantAuthorizedEntry(QSqlDatabase database, const QString& id,
                          const QString& status = QStringLiteral("published"));

/// Runs a program to completion and returns its exit code (-1 if it did not start or finish).
struct ProcessResult
{
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                         int timeoutMs = 60000, const QProcessEnvironment& environment = {});

/// A run whose heap may not grow past a limit (RLIMIT_DATA): an attempt to allocate more fails
/// inside the program, so a test of "bounded memory" fails as a crash or a wrong exit code instead
/// of taking the machine. peakResidentKiB is the largest VmHWM seen while it ran.
struct BoundedResult : ProcessResult
{
    qint64 peakResidentKiB = 0;
};
BoundedResult runBounded(const QString& program, const QStringList& arguments, qint64 dataLimitBytes,
                         int timeoutMs = 120000);
/// The peak resident size (VmHWM) of a running process in KiB, or -1.
qint64 peakResidentKiB(qint64 pid);
/// A process's resident set now, in KiB (-1 if unknown).
qint64 residentKiB(qint64 pid);

/// Starts process and waits for it in an event loop, not with waitForFinished: a hub started by
/// the same test logs through a pipe this process must keep reading, or the hub stops at its next
/// line. True when it ran to the end within timeoutMs and exited with 0.
bool runToEnd(QProcess& process, const QString& program, const QStringList& arguments, int timeoutMs);

/// The environment of a process whose clock starts at `start` (XS_CLOCK) and runs on.
QProcessEnvironment environmentWithClock(const QDateTime& start);
/// 09:00 in China on a date: the instant tests usually fix their clocks at.
QDateTime chinaMorning(const QDate& date);

/// SQLite's plan for a statement with its bindings, one step per line (EXPLAIN QUERY PLAN), or
/// "failed: …": what tests check to know a query uses its index and sorts nothing.
QString queryPlan(QSqlDatabase database, const QString& sql, const QVariantList& bindings);

/// A catalog entry that keeps every catalog rule (CatalogRules), for tests whose subject is not the
/// rules: the desktop's repository and the hub both refuse entries that break them.
QJsonObject validCatalogEntry(const QString& name, const QString& departmentCode);
/// A data item that keeps every rule, under entryId (none if empty).
QJsonObject validDataItem(const QString& name, const QString& identifier, const QString& entryId = {});

/// Path of a binary under test, from the environment ctest sets (XS_CLI, XS_APP).
QString binaryPath(const char* environmentVariable);

/// While alive, the process acts (for file permissions) as an unprivileged user if it runs as root,
/// so permission tests mean the same under root CI and under a developer's account.
class ScopedUnprivilegedUser
{
public:
    ScopedUnprivilegedUser();
    ~ScopedUnprivilegedUser();
    ScopedUnprivilegedUser(const ScopedUnprivilegedUser&) = delete;
    ScopedUnprivilegedUser& operator=(const ScopedUnprivilegedUser&) = delete;

private:
    bool m_switched = false;
};

} // namespace xs::test
