#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/Roles.h"
#include "models/journal/SyncTypes.h"
#include "models/journal/Vocabularies.h"
#include "models/sharing/RequestNames.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

namespace xs {

class Clock;

/// What the 开放需求 tab gets from the application: the open-data demands on this desktop, the
/// departments one may assign, and registering and answering through the hub's own rules
/// (RecordWriter). The page never sees the database.
class OpenDataServices
{
public:
    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    OpenDataServices(QSqlDatabase database, QString user, const Clock& clock);

    const Clock& clock() const { return m_clock; }
    void setDepartment(const QString& department) { m_department = department; }
    QString department() const { return m_department; }

    QList<RecordState> demands() const;
    WorkingCalendar calendar() const;
    RequestNames names() const;
    QList<LabelledValue> departments() const;
    QList<LabelledValue> choices(const FieldSchema& field) const;

    /// Registers a demand received through the portal (a new one when demandId is empty; *savedId
    /// receives its id), or corrects one not yet accepted.
    DatabaseError save(Role role, const QString& demandId, const QJsonObject& fields, QString* savedId);
    /// A step: accept (with the department's code), answer_opened, answer_conditional, answer_refused.
    DatabaseError step(Role role, const QString& demandId, const QString& command,
                       const QJsonObject& arguments);

private:
    DatabaseError write(Role role, const Operation& operation);

    QSqlDatabase m_database;
    QString m_user;
    QString m_department;
    const Clock& m_clock;
    ChangeJournal m_journal;
};

} // namespace xs
