#pragma once

#include "hub/SqlDialect.h"
#include "models/common/Clock.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/SyncTypes.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace xs {

/// The hub's database: users, tokens, login failures, records, applied operations and the change
/// counter. The same schema and queries on SQLite (a file) and PostgreSQL (postgresql://...), with
/// the differences in SqlDialect. Keeps no state outside the database, so several hub processes
/// can share one PostgreSQL.
class HubStore
{
public:
    /// location: a file path (SQLite) or postgresql://user:password@host:port/name[?host=/socket/dir].
    /// clock: the hub's time, for every timestamp the store writes (it must outlive the store).
    static std::unique_ptr<HubStore> open(const QString& location, const Clock& clock, QString* error);
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    QSqlDatabase database() const;
    const Clock& clock() const { return m_clock; }
    const SqlDialect& dialect() const { return m_dialect; }

    bool beginWrite(QString* error);
    bool commit(QString* error);
    void rollback();

    /// Runs a statement with positional bindings; false and error on failure.
    bool exec(const QString& sql, const QVariantList& bindings, QString* error);

    struct User
    {
        QString name;
        QString passwordHash;
        Principal principal;
        QString uid; // random, never reused: a token names this, so a name added again is a new user
        bool disabled = false; // by an administrator: no login, no token works (HubUsers)
    };
    std::optional<User> user(const QString& name) const;
    std::optional<User> userByUid(const QString& uid) const;
    /// A fresh user id: 128 random bits, so no two users ever share one.
    static QString newUid();
    bool addUser(const QString& name, const QString& passwordHash, Role role, const QString& department,
                 QString* error);
    QList<User> users() const;

    /// The record as stored now (locked for update on PostgreSQL when inside a write).
    std::optional<RecordState> record(const QString& entity, const QString& id, bool forUpdate) const;
    bool writeRecord(const RecordState& record, QString* error);
    /// The next value of the change counter. Inside a write transaction; the row lock it takes on
    /// PostgreSQL is held until commit, so changes commit in counter order and a reader's cursor
    /// can never pass a change that commits later.
    std::optional<qint64> nextSequence(QString* error);
    /// A named counter of its own (e.g. registration codes of one year), from 1, inside a write.
    std::optional<qint64> nextCounterValue(const QString& name, QString* error);
    /// Whether a live record of the entity has this id.
    bool recordExists(const QString& entity, const QString& id) const;
    /// Whether another record of the entity (not exceptId; deleted ones too, as desktops keep their
    /// tombstones) holds this value in the field.
    bool valueTaken(const QString& entity, const QString& field, const QJsonValue& value,
                    const QString& exceptId) const;
    /// Every live record of one entity: for small reference entities (calendar years, rules).
    QList<RecordState> liveRecords(const QString& entity) const;
    /// The live records of one entity whose boolean field is true (found in the stored JSON text
    /// without parsing every record, the same way on SQLite and PostgreSQL).
    QList<RecordState> liveRecordsFlagged(const QString& entity, const QString& booleanField) const;
    /// The live records of one entity whose field holds this value (a parent's children).
    QList<RecordState> liveRecordsWith(const QString& entity, const QString& field,
                                       const QJsonValue& value) const;
    /// Records changed after cursor, in counter order; one more than limit tells "more".
    QList<RecordState> changesAfter(qint64 cursor, int limit, QString* error) const;
    /// The same, with each record's fields as the stored JSON text (for encoding pages as they are).
    QList<std::pair<RecordState, QByteArray>> changesAfterAsJson(qint64 cursor, int limit,
                                                                 QString* error) const;
    qint64 recordCount() const;

private:
    HubStore(SqlDialect dialect, QString connectionName, const Clock& clock);
    bool createSchema(QString* error);
    /// Brings a store made by an earlier version up to this one (inside createSchema's write).
    bool upgradeSchema(QString* error);
    bool hasColumn(const QString& table, const QString& column) const;
    /// Records whose field holds value; nullopt when the query failed.
    std::optional<QList<RecordState>> recordsHolding(const QString& entity, const QString& field,
                                                     const QJsonValue& value, bool withDeleted) const;

    SqlDialect m_dialect;
    QString m_connectionName;
    const Clock& m_clock;
};

} // namespace xs
