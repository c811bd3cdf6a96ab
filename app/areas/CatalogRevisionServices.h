#pragma once

#include "models/catalog/revision/CatalogRevisionQueueModel.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/SyncTypes.h"
#include "models/storage/DatabaseError.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace xs {

class Clock;

/// What the catalog page and editor get for revisions of published entries (修订): an entry's open
/// revision, the open revisions of the whole catalog with their entries' names, and writing and
/// stepping revisions through the hub's own rules (RecordWriter). The widgets never see the
/// database.
class CatalogRevisionServices
{
public:
    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    CatalogRevisionServices(QSqlDatabase database, QString user, const Clock& clock);

    const QString& user() const { return m_user; }
    const Clock& clock() const { return m_clock; }

    /// The entry's revision still being revised or awaiting review, or nothing.
    std::optional<RecordState> openRevision(const QString& entryId) const;
    /// Every open revision as the 待审修订 queue shows it, with its entry's name and provider and
    /// its running deadline: those awaiting review first, then by due date.
    QList<CatalogRevisionQueueModel::Row> queue() const;

    /// Opens a revision (a new one when revisionId is empty; *savedId receives its id), or saves
    /// a draft's changed fields, reason and dates. principal: the user's role and department.
    DatabaseError save(const Principal& principal, const QString& revisionId, const QJsonObject& fields,
                       QString* savedId);
    /// submit, approve, return, extend or discard, with the step's arguments.
    DatabaseError step(const Principal& principal, const QString& revisionId, const QString& command,
                       const QJsonObject& arguments);

private:
    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    ChangeJournal m_journal;
};

} // namespace xs
