#pragma once

#include "models/common/Clock.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace xs {

/// Structured logs: one JSON object per line on stderr, for journald or a log shipper.
class HubLog
{
public:
    explicit HubLog(const Clock& clock, FILE* stream = stderr);

    void event(const QString& level, const QString& event, const QJsonObject& details = {});
    void request(const QString& method, const QString& path, int status, const QString& user,
                 qint64 milliseconds, qint64 bytes, const QString& address);

private:
    const Clock& m_clock;
    FILE* m_stream;
};

} // namespace xs
