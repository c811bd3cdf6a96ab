#include "ui/settings/PublishScheduleAction.h"

#include "app/CalendarPublisher.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::PublishScheduleAction)
};

} // namespace

PublishScheduleAction::PublishScheduleAction(CalendarPublisher publisher, QWidget* parent)
    : m_publisher(std::move(publisher))
    , m_parent(parent)
{}

bool PublishScheduleAction::run()
{
    const QString path =
        QFileDialog::getOpenFileName(m_parent, Text::tr("Publish Holiday Schedule"),
                                     QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                     Text::tr("Holiday schedule (*.json)"));
    return !path.isEmpty() && publishFile(path);
}

bool PublishScheduleAction::publishFile(const QString& path)
{
    QString problem;
    const std::optional<CalendarYear> year = CalendarPublisher::readFile(path, &problem);
    if (!year) {
        QMessageBox::warning(m_parent, Text::tr("Publish Holiday Schedule"), problem);
        return false;
    }
    int holidayDays = 0;
    for (const CalendarYear::Holiday& holiday : year->holidays)
        holidayDays += int(holiday.from.daysTo(holiday.to)) + 1;
    const QString summary =
        Text::tr(
            "Publish the holiday schedule of %1?\n\n%2\n%3 holidays (%4 days), %5 weekend days worked in "
            "exchange.\n\nProvisional deadlines are counted again on it now; the hub receives it at the next "
            "sync.")
            .arg(year->year)
            .arg(year->source)
            .arg(year->holidays.size())
            .arg(holidayDays)
            .arg(year->workdays.size());
    if (QMessageBox::question(m_parent, Text::tr("Publish Holiday Schedule"), summary) != QMessageBox::Yes)
        return false;
    const CalendarPublisher::Result result = m_publisher.publish(*year);
    if (result.error.isError()) {
        QMessageBox::warning(m_parent, Text::tr("Publish Holiday Schedule"),
                             result.error.kind() == DatabaseError::Kind::Invalid ? result.error.detail()
                                                                                 : result.error.message());
        return false;
    }
    QMessageBox::information(m_parent, Text::tr("Publish Holiday Schedule"),
                             Text::tr("The holiday schedule of %1 is published. %n provisional deadline(s) "
                                      "counted again on it.",
                                      nullptr, result.recomputed)
                                 .arg(year->year));
    return true;
}

} // namespace xs
