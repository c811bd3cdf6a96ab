#pragma once

#include <QJsonObject>
#include <QStringList>

namespace xs {

/// One side of a merge: a record's fields and whether it is deleted.
struct MergeSide
{
    QJsonObject fields;
    bool deleted = false;
};

/// Three-way merge, field by field, of a desktop's copy and the hub's copy against the base
/// (the last copy both agreed on). Edits to different fields merge by themselves; the same field
/// changed differently on both sides, or a delete on one side against an edit on the other, is a
/// conflict for a person to resolve. There is no last-writer-wins.
struct MergeResult
{
    MergeSide merged;              // without conflicts: the result; with them: local values kept
    QStringList conflictingFields; // sorted
    bool deleteConflict = false;   // one side deleted what the other edited

    bool hasConflict() const { return deleteConflict || !conflictingFields.isEmpty(); }
};

MergeResult threeWayMerge(const MergeSide& base, const MergeSide& local, const MergeSide& hub);

/// The fields of changed whose values differ from base (what an upsert must carry).
QJsonObject changedFields(const QJsonObject& base, const QJsonObject& changed);

} // namespace xs
