#include "models/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QLocale>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::WorkingCalendar)
};

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
    const qint64 end = QDate(m_years.rbegin()->first, 12, 31).toJulianDay() + 1;
    m_workdaysBefore.reserve(size_t(end - m_firstDay + 1));
    m_unknownBefore.reserve(size_t(end - m_firstDay + 1));
    int workdays = 0;
    int unknown = 0;
    for (qint64 day = m_firstDay; day <= end; ++day) {
        m_workdaysBefore.push_back(workdays);
        m_unknownBefore.push_back(unknown);
        const std::optional<bool> working = isWorkday(QDate::fromJulianDay(day));
        workdays += working.value_or(false) ? 1 : 0;
        unknown += working ? 0 : 1;
    }
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

std::optional<QDate> WorkingCalendar::addWorkdays(const QDate& from, int count, QDate* unknownDate) const
{
    if (!knows(from)) {
        if (unknownDate)
            *unknownDate = from;
        return std::nullopt;
    }
    const int step = count < 0 ? -1 : 1;
    QDate day = from;
    for (int remaining = count < 0 ? -count : count; remaining > 0;) {
        day = day.addDays(step);
        const std::optional<bool> working = isWorkday(day);
        if (!working) {
            if (unknownDate)
                *unknownDate = day;
            return std::nullopt;
        }
        if (*working)
            --remaining;
    }
    return day;
}

std::optional<int> WorkingCalendar::workdaysBetween(const QDate& from, const QDate& to,
                                                    QDate* unknownDate) const
{
    if (to < from) {
        const std::optional<int> backwards = workdaysBetween(to, from, unknownDate);
        return backwards ? std::optional<int>(-*backwards) : std::nullopt;
    }
    for (const QDate& end : {from, to}) {
        if (!knows(end)) {
            if (unknownDate)
                *unknownDate = end;
            return std::nullopt;
        }
    }
    // Every year in between must be known too; a gap is as unknown as the future.
    const size_t first = size_t(from.toJulianDay() + 1 - m_firstDay);
    const size_t last = size_t(to.toJulianDay() + 1 - m_firstDay);
    if (m_unknownBefore[last] != m_unknownBefore[first]) {
        for (int number = from.year() + 1; number < to.year(); ++number) {
            if (!m_years.count(number)) {
                if (unknownDate)
                    *unknownDate = QDate(number, 1, 1);
                break;
            }
        }
        return std::nullopt;
    }
    return m_workdaysBefore[last] - m_workdaysBefore[first];
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

QString WorkingCalendar::beyondKnownYears(const QDate& date) const
{
    QStringList years;
    for (const int known : knownYears())
        years << QString::number(known);
    const QString known = years.isEmpty() ? Text::tr("none") : years.join(QStringLiteral(", "));
    return Text::tr("The official holiday schedule for %1 is not known (known years: %2), so working days "
                    "cannot be counted up to %3. The schedule comes from the hub once the State Council "
                    "publishes it.")
        .arg(date.year())
        .arg(known, date.toString(Qt::ISODate));
}

} // namespace xs
