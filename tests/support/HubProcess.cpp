#include "tests/support/HubProcess.h"

#include "models/common/Clock.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace xs::test {

HubProcess::HubProcess(QString workDirectory, DevCertificate::Request certificate)
    : m_directory(std::move(workDirectory))
{
    QString error;
    m_files = DevCertificate::write(QDir(m_directory).filePath(QStringLiteral("certs")), certificate,
                                    SystemClock().now(), &error);
}

HubProcess::~HubProcess()
{
    stop();
}

QUrl HubProcess::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

int HubProcess::run(const QStringList& arguments, QByteArray* output, const QDateTime& clockStart)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (clockStart.isValid())
        environment.insert(QStringLiteral("XS_CLOCK"), clockStart.toUTC().toString(Qt::ISODateWithMs));
    const ProcessResult result = runProcess(binaryPath("XS_HUB"), arguments, {}, 120000, environment);
    if (output)
        *output = result.standardOutput + result.standardError;
    return result.exitCode;
}

bool HubProcess::start(const QString& database, const QStringList& extraArguments)
{
    stop();
    m_database = database;
    m_extraArguments = extraArguments;
    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    if (m_clockStart.isValid()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XS_CLOCK"), m_clockStart.toUTC().toString(Qt::ISODateWithMs));
        m_process->setProcessEnvironment(environment);
    }
    // The same port again after a restart, so clients keep their address; 0 the first time.
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    m_process->start(binaryPath("XS_HUB"),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--database"), database,
                                 QStringLiteral("--listen"), listen, QStringLiteral("--cert"),
                                 m_files.certificatePath, QStringLiteral("--key"), m_files.keyPath,
                                 QStringLiteral("--signing-key"), m_files.signingKeyPath} +
                         extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray pending;
    while (timer.elapsed() < 30000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            return false;
        pending += m_process->readAllStandardError();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            m_log += line + '\n';
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("listening")) {
                m_port = quint16(event.value(QStringLiteral("port")).toInt());
                // Keep draining the log so the hub never blocks on a full pipe.
                QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                                 [this] { m_log += m_process->readAllStandardError(); });
                return true;
            }
        }
    }
    return false;
}

void HubProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

void HubProcess::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process.reset();
}

bool HubProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace xs::test
