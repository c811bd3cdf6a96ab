#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"

#include <optional>
#include <span>

namespace xs {

class RecordLookup;

/// What the hub and a desktop both run for one operation on a synced record, in the same order,
/// so that a desktop refuses at once what the hub would refuse later:
///  1. the access check: who may do it, and the type's own check (checkOperation);
///  2. (on the hub: the version check)
///  3. settle: what the hub alone decides with it (AccessRule::decide), the record as it would be
///     stored, the field definitions, unique values and parents (RecordIntegrity), and the type's
///     rules (AccessRule::rules).
namespace OperationCheck {

/// The record the operation's record belongs to (EntitySchema::ownerField), after the operation
/// and as it is now. Rights are checked on both (see checkOperation).
struct Parents
{
    std::optional<RecordState> after;
    std::optional<RecordState> before;
};
Parents parentsOf(const EntitySchema* entity, const Operation& operation, const RecordState* current,
                  const StoredRecords& stored);

/// The operation once settled: refused, or the record as it would be stored and what the
/// decision wrote besides the operation's own fields.
struct Settled
{
    Refusal refusal;
    RecordState next;
    QJsonObject effect;
    bool isRefused() const { return refusal.isRefused(); }
};

/// Step 3, for an operation the access check allowed. A store failure sets *error (and nothing
/// is decided).
Settled settle(const EntitySchema& entity, const AccessRule& rule, const AccessRequest& request,
               AuthorityStore& authority, const RecordLookup& lookup, std::span<const Operation> later,
               QString* error);

} // namespace OperationCheck

} // namespace xs
