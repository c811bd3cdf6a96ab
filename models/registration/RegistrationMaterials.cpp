#include "models/registration/RegistrationMaterials.h"

#include "models/attachments/FileRecorder.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QSqlQuery>

namespace xs {

RegistrationMaterials::RegistrationMaterials(QSqlDatabase database, ChangeJournal& journal,
                                             AttachmentStore& store)
    : m_database(std::move(database))
    , m_journal(journal)
    , m_store(store)
{}

std::optional<QString> RegistrationMaterials::attach(const Principal& actor, const QString& registrationId,
                                                     const File& file, DatabaseError* error)
{
    return FileRecorder(m_database, m_journal, m_store)
        .add(actor, Entity,
             {{QStringLiteral("registration_id"), registrationId},
              {QStringLiteral("material"), file.material}},
             file.fileName, file.bytes, error);
}

QList<RecordState> RegistrationMaterials::files(const QString& registrationId) const
{
    QList<RecordState> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id FROM registration_material WHERE registration_id = ? AND deleted = 0 "
                       "ORDER BY file_name, id"));
    query.addBindValue(registrationId);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    const EntitySchema& schema = *findEntity(Entity);
    LocalRecordStore store(m_database);
    for (const QString& id : std::as_const(ids)) {
        if (std::optional<RecordState> record = store.read(schema, id))
            found.append(*record);
    }
    // In the order REG §9 lists the materials.
    const QStringList order = RegistrationVocabulary::materialsFor(QStringLiteral("first")) +
                              RegistrationVocabulary::materialsFor(QStringLiteral("change")) +
                              RegistrationVocabulary::materialsFor(QStringLiteral("cancellation"));
    std::stable_sort(found.begin(), found.end(), [&order](const RecordState& a, const RecordState& b) {
        return order.indexOf(a.fields.value(QStringLiteral("material")).toString()) <
               order.indexOf(b.fields.value(QStringLiteral("material")).toString());
    });
    return found;
}

} // namespace xs
