#include "models/journal/ThreeWayMerge.h"

#include <QSet>

namespace xs {

QJsonObject changedFields(const QJsonObject& base, const QJsonObject& changed)
{
    QJsonObject difference;
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        if (base.value(it.key()) != it.value())
            difference.insert(it.key(), it.value());
    }
    return difference;
}

MergeResult threeWayMerge(const MergeSide& base, const MergeSide& local, const MergeSide& hub)
{
    MergeResult result;
    const bool localEdited = !local.deleted && !changedFields(base.fields, local.fields).isEmpty();
    const bool hubEdited = !hub.deleted && !changedFields(base.fields, hub.fields).isEmpty();

    if (local.deleted || hub.deleted) {
        // Deleted on both sides agrees; deleted on one side wins only if the other did not edit.
        const bool conflict =
            (local.deleted && !hub.deleted && hubEdited) || (hub.deleted && !local.deleted && localEdited);
        result.deleteConflict = conflict;
        result.merged = conflict ? local : MergeSide{local.deleted ? local.fields : hub.fields, true};
        return result;
    }

    QSet<QString> keys;
    for (const QJsonObject* side : {&base.fields, &local.fields, &hub.fields}) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it)
            keys.insert(it.key());
    }
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue baseValue = base.fields.value(key);
        const QJsonValue localValue = local.fields.value(key);
        const QJsonValue hubValue = hub.fields.value(key);
        if (localValue == hubValue || hubValue == baseValue) {
            result.merged.fields.insert(key, localValue);
        } else if (localValue == baseValue) {
            result.merged.fields.insert(key, hubValue);
        } else {
            result.merged.fields.insert(key, localValue);
            result.conflictingFields.append(key);
        }
    }
    // Keys absent on both resulting sides come back as undefined: drop them.
    for (const QString& key : std::as_const(keys)) {
        if (result.merged.fields.value(key).isUndefined())
            result.merged.fields.remove(key);
    }
    result.conflictingFields.sort();
    return result;
}

} // namespace xs
