#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace xs {

class Clock;

/// The desktop's log: every qDebug/qInfo/qWarning/qCritical line of the process, with its time
/// and category, appended to FOLDER/xiangshu.log, and passed on to the handler before it (stderr).
/// When the file passes its cap it becomes xiangshu.log.1 (the older ones move up), so at most
/// (keep + 1) × cap bytes are ever kept: a field laptop offline for weeks never fills its disk.
///
/// Qt's message handler is a plain function, so the log that is alive receives the messages
/// through one static pointer; creating a second while one is alive is refused (isActive()).
class LogFile
{
public:
    struct Limits
    {
        qint64 capBytes = 1024 * 1024;
        int keep = 3;
    };

    /// Installs the handler; clock: the time written on each line (it must outlive the log).
    LogFile(QString folder, const Clock& clock, Limits limits);
    LogFile(QString folder, const Clock& clock);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    bool isActive() const { return m_active; }
    QString path() const;
    /// The last lines written, oldest first (from the current file and the one before it).
    QStringList tail(int lines) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);
    void write(QtMsgType type, const char* category, const QString& message);
    void rotate();

    QString m_folder;
    const Clock& m_clock;
    Limits m_limits;
    bool m_active = false;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
};

} // namespace xs
