#pragma once

#include "models/journal/ChangeJournal.h"
#include "models/journal/Roles.h"
#include "models/journal/SyncTypes.h"
#include "models/securityreview/SecurityReviewListModel.h"
#include "models/storage/DatabaseError.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace xs {

class Clock;

/// What the 安全审查 tab gets from the application: the security reviews on this desktop with the
/// names of what they review, what may be reviewed now, the published review checklists, and
/// saving and concluding through the hub's own rules (RecordWriter). The page never sees the
/// database.
class SecurityReviewServices
{
public:
    /// Something that may be reviewed: a conditional sharing request awaiting its reply, or a
    /// signed agreement not yet operating.
    struct Subject
    {
        QString entity;
        QString id;
        QString label;
    };
    struct Checklist
    {
        QString id;
        QString label;            // title and version
        QList<QJsonObject> items; // {code, section, text}
    };

    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    SecurityReviewServices(QSqlDatabase database, QString user, const Clock& clock);

    const Clock& clock() const { return m_clock; }

    QList<RecordState> reviews() const;
    SecurityReviewListModel::Names names() const;
    QList<Subject> openSubjects() const;
    /// The published security-review checklists, newest version first.
    QList<Checklist> publishedChecklists() const;
    /// The checklist a review was made on (retired since, perhaps), or nothing.
    std::optional<Checklist> checklist(const QString& templateId) const;

    /// Opens a review (a new one when reviewId is empty; *savedId receives its id), or saves its
    /// answers while it is in progress.
    DatabaseError save(Role role, const QString& reviewId, const QJsonObject& fields, QString* savedId);
    /// conclude_passed, conclude_conditional or conclude_failed, with the opinion.
    DatabaseError step(Role role, const QString& reviewId, const QString& command,
                       const QJsonObject& arguments);

private:
    DatabaseError write(Role role, const Operation& operation);
    QHash<QString, QString> sharingRequestNames(const QList<RecordState>& requests) const;

    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    ChangeJournal m_journal;
};

} // namespace xs
