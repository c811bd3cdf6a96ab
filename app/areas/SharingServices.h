#pragma once

#include "models/common/Message.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/Roles.h"
#include "models/journal/SyncTypes.h"
#include "models/journal/Vocabularies.h"
#include "models/sharing/SharingQueueModel.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace xs {

class Clock;

/// What the 共享申请 page gets from the application: the sharing requests on this desktop, the
/// resources one may ask for, and asking and answering through the hub's own rules (RecordWriter).
/// The page never sees the database (shared/ARCHITECTURE.md, Dependencies).
class SharingServices
{
    Q_DECLARE_TR_FUNCTIONS(xs::SharingServices)

public:
    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    SharingServices(QSqlDatabase database, QString user, const Clock& clock);

    const Clock& clock() const { return m_clock; }
    /// The department the user works for (a cataloguer's own): it asks in its name and answers
    /// what is asked of it. Empty for administrators and standalone desktops.
    void setDepartment(const QString& department) { m_department = department; }
    QString department() const { return m_department; }

    QList<RecordState> requests() const;
    /// The holiday schedule this desktop holds, for the working days left.
    WorkingCalendar calendar() const;
    /// Department names and the requested resources' names, for the queue.
    SharingQueueModel::Names names() const;
    /// What the request form offers: for the resource, the published resources of the sharing
    /// catalog that other departments share (by name, at most ResourceChoiceLimit); for the
    /// departments and the sharing method, their lists.
    QList<LabelledValue> choices(const FieldSchema& field) const;
    static constexpr int ResourceChoiceLimit = 5000;

    /// Asks for a resource (a new request when requestId is empty; *savedId receives its id), or
    /// corrects one whose material was asked for.
    DatabaseError save(Role role, const QString& requestId, const QJsonObject& fields, QString* savedId);
    /// For a request of conditionally shared data: why it may not be approved yet (no passing
    /// security review here), or nothing when it may; nothing too for other requests. The hub
    /// decides the same at the next sync.
    Message reviewStanding(const RecordState& request) const;
    /// The records of the use of delivered data: of one request, or of all (empty id), by day of use.
    QList<RecordState> usage(const QString& requestId) const;
    /// Records one use of a delivered request's data (the requesting department's); *savedId receives its id.
    DatabaseError recordUsage(Role role, const QString& requestId, const QJsonObject& fields,
                              QString* savedId);
    /// A step of a request (request_material, resubmit, extend, approve, refuse, deliver, withdraw).
    DatabaseError step(Role role, const QString& requestId, const QString& command,
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
