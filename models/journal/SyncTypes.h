#pragma once

#include "models/common/Message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// One record as the hub holds it: the bookkeeping every synced row carries, plus its fields.
struct RecordState
{
    QString entity;
    QString id;
    qint64 version = 0; // set by the hub; 0: the hub has not seen it
    bool deleted = false;
    QString updatedAt;
    QString updatedBy;
    QJsonObject fields;
    qint64 sequence = 0; // the hub's change counter when this state was written (pull cursor)

    bool operator==(const RecordState& other) const = default;
};

/// A change made on a desktop, on its way to the hub. op_id makes it idempotent: the hub applies
/// an op_id once and answers every retry with the first answer.
struct Operation
{
    enum class Kind
    {
        Upsert,  // the fields that changed
        Delete,  // a tombstone
        Command, // a workflow step, checked by the hub against state and role
    };

    QString opId;
    Kind kind = Kind::Upsert;
    QString entity;
    QString recordId;
    qint64 baseVersion = 0; // the hub version the change was made on
    QJsonObject fields;     // Upsert
    QString command;        // Command: e.g. "submit", "publish"
    QJsonObject arguments;  // Command: e.g. {"reason": "..."}

    /// A workflow step on a record: what every area's "give this command" sends.
    static Operation step(const QString& entity, const QString& recordId, const QString& command,
                          const QJsonObject& arguments)
    {
        Operation operation;
        operation.kind = Kind::Command;
        operation.entity = entity;
        operation.recordId = recordId;
        operation.command = command;
        operation.arguments = arguments;
        return operation;
    }

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
};

/// The hub's answer to one operation.
struct OperationResult
{
    enum class Status
    {
        Applied,  // version is the record's new version
        Conflict, // base_version is stale; hubRecord is the hub's copy to merge with
        Rejected, // reason says why (validation, permission, workflow); retrying will not help
    };

    QString opId;
    Status status = Status::Rejected;
    qint64 version = 0;
    std::optional<RecordState> hubRecord;
    QString reasonCode;
    Message reason = {};      // for people, translated where it is read (the hub has no language)
    QString reasonField = {}; // the field the reason is about, when there is one

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString& name);
};

/// A record received from the hub that this desktop could not store as it is: set aside with the
/// reason, shown in the sync area and reported to the hub, while every other change goes on.
struct QuarantinedRecord
{
    QString entity;
    QString recordId;
    qint64 version = 0;
    qint64 sequence = 0;
    QString reason;
    QByteArray payload; // the record as received (cut at 64 KiB), for whoever investigates
};

/// A page of changes after a cursor, in sequence order.
struct ChangePage
{
    QList<RecordState> changes;
    qint64 cursor = 0; // pass back as "after" for the next page
    bool more = false;
    QList<QuarantinedRecord> quarantined; // records of the page that could not be read
};

} // namespace xs
