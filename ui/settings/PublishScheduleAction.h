#pragma once

#include "models/common/Clock.h"
#include "models/journal/AccessPolicy.h"

#include <QSqlDatabase>
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
    PublishScheduleAction(QSqlDatabase database, QString user, Role role, const Clock& clock,
                          QWidget* parent);

    /// Asks for the file; false if nothing was published.
    bool run();
    /// Publishes the file at path after the user confirms; false if nothing was published.
    bool publishFile(const QString& path);

private:
    QSqlDatabase m_database;
    QString m_user;
    Role m_role;
    const Clock& m_clock;
    QWidget* m_parent;
};

} // namespace xs
