#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/RecordIntegrity.h"

#include <QSqlDatabase>

namespace xs {

/// This desktop's synced tables as the shared operation checks read them (OperationCheck): the
/// records a type's rules and decisions look at, unique values and parents. It allocates no
/// codes: what only the hub hands out, the hub adds when the operation reaches it.
class LocalRecords final : public AuthorityStore, public RecordLookup
{
public:
    /// clock: today on this desktop (it must outlive this object).
    LocalRecords(QSqlDatabase database, const Clock& clock);

    std::optional<RecordState> find(const QString& entity, const QString& id) const override;
    QList<RecordState> liveWith(const QString& entity, const QString& field,
                                const QString& value) const override;
    QList<RecordState> live(const QString& entity) const override;
    QList<RecordState> liveFlagged(const QString& entity, const QString& booleanField) const override;
    const Clock& clock() const override { return m_clock; }
    bool allocatesCodes() const override { return false; }
    std::optional<qint64> nextCounter(const QString& name, QString* error) override;

    bool exists(const QString& entity, const QString& id) const override;
    bool taken(const QString& entity, const QString& field, const QJsonValue& value,
               const QString& exceptId) const override;

private:
    /// Live records of entity whose field (of the schema, never from outside) holds value; all of
    /// them with no field.
    QList<RecordState> liveWhere(const QString& entity, const QString& field, const QVariant& value) const;

    QSqlDatabase m_database;
    const Clock& m_clock;
    LocalRecordStore m_store;
};

} // namespace xs
