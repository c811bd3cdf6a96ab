#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/LocalRecords.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

namespace xs {

class ChangeJournal;

/// The one way an area's repository writes a synced record on the desktop: check, effect,
/// journal. Each operation runs the checks the hub will run (OperationCheck: the role and the
/// type's check, its decision, the field definitions, parents and the type's rules) against this
/// desktop's tables, and only what passes enters the journal, with the decided effect shown at
/// once as a proposal the hub confirms.
class RecordWriter
{
public:
    /// journal: where allowed changes go (it must outlive the writer).
    RecordWriter(QSqlDatabase database, ChangeJournal& journal);

    /// Writes operation (its entity, record id, kind, and fields or command and arguments) for
    /// actor. A refusal is an Invalid error with the reason in the user's language; refusal()
    /// then holds its code and field.
    DatabaseError write(const Principal& actor, const Operation& operation);
    /// Writes fields as an upsert of entity's record recordId, or of a new record with a new id
    /// when recordId is empty; *savedId receives the record's id once it is written.
    DatabaseError save(const Principal& actor, const QString& entity, const QString& recordId,
                       const QJsonObject& fields, QString* savedId = nullptr);
    const Refusal& refusal() const { return m_refusal; }

private:
    ChangeJournal& m_journal;
    LocalRecords m_records;
    Refusal m_refusal;
};

} // namespace xs
