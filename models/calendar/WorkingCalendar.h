#pragma once

#include "models/calendar/CalendarYear.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace xs {

/// Working days (工作日) as China's official schedules define them: Monday to Friday, minus the
/// holidays, plus the weekend days worked in exchange (调休). It knows only the years it was given
/// and never guesses past them: every answer that would need an unknown year is empty, and
/// unknownDate tells which day was out of reach.
class WorkingCalendar
{
public:
    /// Adds a year, replacing an earlier copy of the same year (the hub's copy replaces the
    /// bundled one).
    void addYear(const CalendarYear& year);
    QList<int> knownYears() const;
    const CalendarYear* year(int year) const;
    bool knows(const QDate& date) const;

    std::optional<bool> isWorkday(const QDate& date) const;
    /// The date N working days after `from` (before it if N is negative); `from` itself for 0.
    std::optional<QDate> addWorkdays(const QDate& from, int count, QDate* unknownDate = nullptr) const;
    /// The working days after `from`, up to and including `to`; negative if `to` is earlier.
    std::optional<int> workdaysBetween(const QDate& from, const QDate& to,
                                       QDate* unknownDate = nullptr) const;
    /// The holiday a date falls in, if any (for explaining a deadline).
    QString holidayName(const QDate& date) const;

    /// What to tell a user when a date lies beyond the known schedules.
    QString beyondKnownYears(const QDate& date) const;

private:
    std::map<int, CalendarYear> m_years;
    QSet<qint64> m_holidays; // Julian day numbers
    QSet<qint64> m_workdays;
    // From 1 January of the first known year: working days before each day, and unknown days
    // (years missing in between) before each day, so a count over any span is two lookups (the
    // queue asks it for every row it shows).
    qint64 m_firstDay = 0;
    std::vector<int> m_workdaysBefore;
    std::vector<int> m_unknownBefore;
    void rebuildDays();
};

} // namespace xs
