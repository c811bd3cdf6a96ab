#pragma once

#include "models/calendar/WorkingCalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xs {

/// How near a running deadline is, for colouring queues (DeadlineDelegate); the text says it too.
enum class DeadlineUrgency
{
    None, // no running deadline
    Normal,
    Soon, // SoonWorkdays or fewer left
    DueToday,
    Overdue,
};
constexpr int SoonWorkdays = 2;

/// The urgency of a running deadline due on due, today, with the working days left (nothing when
/// they are not known).
DeadlineUrgency deadlineUrgency(const QDate& due, const QDate& today,
                                const std::optional<WorkdayCount>& left);
/// "3 working days", or "2 working days overdue" for a negative count.
QString workdaysLeftText(int days);

/// A running deadline (a registration's step, a sharing request's reply) as the record keeps it: the date,
/// whether it is provisional (暂定: counted Monday to Friday through a year whose schedule is not loaded),
/// and where it was before a published schedule moved it. One place says how each is shown, so the queue, the
/// detail pane, the notices and the CLI say the same.
struct StepDeadline
{
    QDate date;
    bool provisional = false;
    QDate movedFrom; // valid once a published schedule changed the date
    QDate countedFrom;

    static StepDeadline of(const QJsonObject& registrationFields);

    /// "2027-01-19", or "2027-01-19（暂定）" / "2027-01-19 (provisional)".
    static QString dateText(const QDate& date, bool provisional);
    QString dateText() const { return dateText(date, provisional); }
    /// The date with its marks: provisional, or moved ("2027-01-21（已调整）").
    QString markedText() const;
    /// What a reader needs to know about it beyond the date (tooltips, the detail pane): why it
    /// is provisional, and from which date it moved. Empty for an ordinary deadline.
    QString explanation(const WorkingCalendar& calendar) const;
};

/// A running deadline as a queue shows it: the date with its marks, the working days left (from
/// today on the calendar), and how urgent it is. No date: no deadline runs.
struct QueueDeadline
{
    StepDeadline due;
    std::optional<WorkdayCount> left;
    DeadlineUrgency urgency = DeadlineUrgency::None;

    static QueueDeadline of(const QDate& date, bool provisional, const QDate& today,
                            const WorkingCalendar& calendar);
};

} // namespace xs
