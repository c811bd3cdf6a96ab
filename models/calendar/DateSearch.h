#pragma once

#include <QDate>

namespace xs {

/// The most calendar days N working days can take: under twice N plus the longest run of holidays
/// and weekends (Spring Festival), so a search for a deadline's day never has to look further.
constexpr qint64 calendarDaysHolding(int workdays)
{
    return 2 * qint64(workdays) + 40;
}

/// The last day from `first` to `last` for which `holds` is true, for a condition that holds up to
/// some day and not after it (a deadline, or a window's first day, moves forward with the day it
/// is counted from). `first` must hold. Halving: a few dozen countings, whatever the span.
template <typename Condition>
QDate lastDayWhere(const QDate& first, const QDate& last, const Condition& holds)
{
    qint64 low = 0;
    qint64 high = first.daysTo(last);
    while (low < high) {
        const qint64 middle = low + (high - low + 1) / 2;
        if (holds(first.addDays(middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return first.addDays(low);
}

} // namespace xs
