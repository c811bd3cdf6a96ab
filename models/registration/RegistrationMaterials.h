#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

class AttachmentStore;
class ChangeJournal;

/// The files of an application's materials (REG §9): each a registration_material record naming
/// the material and the file, its bytes encrypted in the attachment store beside the records, sent
/// to the hub after the record like field-audit evidence (hub/PROTOCOL.md, Attachments).
class RegistrationMaterials
{
public:
    static inline const QString Entity = QStringLiteral("registration_material");

    struct File
    {
        QString material; // a code of RegistrationVocabulary::materialsFor the application's type
        QString fileName;
        QByteArray bytes;
    };

    /// journal and store must outlive this.
    RegistrationMaterials(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store);

    /// Attaches the file to the registration (FileRecorder: checked as the hub will, record and
    /// bytes in one transaction); the new record's id, or nothing with *error.
    std::optional<QString> attach(const Principal& actor, const QString& registrationId, const File& file,
                                  DatabaseError* error);
    /// The registration's live files, in the order of its materials, then by name.
    QList<RecordState> files(const QString& registrationId) const;

private:
    QSqlDatabase m_database;
    ChangeJournal& m_journal;
    AttachmentStore& m_store;
};

} // namespace xs
