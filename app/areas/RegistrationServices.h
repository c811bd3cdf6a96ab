#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/Vocabularies.h"
#include "models/registration/RegistrationMaterials.h"
#include "models/registration/RegistrationQueueQuery.h"
#include "models/registration/RegistrationRepository.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

#include <map>
#include <memory>

namespace xs {

class Clock;
class RegistrationQueueModel;
class WorkingCalendar;

/// What the registration area's page gets from the application: who is working, the clock, and
/// the area's repository and queries over this desktop's database. The page never sees the
/// database itself (shared/ARCHITECTURE.md, Dependencies); this is where its SQL and its
/// transactions live.
class RegistrationServices
{
public:
    /// clock: what "today" is (it must outlive the services).
    RegistrationServices(QSqlDatabase database, QString user, const Clock& clock);
    ~RegistrationServices();
    RegistrationServices(const RegistrationServices&) = delete;
    RegistrationServices& operator=(const RegistrationServices&) = delete;

    const QString& user() const { return m_user; }
    const Clock& clock() const { return m_clock; }
    RegistrationRepository& repository() { return m_repository; }

    /// The queue's model, reading pages on this desktop's database.
    std::unique_ptr<RegistrationQueueModel> newQueueModel(const WorkingCalendar& calendar) const;
    /// How many applications each view of the queue holds under filter (a failed count is -1).
    std::map<QueueView, qint64> counts(const QueueFilter& filter) const;
    /// Whether the application has changes made here that the hub has not confirmed yet.
    bool hasLocalChanges(const QString& id) const;
    /// The authorized-operation agreement a first registration follows, if this desktop holds it.
    std::optional<RecordState> agreement(const QString& id) const;
    /// What a new application may name (新建申请): the published catalog entries by name and
    /// department (at most ChoiceLimit), the registrations in force by code and data name (what a
    /// change, correction, renewal or cancellation amends), and the agreements by title.
    QList<LabelledValue> publishedEntries() const;
    QList<LabelledValue> registrationsInForce() const;
    QList<LabelledValue> agreements() const;
    static constexpr int ChoiceLimit = 5000;
    /// Files a new application with the files of its materials, all or none: a file refused
    /// (its kind, its size) leaves no application either.
    DatabaseError fileApplication(const QString& id, const QJsonObject& application,
                                  const QList<RegistrationMaterials::File>& files, Role role);
    /// The files of an application's materials on this desktop.
    QList<RecordState> materialFiles(const QString& registrationId) const
    {
        return m_materials.files(registrationId);
    }
    /// The same step on every application, all or none: one refusal leaves every one as it was.
    DatabaseError stepAll(const QStringList& ids, const QString& command, const QJsonObject& arguments,
                          const RegistrationContext& context);

private:
    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    RegistrationRepository m_repository;
    ChangeJournal m_materialsJournal;
    AttachmentStore m_store;
    RegistrationMaterials m_materials;
};

} // namespace xs
