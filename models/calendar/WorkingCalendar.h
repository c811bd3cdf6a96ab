#pragma once

#include "models/calendar/CalendarYear.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace xs {

/// A date reached by counting working days. provisional: some day on the way lies in a year whose
/// official schedule is not loaded, and was counted as Monday to Friday (暂定). It may move when
/// that year is published; it is never a reason to refuse a step.
struct WorkdayDate
{
    QDate date;
    bool provisional = false;
    bool operator==(const WorkdayDate&) const = default;
};

/// A number of working days, provisional in the same sense.
struct WorkdayCount
{
    int days = 0;
    bool provisional = false;
    bool operator==(const WorkdayCount&) const = default;
};

/// Working days (工作日) as China's official schedules define them: Monday to Friday, minus the
/// holidays, plus the weekend days worked in exchange (调休). For a year whose schedule it was not
/// given (next year, before the State Council publishes it in November) it counts Monday to Friday
/// and says so: every count over such a day is provisional.
class WorkingCalendar
{
public:
    /// Adds a year, replacing an earlier copy of the same year (the hub's copy replaces the
    /// bundled one).
    void addYear(const CalendarYear& year);
    QList<int> knownYears() const;
    const CalendarYear* year(int year) const;
    bool knows(const QDate& date) const;

    /// Whether the official schedule makes this a working day; nothing for a year it does not know.
    std::optional<bool> isWorkday(const QDate& date) const;
    /// The same, guessing Monday to Friday for a year it does not know (*provisional says so).
    bool isWorkdayOrWeekday(const QDate& date, bool* provisional = nullptr) const;
    /// The date N working days after `from` (before it if N is negative); `from` itself for 0.
    WorkdayDate addWorkdays(const QDate& from, int count) const;
    /// The working days after `from`, up to and including `to`; negative if `to` is earlier.
    WorkdayCount workdaysBetween(const QDate& from, const QDate& to) const;
    /// The years between two dates (inclusive) whose schedule is not loaded.
    QList<int> unknownYears(const QDate& from, const QDate& to) const;
    /// The holiday a date falls in, if any (for explaining a deadline).
    QString holidayName(const QDate& date) const;

    /// Why a count between these dates is provisional, for the user.
    QString provisionalReason(const QDate& from, const QDate& to) const;

    /// The State Council publishes next year's schedule in November; from this day of a year on,
    /// a missing next year is worth a warning.
    static constexpr int WarnFromMonth = 11;
    /// The year whose schedule should be published now: this year's if it is missing, or from
    /// 1 November next year's if that is missing. Nothing when all is in place.
    std::optional<int> yearToPublish(const QDate& today) const;
    /// What managers and administrators are told about that year.
    static QString missingScheduleWarning(int year);

private:
    std::map<int, CalendarYear> m_years;
    QSet<qint64> m_holidays; // Julian day numbers
    QSet<qint64> m_workdays;
    // From 1 January of the first known year to the end of the last: working days and unknown days
    // (years missing in between) before each day, so a count over any span is a few lookups (the
    // queue asks it for every row it shows). Outside that range every day is unknown and counted
    // Monday to Friday by arithmetic.
    qint64 m_firstDay = 0;
    qint64 m_endDay = 0; // one past the last known day
    std::vector<int> m_workdaysBefore;
    std::vector<int> m_unknownBefore;
    void rebuildDays();
    /// Working and unknown days in [some fixed origin, day): differences give counts.
    qint64 workdaysBefore(qint64 day) const;
    qint64 unknownBefore(qint64 day) const;
};

} // namespace xs
