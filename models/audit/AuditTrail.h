#pragma once

#include "models/audit/ChainReceipt.h"
#include "models/storage/DatabaseError.h"

#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace xs {

/// One row of the audit trail: who did what to which record, when, and why.
struct AuditRecord
{
    enum class Origin
    {
        Local, // made on this desktop
        Hub,   // received from the hub
    };

    qint64 seq = 0; // set when appended
    QString at;     // ISO-8601 UTC with milliseconds
    QString actor;
    Origin origin = Origin::Local;
    QString entity;
    QString recordId;
    QString action; // create, update, delete, command, received
    QString field;  // the changed field, the command's name, or empty
    QString oldValue;
    QString newValue;
    QString reason;
    QString opId;
    QString previousHash;
    QString hash;

    /// A field value as the trail keeps it: text, numbers and booleans as text, null as null.
    static QString textOf(const QJsonValue& value);
};

/// The tamper-evident audit trail (审计记录). Rows are chained: each row's hash is
/// SHA-256(previous row's hash in hex ‖ canonical form of the row). The canonical form is every
/// column from `at` to `op_id` in table order, each written as "<UTF-8 byte length>:<bytes>," or
/// "~," for null or empty, so that no two different rows share a form and an outside tool can recompute it.
/// The first row's previous hash is 64 zeros.
class AuditTrail
{
public:
    /// table: the desktop's audit_log, or a table of the same columns (the hub keeps its own trail,
    /// hub_trail, chained the same way; hub/HubTrail).
    explicit AuditTrail(QSqlDatabase database, QString table = QStringLiteral("audit_log"));
    ~AuditTrail();
    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    /// Appends inside the caller's transaction, so the trail and the change commit together.
    DatabaseError append(const QList<AuditRecord>& records);

    struct Verdict
    {
        qint64 rows = 0;
        qint64 lastSeq = 0;        // the last row's seq (0: no rows)
        qint64 firstBrokenSeq = 0; // 0: the chain is intact
        QString problem;           // what is wrong at that row, in the user's language
        bool intact() const { return firstBrokenSeq == 0; }
    };
    /// The last row's seq and hash; nullopt for an empty trail (or on error, with *error set).
    std::optional<ChainHead> head(DatabaseError* error) const;

    /// Recomputes the chain from the first row; names the first row that does not fit.
    Verdict verify(DatabaseError* error) const;

    static QByteArray canonicalForm(const AuditRecord& record);
    static QString chainHash(const QString& previousHash, const AuditRecord& record);
    static QString genesisHash();

private:
    QSqlDatabase m_database;
    QString m_table;
    // Prepared once: an import appends to the trail for every entry it writes.
    std::unique_ptr<QSqlQuery> m_head;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace xs
