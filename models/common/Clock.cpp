#include "models/common/Clock.h"

#include <QTimeZone>

namespace xs {

namespace {

const QTimeZone& chinaZone()
{
    // China has kept UTC+8 without daylight saving since 1991. The zone database is preferred;
    // the fixed offset covers a system without tzdata, with the same answer for every date we use.
    static const QTimeZone zone = [] {
        const QTimeZone named(QByteArrayLiteral("Asia/Shanghai"));
        return named.isValid() ? named : QTimeZone(8 * 3600);
    }();
    return zone;
}

} // namespace

Clock::~Clock() = default;

QDate Clock::chinaDate(const QDateTime& instant)
{
    return chinaTime(instant).date();
}

QDateTime Clock::chinaTime(const QDateTime& instant)
{
    return instant.toTimeZone(chinaZone());
}

// The only place in the program that reads the system's time.
QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

OffsetClock::OffsetClock(const QDateTime& start)
    : m_offsetMs(QDateTime::currentDateTimeUtc().msecsTo(start))
{}

QDateTime OffsetClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

ManualClock::ManualClock(const QDateTime& start, qint64 stepMs)
    : m_now(start.toUTC())
    , m_stepMs(stepMs)
{}

QDateTime ManualClock::chinaMorning(const QDate& date)
{
    return QDateTime(date, QTime(9, 0), QTimeZone(8 * 3600)).toUTC();
}

QDateTime ManualClock::now() const
{
    const QDateTime reading = m_now;
    m_now = m_now.addMSecs(m_stepMs);
    return reading;
}

std::unique_ptr<Clock> clockFromEnvironment(QString* notice)
{
    const QByteArray configured = qgetenv("XS_CLOCK").trimmed();
    if (!configured.isEmpty()) {
        const QDateTime start = QDateTime::fromString(QString::fromLatin1(configured), Qt::ISODateWithMs);
        if (start.isValid()) {
            if (notice)
                *notice = QStringLiteral("XS_CLOCK is set: the clock starts at %1 instead of the system time")
                              .arg(start.toUTC().toString(Qt::ISODate));
            return std::make_unique<OffsetClock>(start);
        }
        if (notice)
            *notice = QStringLiteral("XS_CLOCK=\"%1\" is not an ISO 8601 instant; using the system time")
                          .arg(QString::fromLatin1(configured.left(64)));
    }
    return std::make_unique<SystemClock>();
}

} // namespace xs
