#pragma once

#include "app/CalendarPublisher.h"

#include <QString>

class QWidget;

namespace xs {

/// Tools → Publish Holiday Schedule (administrators): asks for the State Council's schedule as a
/// file (the format of resources/calendar/YYYY.json), shows what it holds, and publishes it with
/// CalendarPublisher. Provisional deadlines are counted again at once; the hub gets the year at
/// the next sync.
class PublishScheduleAction
{
public:
    /// publisher: the application's, for the current user and role.
    PublishScheduleAction(CalendarPublisher publisher, QWidget* parent);

    /// Asks for the file; false if nothing was published.
    bool run();
    /// Publishes the file at path after the user confirms; false if nothing was published.
    bool publishFile(const QString& path);

private:
    CalendarPublisher m_publisher;
    QWidget* m_parent;
};

} // namespace xs
