#pragma once

#include "models/common/Message.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/SyncTypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace xs {

/// Where a check finds other records: the hub's store or a desktop's tables.
class RecordLookup
{
public:
    virtual ~RecordLookup();
    /// Whether a live record of the entity has this id.
    virtual bool exists(const QString& entity, const QString& id) const = 0;
    /// Whether another live record of the entity (not exceptId) holds this value in the field.
    virtual bool taken(const QString& entity, const QString& field, const QJsonValue& value,
                       const QString& exceptId) const = 0;
};

/// Why a record may not be stored as it is: the field, a stable code and the words for people.
struct IntegrityProblem
{
    QString field;
    QString code; // "invalid", "duplicate", "missing_parent"
    Message message;
};

/// What every stored copy of a record must hold so that every desktop can apply it: the hub checks
/// it before it stores anything (an operation's fields and every effect of a step), and a desktop
/// checks what it receives, setting aside (quarantining) what it could not store instead of
/// stopping its sync.
namespace RecordIntegrity {

/// Known names, types, lengths, required fields and allowed values of the whole record.
std::optional<IntegrityProblem> checkFields(const EntitySchema& entity, const QJsonObject& fields);
/// checkFields, and through lookup: unique values, and (withParents) parents that exist.
std::optional<IntegrityProblem> check(const EntitySchema& entity, const RecordState& record,
                                      const RecordLookup& lookup, bool withParents);

} // namespace RecordIntegrity

} // namespace xs
