#include "tests/support/TestSupport.h"

#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

namespace xs::test {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256OfFile(const QString& path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(bytes) == bytes.size();
}

std::unique_ptr<Database> createDatabase(const QString& path, const DatabaseKey& key,
                                         const Database::Options& options)
{
    DatabaseError error;
    std::unique_ptr<Database> database = Database::create(path, key, options, &error);
    if (!database)
        QTest::qFail(qPrintable(QStringLiteral("cannot create %1: %2").arg(path, error.fullText())), __FILE__,
                     __LINE__);
    return database;
}

void plantRecord(QSqlDatabase database, const QString& entity, const QString& id, const QJsonObject& fields,
                 bool deleted)
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema) {
        QTest::qFail(qPrintable(QStringLiteral("no record type %1").arg(entity)), __FILE__, __LINE__);
        return;
    }
    const DatabaseError error = LocalRecordStore(database).write(
        *schema,
        {entity, id, 1, deleted, QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("test"), fields, 0});
    if (error.isError())
        QTest::qFail(qPrintable(error.fullText()), __FILE__, __LINE__);
}

void plantAuthorizedEntry(QSqlDatabase database, const QString& id, const QString& status)
{
    const QString department = QStringLiteral("430000027");
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM department WHERE code = ?"));
    query.addBindValue(department);
    if (query.exec() && !query.next())
        plantRecord(database, QStringLiteral("department"), QStringLiteral("dept-") + department,
                    {{QStringLiteral("code"), department},
                     {QStringLiteral("name"), QStringLiteral("湖南省数据局")},
                     {QStringLiteral("kind"), QStringLiteral("provincial")},
                     {QStringLiteral("division_code"), QStringLiteral("430000")},
                     {QStringLiteral("sort_order"), 1}});
    QJsonObject entry = validCatalogEntry(QStringLiteral("授权运营数据") + id, department);
    entry.insert(QStringLiteral("code"), QStringLiteral("101001001/") + id.right(6));
    entry.insert(QStringLiteral("status"), status);
    entry.insert(QStringLiteral("in_authorized_catalog"), true);
    entry.insert(QStringLiteral("data_scope"), QStringLiteral("2020年以来全省数据"));
    entry.insert(QStringLiteral("quality_statement"), QStringLiteral("每日校验，完整率不低于98%"));
    plantRecord(database, QStringLiteral("catalog_entry"), id, entry);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                         int timeoutMs, const QProcessEnvironment& environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

namespace {
qint64 statusKiB(qint64 pid, const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

qint64 peakResidentKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM:");
}

qint64 residentKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS:");
}

bool runToEnd(QProcess& process, const QString& program, const QStringList& arguments, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return false;
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

BoundedResult runBounded(const QString& program, const QStringList& arguments, qint64 dataLimitBytes,
                         int timeoutMs)
{
    QProcess process;
    process.setChildProcessModifier([dataLimitBytes] {
        const rlimit limit{rlim_t(dataLimitBytes), rlim_t(dataLimitBytes)};
        ::setrlimit(RLIMIT_DATA, &limit);
    });
    process.start(program, arguments);
    BoundedResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(20)) {
        result.peakResidentKiB = std::max(result.peakResidentKiB, peakResidentKiB(process.processId()));
        if (timer.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished();
            return result;
        }
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

QProcessEnvironment environmentWithClock(const QDateTime& start)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XS_CLOCK"), start.toUTC().toString(Qt::ISODateWithMs));
    return environment;
}

QDateTime chinaMorning(const QDate& date)
{
    return ManualClock::chinaMorning(date);
}

QString queryPlan(QSqlDatabase database, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery plan(database);
    if (!plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return QStringLiteral("failed: ") + plan.lastError().text();
    for (const QVariant& value : bindings)
        plan.addBindValue(value);
    if (!plan.exec())
        return QStringLiteral("failed: ") + plan.lastError().text();
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    return steps.join(QLatin1Char('\n'));
}

QJsonObject validCatalogEntry(const QString& name, const QString& departmentCode)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("code"), QStringLiteral("101001001/000001")},
            {QStringLiteral("department_code"), departmentCode},
            {QStringLiteral("abstract"), QStringLiteral("湖南省公共数据资源")},
            {QStringLiteral("format_class"), QStringLiteral("数据库")},
            {QStringLiteral("format_type"), QStringLiteral("MySQL")},
            {QStringLiteral("update_frequency"), QStringLiteral("每日")},
            {QStringLiteral("share_attribute"), QStringLiteral("无条件共享")},
            {QStringLiteral("share_method"), QStringLiteral("服务接口")},
            {QStringLiteral("open_attribute"), QStringLiteral("不予开放")},
            {QStringLiteral("grade"), QStringLiteral("一般数据")},
            {QStringLiteral("impact_confidentiality"), QStringLiteral("不涉及国家秘密")},
            {QStringLiteral("impact_personal_info"), QStringLiteral("不含个人信息")},
            {QStringLiteral("impact_conclusion"), QStringLiteral("acceptable")}};
}

QJsonObject validDataItem(const QString& name, const QString& identifier, const QString& entryId)
{
    QJsonObject item{{QStringLiteral("name"), name},
                     {QStringLiteral("identifier"), identifier},
                     {QStringLiteral("data_type"), QStringLiteral("字符型")},
                     {QStringLiteral("position"), 1}};
    if (!entryId.isEmpty())
        item.insert(QStringLiteral("entry_id"), entryId);
    return item;
}

QString binaryPath(const char* environmentVariable)
{
    return qEnvironmentVariable(environmentVariable);
}

ScopedUnprivilegedUser::ScopedUnprivilegedUser()
{
    constexpr uid_t Nobody = 65534;
    if (::geteuid() == 0) {
        m_switched = ::setegid(Nobody) == 0 && ::seteuid(Nobody) == 0;
        if (!m_switched)
            QTest::qFail("cannot drop to an unprivileged user", __FILE__, __LINE__);
    }
}

ScopedUnprivilegedUser::~ScopedUnprivilegedUser()
{
    if (m_switched) {
        [[maybe_unused]] const int uidResult = ::seteuid(0);
        [[maybe_unused]] const int gidResult = ::setegid(0);
    }
}

} // namespace xs::test
