#include "hub/HubLog.h"

#include <QJsonDocument>

namespace xs {

HubLog::HubLog(const Clock& clock, FILE* stream)
    : m_clock(clock)
    , m_stream(stream)
{}

void HubLog::event(const QString& level, const QString& event, const QJsonObject& details)
{
    QJsonObject line = details;
    line.insert(QStringLiteral("ts"), m_clock.timestamp());
    line.insert(QStringLiteral("level"), level);
    line.insert(QStringLiteral("event"), event);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), m_stream);
    std::fflush(m_stream);
}

void HubLog::request(const QString& method, const QString& path, int status, const QString& user,
                     qint64 milliseconds, qint64 bytes, const QString& address)
{
    event(status >= 500 ? QStringLiteral("error") : QStringLiteral("info"), QStringLiteral("request"),
          {{QStringLiteral("method"), method},
           {QStringLiteral("path"), path},
           {QStringLiteral("status"), status},
           {QStringLiteral("user"), user},
           {QStringLiteral("ms"), milliseconds},
           {QStringLiteral("bytes"), bytes},
           {QStringLiteral("remote"), address}});
}

} // namespace xs
