#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

namespace xs {

/// The one source of "now" for the desktop, the CLI and the hub. Executables make a SystemClock
/// and hand it to whatever needs the time; tests hand in a ManualClock. No other code reads the
/// system time (tests/integration/tst_clockdiscipline checks the source tree), so every deadline,
/// overdue flag and dashboard period can be tested on any date.
///
/// "Now" is an instant in UTC, which is what records store and sync. "Today" is the date in China
/// (Asia/Shanghai), whatever zone the machine is set to: 2026-12-31 16:30 UTC is already
/// 2027-01-01 for every deadline, on a laptop set to UTC as on one set to Beijing time.
class Clock
{
public:
    virtual ~Clock();

    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;

    /// Today's date in China.
    QDate today() const { return chinaDate(now()); }
    /// Now as records store it: ISO 8601, UTC, milliseconds ("2026-12-04T02:30:00.000Z").
    QString timestamp() const { return now().toString(Qt::ISODateWithMs); }
    qint64 secondsSinceEpoch() const { return now().toSecsSinceEpoch(); }

    /// The date in China at an instant.
    static QDate chinaDate(const QDateTime& instant);
    /// An instant as China's wall clock shows it (for what people read: timelines, "made at").
    static QDateTime chinaTime(const QDateTime& instant);
};

/// The real time, from the operating system.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that starts at a chosen instant and then runs at the real pace: what a test gives a
/// hub or CLI process it starts (XS_CLOCK), so that process and the test agree on the date while
/// timeouts and token lifetimes still pass.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const QDateTime& start);
    QDateTime now() const override;

private:
    qint64 m_offsetMs = 0;
};

/// A clock that moves only when told, or by a fixed step on every reading (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start, qint64 stepMs = 0);
    /// 09:00 in China on the given date (01:00 UTC): a working morning.
    static QDateTime chinaMorning(const QDate& date);

    QDateTime now() const override;
    void set(const QDateTime& instant) { m_now = instant.toUTC(); }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    mutable QDateTime m_now;
    qint64 m_stepMs = 0;
};

/// The clock an executable runs on: the system's, unless the environment variable XS_CLOCK names
/// an ISO 8601 instant to start from (used by tests that start the hub or the CLI as a process; a
/// warning is printed, so it is never on by accident). *notice says what was chosen, if anything
/// but the system clock.
std::unique_ptr<Clock> clockFromEnvironment(QString* notice = nullptr);

} // namespace xs
