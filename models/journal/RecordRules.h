#pragma once

#include "models/common/Message.h"
#include "models/journal/SyncTypes.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace xs {

/// A rule a record breaks, with the field to show the message beside. A warning allows the record
/// but tells the user (an agreement term above five years); anything else must be fixed first.
struct FieldProblem
{
    QString field;
    Message message;
    bool warning = false;

    bool operator==(const FieldProblem&) const = default;
};

/// The stored records a record type's rules may read besides the record itself (a data item's
/// entry, an entry's items): the hub's store.
class StoredRecords
{
public:
    virtual ~StoredRecords();
    /// The record of the entity with this id as stored (a deleted one too), if there is one.
    virtual std::optional<RecordState> find(const QString& entity, const QString& id) const = 0;
    /// Every live record of the entity whose field holds value.
    virtual QList<RecordState> liveWith(const QString& entity, const QString& field,
                                        const QString& value) const = 0;
};

/// What a record type's rules check: the record as an upsert would store it, the stored records
/// around it, and the operations after it in the same push (a desktop sends an entry before its
/// items, so the rules see the items as the push leaves them).
struct RuleInput
{
    const RecordState& next;
    const StoredRecords& stored;
    std::span<const Operation> later = {};
};

/// A record type's rules on what an upsert would store; empty when it keeps them all.
using RecordRulesCheck = QList<FieldProblem> (*)(const RuleInput& input);

} // namespace xs
