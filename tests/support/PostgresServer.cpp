#include "tests/support/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace xs::test {

namespace {

QString findBinaries()
{
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    return installed.isEmpty() ? QString()
                               : versions.filePath(installed.constLast() + QStringLiteral("/bin"));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresServer::PostgresServer(QString directory)
    : m_directory(std::move(directory))
    , m_binaries(findBinaries())
{}

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::run(const QStringList& command, QString* output) const
{
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (::geteuid() == 0) {
        arguments =
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
            arguments;
        program = QStringLiteral("runuser");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresServer::start(QString* error)
{
    if (m_binaries.isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed (packaging/install-deps.sh installs it)");
        return false;
    }
    QDir().mkpath(m_directory);
    if (::geteuid() == 0) {
        // The server runs as postgres: it must reach and own its folder.
        for (QString path = m_directory; path.size() > 1; path = QFileInfo(path).absolutePath())
            QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOther | QFile::ExeGroup);
        const passwd* postgres = ::getpwnam("postgres");
        if (!postgres ||
            ::chown(QFile::encodeName(m_directory).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_directory);
            return false;
        }
    }
    const QString data = m_directory + QStringLiteral("/data");
    QString output;
    if (!run({m_binaries + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("xs"),
              QStringLiteral("--no-sync")},
             &output)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    m_port = freePort();
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c max_connections=50")
                                .arg(m_directory)
                                .arg(m_port);
    if (!run({m_binaries + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-o"),
              options, QStringLiteral("-l"), m_directory + QStringLiteral("/server.log"),
              QStringLiteral("-w"), QStringLiteral("start")},
             &output)) {
        *error = QStringLiteral("pg_ctl start failed: ") + output;
        return false;
    }
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    run({m_binaries + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_directory + QStringLiteral("/data"),
         QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QString PostgresServer::url() const
{
    return QStringLiteral("postgresql://xs@localhost:%1/postgres?host=%2").arg(m_port).arg(m_directory);
}

} // namespace xs::test
