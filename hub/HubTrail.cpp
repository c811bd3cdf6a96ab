#include "hub/HubTrail.h"

#include "hub/HubStore.h"
#include "models/journal/SyncTypes.h"

#include <pwd.h>
#include <unistd.h>

namespace xs {

namespace {

const QString Table = QStringLiteral("hub_trail");

QString operationKind(const Operation& operation)
{
    switch (operation.kind) {
    case Operation::Kind::Upsert:
        return QStringLiteral("upsert");
    case Operation::Kind::Delete:
        return QStringLiteral("delete");
    case Operation::Kind::Command:
        return QStringLiteral("command:") + operation.command;
    }
    return {};
}

} // namespace

HubTrail::HubTrail(HubStore& store)
    : m_store(store)
{}

QString HubTrail::createStatement(const QString& autoIncrementKey)
{
    return QStringLiteral(
               "CREATE TABLE IF NOT EXISTS %1 (seq %2, at TEXT NOT NULL, actor TEXT NOT NULL, origin TEXT "
               "NOT NULL, entity TEXT NOT NULL, record_id TEXT NOT NULL, action TEXT NOT NULL, field TEXT, "
               "old_value TEXT, new_value TEXT, reason TEXT, op_id TEXT, prev_hash TEXT NOT NULL, hash "
               "TEXT NOT NULL)")
        .arg(Table, autoIncrementKey);
}

bool HubTrail::append(AuditRecord record, QString* error)
{
    // The lock: held until the caller commits, so the next appender reads this row as the head.
    if (!m_store.nextCounterValue(QStringLiteral("trail"), error))
        return false;
    if (record.at.isEmpty())
        record.at = m_store.clock().timestamp();
    record.origin = AuditRecord::Origin::Hub;
    // NOT NULL columns: an event about no record in particular stores an empty text (the chain's
    // canonical form reads empty and null alike).
    for (QString* required : {&record.actor, &record.entity, &record.recordId, &record.action}) {
        if (required->isNull())
            *required = QString(QLatin1String(""));
    }
    if (const DatabaseError failed = AuditTrail(m_store.database(), Table).append({record});
        failed.isError()) {
        *error = failed.fullText();
        return false;
    }
    return true;
}

bool HubTrail::appendAlone(const AuditRecord& record, QString* error)
{
    if (!m_store.beginWrite(error))
        return false;
    if (!append(record, error) || !m_store.commit(error)) {
        m_store.rollback();
        return false;
    }
    return true;
}

AuditRecord HubTrail::forOperation(const QString& user, const Operation& operation,
                                   const OperationResult& result)
{
    AuditRecord record;
    record.actor = user;
    record.entity = operation.entity;
    record.recordId = operation.recordId;
    record.action = OperationResult::statusName(result.status);
    record.field = operationKind(operation);
    if (result.status == OperationResult::Status::Applied)
        record.newValue = QString::number(result.version);
    else
        record.reason = (result.reasonCode + QLatin1Char(' ') + result.reasonField).trimmed() +
                        QStringLiteral(": ") + result.reason.sourceText();
    record.opId = operation.opId;
    return record;
}

AuditRecord HubTrail::event(const QString& actor, const QString& action, const QString& entity,
                            const QString& recordId, const QString& detail)
{
    AuditRecord record;
    record.actor = actor;
    record.action = action;
    record.entity = entity;
    record.recordId = recordId;
    record.newValue = detail;
    return record;
}

QString HubTrail::commandActor()
{
    const passwd* account = ::getpwuid(::geteuid());
    return QStringLiteral("xiangshu-hub(%1)")
        .arg(account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid()));
}

AuditTrail::Verdict HubTrail::verify(QString* error) const
{
    DatabaseError failed;
    const AuditTrail::Verdict verdict = AuditTrail(m_store.database(), Table).verify(&failed);
    if (failed.isError())
        *error = failed.fullText();
    return verdict;
}

} // namespace xs
