#include "models/calendar/DeadlineText.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::StepDeadline)
};

QDate dateOf(const QJsonObject& fields, const char* name)
{
    return QDate::fromString(fields.value(QLatin1String(name)).toString(), Qt::ISODate);
}

} // namespace

StepDeadline StepDeadline::of(const QJsonObject& fields)
{
    StepDeadline deadline;
    deadline.date = dateOf(fields, "step_deadline");
    deadline.provisional = fields.value(QLatin1String("deadline_provisional")).toBool();
    deadline.movedFrom = dateOf(fields, "deadline_moved_from");
    deadline.countedFrom = dateOf(fields, "deadline_from");
    return deadline;
}

DeadlineUrgency deadlineUrgency(const QDate& due, const QDate& today, const std::optional<WorkdayCount>& left)
{
    if (!due.isValid())
        return DeadlineUrgency::None;
    if (due < today)
        return DeadlineUrgency::Overdue;
    if (due == today)
        return DeadlineUrgency::DueToday;
    return left && left->days <= SoonWorkdays ? DeadlineUrgency::Soon : DeadlineUrgency::Normal;
}

QString workdaysLeftText(int days)
{
    return days < 0 ? Text::tr("%n working day(s) overdue", nullptr, -days)
                    : Text::tr("%n working day(s)", nullptr, days);
}

QString StepDeadline::dateText(const QDate& date, bool provisional)
{
    if (!date.isValid())
        return {};
    const QString iso = date.toString(Qt::ISODate);
    return provisional ? Text::tr("%1 (provisional)").arg(iso) : iso;
}

QString StepDeadline::markedText() const
{
    if (provisional || !movedFrom.isValid() || !date.isValid())
        return dateText();
    return Text::tr("%1 (adjusted)").arg(date.toString(Qt::ISODate));
}

QString StepDeadline::explanation(const WorkingCalendar& calendar) const
{
    QStringList parts;
    if (provisional && date.isValid())
        parts << calendar.provisionalReason(countedFrom.isValid() ? countedFrom : date, date);
    if (movedFrom.isValid() && date.isValid())
        parts << Text::tr("Moved from %1 when the holiday schedule was published.")
                     .arg(movedFrom.toString(Qt::ISODate));
    return parts.join(QLatin1Char(' '));
}

QueueDeadline QueueDeadline::of(const QDate& date, bool provisional, const QDate& today,
                                const WorkingCalendar& calendar)
{
    QueueDeadline deadline;
    deadline.due.date = date;
    deadline.due.provisional = provisional;
    deadline.due.countedFrom = today;
    if (date.isValid())
        deadline.left = calendar.workdaysBetween(today, date);
    deadline.urgency = deadlineUrgency(date, today, deadline.left);
    return deadline;
}

} // namespace xs
