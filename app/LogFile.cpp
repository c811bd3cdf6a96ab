#include "app/LogFile.h"

#include "models/common/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <atomic>

namespace xs {

namespace {

std::atomic<LogFile*> activeLog{nullptr};

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

/// One line per message: a message's own line breaks would let it forge lines of its own.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
}

} // namespace

LogFile::LogFile(QString folder, const Clock& clock, Limits limits)
    : m_folder(std::move(folder))
    , m_clock(clock)
    , m_limits(limits)
{
    LogFile* expected = nullptr;
    if (!QDir().mkpath(m_folder) || !activeLog.compare_exchange_strong(expected, this))
        return;
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_active = true;
    m_previous = qInstallMessageHandler(&LogFile::handle);
}

LogFile::LogFile(QString folder, const Clock& clock)
    : LogFile(std::move(folder), clock, Limits{})
{}

LogFile::~LogFile()
{
    if (!m_active)
        return;
    qInstallMessageHandler(m_previous);
    activeLog.store(nullptr);
    QMutexLocker lock(&m_mutex); // a message being written on another thread finishes first
}

QString LogFile::path() const
{
    return m_folder + QStringLiteral("/xiangshu.log");
}

void LogFile::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogFile* log = activeLog.load();
    if (!log)
        return;
    log->write(type, context.category ? context.category : "default", message);
    if (log->m_previous)
        log->m_previous(type, context, message);
}

void LogFile::write(QtMsgType type, const char* category, const QString& message)
{
    const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                .arg(m_clock.timestamp(), QLatin1String(levelName(type)),
                                     QLatin1String(category), oneLine(message))
                                .toUtf8();
    QMutexLocker lock(&m_mutex);
    QFile file(path());
    if (QFileInfo(file).size() + line.size() > m_limits.capBytes)
        rotate();
    // Failing to log must never fail the program: a full disk loses log lines, nothing else.
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(line);
    }
}

void LogFile::rotate()
{
    const QString base = path();
    QFile::remove(base + QLatin1Char('.') + QString::number(m_limits.keep));
    for (int n = m_limits.keep - 1; n >= 1; --n)
        QFile::rename(base + QLatin1Char('.') + QString::number(n),
                      base + QLatin1Char('.') + QString::number(n + 1));
    if (m_limits.keep > 0)
        QFile::rename(base, base + QStringLiteral(".1"));
    else
        QFile::remove(base);
}

QStringList LogFile::tail(int lines) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    for (const QString& name : {path() + QStringLiteral(".1"), path()}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            result += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return result.mid(std::max<qsizetype>(0, result.size() - lines));
}

} // namespace xs
