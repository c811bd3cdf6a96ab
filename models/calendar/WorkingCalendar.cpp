#include "models/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QLocale>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::WorkingCalendar)
};

/// Monday to Friday in the Julian days [first, end).
qint64 weekdaysIn(qint64 first, qint64 end)
{
    if (end <= first)
        return 0;
    const qint64 span = end - first;
    qint64 count = span / 7 * 5;
    // Julian day 0 was a Monday, so day % 7 is 0 for Monday … 6 for Sunday.
    for (qint64 day = first + span / 7 * 7; day < end; ++day)
        count += day % 7 < 5 ? 1 : 0;
    return count;
}

} // namespace

void WorkingCalendar::addYear(const CalendarYear& year)
{
    m_years[year.year] = year;
    rebuildDays();
}

void WorkingCalendar::rebuildDays()
{
    m_holidays.clear();
    m_workdays.clear();
    for (const auto& [number, year] : m_years) {
        for (const CalendarYear::Holiday& holiday : year.holidays) {
            for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1))
                m_holidays.insert(day.toJulianDay());
        }
        for (const CalendarYear::MakeUpWorkday& workday : year.workdays)
            m_workdays.insert(workday.date.toJulianDay());
    }
    m_workdaysBefore.clear();
    m_unknownBefore.clear();
    if (m_years.empty())
        return;
    m_firstDay = QDate(m_years.begin()->first, 1, 1).toJulianDay();
    m_endDay = QDate(m_years.rbegin()->first, 12, 31).toJulianDay() + 1;
    m_workdaysBefore.reserve(size_t(m_endDay - m_firstDay + 1));
    m_unknownBefore.reserve(size_t(m_endDay - m_firstDay + 1));
    int workdays = 0;
    int unknown = 0;
    for (qint64 day = m_firstDay; day <= m_endDay; ++day) {
        m_workdaysBefore.push_back(workdays);
        m_unknownBefore.push_back(unknown);
        bool guessed = false;
        workdays += isWorkdayOrWeekday(QDate::fromJulianDay(day), &guessed) ? 1 : 0;
        unknown += guessed ? 1 : 0;
    }
}

qint64 WorkingCalendar::workdaysBefore(qint64 day) const
{
    if (m_years.empty())
        return weekdaysIn(0, day);
    if (day < m_firstDay)
        return -weekdaysIn(day, m_firstDay);
    if (day > m_endDay)
        return m_workdaysBefore.back() + weekdaysIn(m_endDay, day);
    return m_workdaysBefore[size_t(day - m_firstDay)];
}

qint64 WorkingCalendar::unknownBefore(qint64 day) const
{
    if (m_years.empty())
        return day;
    if (day < m_firstDay)
        return day - m_firstDay;
    if (day > m_endDay)
        return m_unknownBefore.back() + (day - m_endDay);
    return m_unknownBefore[size_t(day - m_firstDay)];
}

QList<int> WorkingCalendar::knownYears() const
{
    QList<int> years;
    for (const auto& entry : m_years)
        years << entry.first;
    return years;
}

const CalendarYear* WorkingCalendar::year(int number) const
{
    const auto found = m_years.find(number);
    return found == m_years.end() ? nullptr : &found->second;
}

bool WorkingCalendar::knows(const QDate& date) const
{
    return date.isValid() && m_years.count(date.year()) > 0;
}

std::optional<bool> WorkingCalendar::isWorkday(const QDate& date) const
{
    if (!knows(date))
        return std::nullopt;
    const qint64 day = date.toJulianDay();
    if (m_workdays.contains(day))
        return true;
    if (m_holidays.contains(day))
        return false;
    return date.dayOfWeek() <= 5;
}

bool WorkingCalendar::isWorkdayOrWeekday(const QDate& date, bool* provisional) const
{
    const std::optional<bool> official = isWorkday(date);
    if (provisional)
        *provisional = !official;
    return official.value_or(date.dayOfWeek() <= 5);
}

WorkdayDate WorkingCalendar::addWorkdays(const QDate& from, int count) const
{
    WorkdayDate result{from, false};
    if (!from.isValid())
        return result;
    const int step = count < 0 ? -1 : 1;
    for (int remaining = count < 0 ? -count : count; remaining > 0;) {
        result.date = result.date.addDays(step);
        bool guessed = false;
        if (isWorkdayOrWeekday(result.date, &guessed))
            --remaining;
        result.provisional = result.provisional || guessed;
    }
    return result;
}

WorkdayCount WorkingCalendar::workdaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid())
        return {};
    if (to < from) {
        const WorkdayCount backwards = workdaysBetween(to, from);
        return {-backwards.days, backwards.provisional};
    }
    // The days after `from`, up to and including `to`.
    const qint64 first = from.toJulianDay() + 1;
    const qint64 end = to.toJulianDay() + 1;
    return {int(workdaysBefore(end) - workdaysBefore(first)), unknownBefore(end) != unknownBefore(first)};
}

QList<int> WorkingCalendar::unknownYears(const QDate& from, const QDate& to) const
{
    QList<int> years;
    if (!from.isValid() || !to.isValid())
        return years;
    for (int number = std::min(from, to).year(); number <= std::max(from, to).year(); ++number) {
        if (!m_years.count(number))
            years << number;
    }
    return years;
}

QString WorkingCalendar::holidayName(const QDate& date) const
{
    const CalendarYear* known = year(date.year());
    if (!known)
        return {};
    for (const CalendarYear::Holiday& holiday : known->holidays) {
        if (date >= holiday.from && date <= holiday.to)
            return holiday.name;
    }
    return {};
}

std::optional<int> WorkingCalendar::yearToPublish(const QDate& today) const
{
    if (!today.isValid())
        return std::nullopt;
    if (!m_years.count(today.year()))
        return today.year();
    if (today.month() >= WarnFromMonth && !m_years.count(today.year() + 1))
        return today.year() + 1;
    return std::nullopt;
}

QString WorkingCalendar::missingScheduleWarning(int year)
{
    return Text::tr("The official holiday schedule for %1 is not loaded. Working-day deadlines that run into "
                    "%1 are counted Monday to Friday and marked provisional until an administrator "
                    "publishes the schedule.")
        .arg(year);
}

QString WorkingCalendar::provisionalReason(const QDate& from, const QDate& to) const
{
    QStringList years;
    for (const int unknown : unknownYears(from, to))
        years << QString::number(unknown);
    return Text::tr("Provisional: the official holiday schedule for %1 is not loaded yet, so its days are "
                    "counted Monday to Friday. The date is recomputed when the schedule is published.")
        .arg(years.join(QStringLiteral(", ")));
}

} // namespace xs
