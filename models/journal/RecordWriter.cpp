#include "models/journal/RecordWriter.h"

#include "models/common/Logging.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/OperationCheck.h"

namespace xs {

RecordWriter::RecordWriter(QSqlDatabase database, ChangeJournal& journal)
    : m_journal(journal)
    , m_records(std::move(database), journal.clock())
{}

DatabaseError RecordWriter::save(const Principal& actor, const QString& entity, const QString& recordId,
                                 const QJsonObject& fields, QString* savedId)
{
    Operation operation;
    operation.entity = entity;
    operation.recordId = recordId.isEmpty() ? m_journal.newId() : recordId;
    operation.fields = fields;
    const DatabaseError error = write(actor, operation);
    if (!error.isError() && savedId)
        *savedId = operation.recordId;
    return error;
}

DatabaseError RecordWriter::write(const Principal& actor, const Operation& operation)
{
    m_refusal = {};
    const EntitySchema* entity = findEntity(operation.entity);
    const std::optional<RecordState> current = m_records.find(operation.entity, operation.recordId);
    const OperationCheck::Parents parents =
        OperationCheck::parentsOf(entity, operation, current ? &*current : nullptr, m_records);
    const AccessRequest request{actor, operation, current ? &*current : nullptr,
                                parents.after ? &*parents.after : nullptr,
                                parents.before ? &*parents.before : nullptr};
    const AccessRule* rule = accessRuleFor(operation.entity);
    m_refusal = checkOperation(request, rule);
    QString error;
    OperationCheck::Settled settled;
    if (!m_refusal.isRefused()) {
        settled = OperationCheck::settle(*entity, *rule, request, m_records, m_records, {}, &error);
        if (!error.isEmpty())
            return DatabaseError(DatabaseError::Kind::Internal, error);
        m_refusal = settled.refusal;
    }
    if (m_refusal.isRefused()) {
        qCInfo(lcSync) << "refused" << operation.entity << operation.recordId
                       << "on this desktop:" << m_refusal.code << m_refusal.field;
        return DatabaseError(DatabaseError::Kind::Invalid, refusalText(operation.entity, m_refusal));
    }
    switch (operation.kind) {
    case Operation::Kind::Upsert: {
        QJsonObject values = operation.fields;
        for (auto it = settled.effect.constBegin(); it != settled.effect.constEnd(); ++it)
            values.insert(it.key(), it.value());
        return m_journal.upsert(operation.entity, operation.recordId, values);
    }
    case Operation::Kind::Delete:
        return m_journal.remove(operation.entity, operation.recordId);
    case Operation::Kind::Command:
        return m_journal.command(operation.entity, operation.recordId, operation.command, operation.arguments,
                                 settled.effect);
    }
    return {};
}

} // namespace xs
