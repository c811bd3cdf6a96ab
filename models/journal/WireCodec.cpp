#include "models/journal/WireCodec.h"

#include "models/journal/EntitySchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xs {

QString Operation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Upsert:
        return QStringLiteral("upsert");
    case Kind::Delete:
        return QStringLiteral("delete");
    case Kind::Command:
        return QStringLiteral("command");
    }
    return {};
}

std::optional<Operation::Kind> Operation::kindFromName(const QString& name)
{
    if (name == QLatin1String("upsert"))
        return Kind::Upsert;
    if (name == QLatin1String("delete"))
        return Kind::Delete;
    if (name == QLatin1String("command"))
        return Kind::Command;
    return std::nullopt;
}

QString OperationResult::statusName(Status status)
{
    switch (status) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Conflict:
        return QStringLiteral("conflict");
    case Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<OperationResult::Status> OperationResult::statusFromName(const QString& name)
{
    if (name == QLatin1String("applied"))
        return Status::Applied;
    if (name == QLatin1String("conflict"))
        return Status::Conflict;
    if (name == QLatin1String("rejected"))
        return Status::Rejected;
    return std::nullopt;
}

namespace WireCodec {

namespace {

// Ids are UUIDs in practice; the check only keeps out what could hurt (size, control characters).
bool isAcceptableId(const QString& id)
{
    if (id.isEmpty() || id.size() > WireLimits::MaxIdLength)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
               u == '.' || u == ':' || u == '-';
    });
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

/// A string member that must be present and non-empty.
bool readString(const QJsonObject& object, const char* key, QString* out, QString* error, int maxLength = 256)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty() || value.toString().size() > maxLength)
        return fail(error, QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key)));
    *out = value.toString();
    return true;
}

/// An integer member that must be present and within [0, 2^53].
bool readCount(const QJsonObject& object, const char* key, qint64* out, QString* error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    constexpr double Largest = 9007199254740992.0; // exactly representable in a JSON number
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > Largest ||
        value.toDouble() != double(value.toInteger()))
        return fail(error, QStringLiteral("\"%1\" must be a non-negative integer").arg(QLatin1String(key)));
    *out = value.toInteger();
    return true;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error)
{
    if (body.size() > WireLimits::MaxBodyBytes) {
        fail(error, QStringLiteral("the body is larger than %1 bytes").arg(WireLimits::MaxBodyBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        fail(error, QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QJsonObject encodeRecord(const RecordState& record)
{
    return {
        {QStringLiteral("entity"), record.entity},        {QStringLiteral("id"), record.id},
        {QStringLiteral("version"), record.version},      {QStringLiteral("deleted"), record.deleted},
        {QStringLiteral("updated_at"), record.updatedAt}, {QStringLiteral("updated_by"), record.updatedBy},
        {QStringLiteral("fields"), record.fields},        {QStringLiteral("seq"), record.sequence}};
}

std::optional<RecordState> decodeRecord(const QJsonObject& object, QString* error)
{
    RecordState record;
    if (!readString(object, "entity", &record.entity, error) ||
        !readString(object, "id", &record.id, error) ||
        !readCount(object, "version", &record.version, error) ||
        !readCount(object, "seq", &record.sequence, error))
        return std::nullopt;
    const EntitySchema* entity = findEntity(record.entity);
    if (!entity) {
        fail(error, QStringLiteral("unknown entity \"%1\"").arg(record.entity));
        return std::nullopt;
    }
    if (!isAcceptableId(record.id)) {
        fail(error, QStringLiteral("malformed record id"));
        return std::nullopt;
    }
    const QJsonValue deleted = object.value(QStringLiteral("deleted"));
    const QJsonValue fields = object.value(QStringLiteral("fields"));
    if (!deleted.isBool() || !fields.isObject() || !object.value(QStringLiteral("updated_at")).isString() ||
        !object.value(QStringLiteral("updated_by")).isString()) {
        fail(error, QStringLiteral("a record needs deleted, fields, updated_at and updated_by"));
        return std::nullopt;
    }
    record.deleted = deleted.toBool();
    record.updatedAt = object.value(QStringLiteral("updated_at")).toString().left(64);
    record.updatedBy = object.value(QStringLiteral("updated_by")).toString().left(128);
    record.fields = fields.toObject();
    // A field this program does not know comes from a newer hub (a field added since this version,
    // as 来源信息系统 was): the record is kept without it, as this version's tables hold it.
    // Refusing it would set aside every record of the type until the desktop is updated, and
    // field auditors update late. Pushes stay strict: the hub refuses a field it does not know.
    for (const QString& name : record.fields.keys()) {
        if (!entity->field(name))
            record.fields.remove(name);
    }
    if (const QString problem = entity->validate(record.fields); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    return record;
}

QJsonObject encodeOperation(const Operation& operation)
{
    QJsonObject object{{QStringLiteral("op_id"), operation.opId},
                       {QStringLiteral("kind"), Operation::kindName(operation.kind)},
                       {QStringLiteral("entity"), operation.entity},
                       {QStringLiteral("id"), operation.recordId},
                       {QStringLiteral("base_version"), operation.baseVersion}};
    if (operation.kind == Operation::Kind::Upsert)
        object.insert(QStringLiteral("fields"), operation.fields);
    if (operation.kind == Operation::Kind::Command) {
        object.insert(QStringLiteral("command"), operation.command);
        object.insert(QStringLiteral("arguments"), operation.arguments);
    }
    return object;
}

std::optional<Operation> decodeOperation(const QJsonObject& object, QString* error)
{
    Operation operation;
    QString kind;
    if (!readString(object, "op_id", &operation.opId, error, WireLimits::MaxIdLength) ||
        !readString(object, "kind", &kind, error) ||
        !readString(object, "entity", &operation.entity, error) ||
        !readString(object, "id", &operation.recordId, error, WireLimits::MaxIdLength) ||
        !readCount(object, "base_version", &operation.baseVersion, error))
        return std::nullopt;
    const std::optional<Operation::Kind> parsedKind = Operation::kindFromName(kind);
    if (!parsedKind) {
        fail(error, QStringLiteral("unknown operation kind \"%1\"").arg(kind.left(32)));
        return std::nullopt;
    }
    operation.kind = *parsedKind;
    if (!isAcceptableId(operation.opId) || !isAcceptableId(operation.recordId)) {
        fail(error, QStringLiteral("malformed op_id or record id"));
        return std::nullopt;
    }
    const EntitySchema* entity = findEntity(operation.entity);
    if (!entity) {
        fail(error, QStringLiteral("unknown entity \"%1\"").arg(operation.entity.left(64)));
        return std::nullopt;
    }
    if (operation.kind == Operation::Kind::Upsert) {
        const QJsonValue fields = object.value(QStringLiteral("fields"));
        if (!fields.isObject()) {
            fail(error, QStringLiteral("an upsert needs \"fields\""));
            return std::nullopt;
        }
        operation.fields = fields.toObject();
        if (const QString problem = entity->validate(operation.fields); !problem.isEmpty()) {
            fail(error, problem);
            return std::nullopt;
        }
    }
    if (operation.kind == Operation::Kind::Command) {
        const QJsonValue arguments = object.value(QStringLiteral("arguments"));
        if (!readString(object, "command", &operation.command, error, 64) ||
            !(arguments.isObject() || arguments.isUndefined())) {
            fail(error, QStringLiteral("a command needs \"command\" and an object of \"arguments\""));
            return std::nullopt;
        }
        operation.arguments = arguments.toObject();
        for (auto it = operation.arguments.constBegin(); it != operation.arguments.constEnd(); ++it) {
            if (!it.value().isString() || it.value().toString().size() > WireLimits::MaxTextLength) {
                fail(error, QStringLiteral("command arguments must be strings"));
                return std::nullopt;
            }
        }
    }
    return operation;
}

QByteArray encodePush(const QList<Operation>& operations, const std::optional<ChainHead>& chain)
{
    QJsonArray array;
    for (const Operation& operation : operations)
        array.append(encodeOperation(operation));
    QJsonObject object{{QStringLiteral("ops"), array}};
    if (chain)
        object.insert(QStringLiteral("chain"), chain->toJson());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QList<Operation>> decodePush(const QByteArray& body, QString* error,
                                           std::optional<ChainHead>* chain)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (object->contains(QStringLiteral("chain"))) {
        const std::optional<ChainHead> head =
            ChainHead::fromJson(object->value(QStringLiteral("chain")), error);
        if (!head)
            return std::nullopt;
        if (chain)
            *chain = head;
    }
    const QJsonValue ops = object->value(QStringLiteral("ops"));
    if (!ops.isArray() || ops.toArray().isEmpty() ||
        ops.toArray().size() > WireLimits::MaxOperationsPerPush) {
        fail(error, QStringLiteral("\"ops\" must be an array of 1 to %1 operations")
                        .arg(WireLimits::MaxOperationsPerPush));
        return std::nullopt;
    }
    QList<Operation> operations;
    for (const QJsonValue& value : ops.toArray()) {
        if (!value.isObject()) {
            fail(error, QStringLiteral("every operation must be an object"));
            return std::nullopt;
        }
        std::optional<Operation> operation = decodeOperation(value.toObject(), error);
        if (!operation)
            return std::nullopt;
        operations.append(*operation);
    }
    return operations;
}

QJsonObject encodeResult(const OperationResult& result)
{
    QJsonObject object{{QStringLiteral("op_id"), result.opId},
                       {QStringLiteral("status"), OperationResult::statusName(result.status)},
                       {QStringLiteral("version"), result.version}};
    if (result.hubRecord)
        object.insert(QStringLiteral("record"), encodeRecord(*result.hubRecord));
    if (!result.reasonCode.isEmpty())
        object.insert(QStringLiteral("reason_code"), result.reasonCode);
    if (!result.reason.isEmpty()) {
        // "reason" in English for older desktops and for people reading the wire; the message
        // itself, for the desktop to show in its user's language.
        object.insert(QStringLiteral("reason"), result.reason.sourceText());
        object.insert(QStringLiteral("reason_message"), result.reason.toJson());
    }
    if (!result.reasonField.isEmpty())
        object.insert(QStringLiteral("reason_field"), result.reasonField);
    return object;
}

std::optional<OperationResult> decodeResult(const QJsonObject& object, QString* error)
{
    OperationResult result;
    QString status;
    if (!readString(object, "op_id", &result.opId, error, WireLimits::MaxIdLength) ||
        !readString(object, "status", &status, error) ||
        !readCount(object, "version", &result.version, error))
        return std::nullopt;
    const std::optional<OperationResult::Status> parsed = OperationResult::statusFromName(status);
    if (!parsed) {
        fail(error, QStringLiteral("unknown result status"));
        return std::nullopt;
    }
    result.status = *parsed;
    if (object.contains(QStringLiteral("record"))) {
        result.hubRecord = decodeRecord(object.value(QStringLiteral("record")).toObject(), error);
        if (!result.hubRecord)
            return std::nullopt;
    }
    if (result.status == OperationResult::Status::Conflict && !result.hubRecord) {
        fail(error, QStringLiteral("a conflict must carry the hub's record"));
        return std::nullopt;
    }
    result.reasonCode = object.value(QStringLiteral("reason_code")).toString().left(64);
    // A message this desktop cannot read (an older or hostile hub) falls back to the plain text.
    const std::optional<Message> message =
        Message::fromJson(object.value(QStringLiteral("reason_message")).toObject());
    result.reason =
        message
            ? *message
            : Message::plain(object.value(QStringLiteral("reason")).toString().left(Message::MaxTextLength));
    result.reasonField =
        object.value(QStringLiteral("reason_field")).toString().left(WireLimits::MaxIdLength);
    return result;
}

QByteArray encodePushResponse(const QList<OperationResult>& results,
                              const std::optional<ChainReceipt>& receipt)
{
    QJsonArray array;
    for (const OperationResult& result : results)
        array.append(encodeResult(result));
    QJsonObject object{{QStringLiteral("results"), array}};
    if (receipt)
        object.insert(QStringLiteral("receipt"), receipt->toJson());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QList<OperationResult>> decodePushResponse(const QByteArray& body, QString* error,
                                                         std::optional<ChainReceipt>* receipt)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    if (object->contains(QStringLiteral("receipt"))) {
        const std::optional<ChainReceipt> decoded =
            ChainReceipt::fromJson(object->value(QStringLiteral("receipt")), error);
        if (!decoded)
            return std::nullopt;
        if (receipt)
            *receipt = decoded;
    }
    const QJsonValue results = object->value(QStringLiteral("results"));
    if (!results.isArray() || results.toArray().size() > WireLimits::MaxOperationsPerPush) {
        fail(error, QStringLiteral("\"results\" must be an array"));
        return std::nullopt;
    }
    QList<OperationResult> decoded;
    for (const QJsonValue& value : results.toArray()) {
        std::optional<OperationResult> result = decodeResult(value.toObject(), error);
        if (!result)
            return std::nullopt;
        decoded.append(*result);
    }
    return decoded;
}

QByteArray encodeChangePage(const ChangePage& page)
{
    QJsonArray changes;
    for (const RecordState& record : page.changes)
        changes.append(encodeRecord(record));
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                     {QStringLiteral("cursor"), page.cursor},
                                     {QStringLiteral("more"), page.more}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeChangePage(const QList<std::pair<RecordState, QByteArray>>& recordsAndFieldsJson,
                            qint64 cursor, bool more)
{
    QByteArray body = "{\"changes\":[";
    body.reserve(recordsAndFieldsJson.size() * 600 + 64);
    bool first = true;
    for (const auto& [record, fieldsJson] : recordsAndFieldsJson) {
        QJsonObject bookkeeping = encodeRecord(record);
        bookkeeping.remove(QStringLiteral("fields"));
        QByteArray object = QJsonDocument(bookkeeping).toJson(QJsonDocument::Compact);
        object.chop(1); // the closing brace; the fields go in before it
        if (!first)
            body += ',';
        body += object + ",\"fields\":" + fieldsJson + '}';
        first = false;
    }
    body += "],\"cursor\":" + QByteArray::number(cursor) + ",\"more\":" + (more ? "true" : "false") + '}';
    return body;
}

std::optional<ChangePage> decodeChangePage(const QByteArray& body, QString* error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    ChangePage page;
    const QJsonValue changes = object->value(QStringLiteral("changes"));
    if (!changes.isArray() || changes.toArray().size() > WireLimits::MaxPageSize ||
        !object->value(QStringLiteral("more")).isBool() ||
        !readCount(*object, "cursor", &page.cursor, error)) {
        fail(error, QStringLiteral("a change page needs changes, cursor and more"));
        return std::nullopt;
    }
    page.more = object->value(QStringLiteral("more")).toBool();
    // One record a desktop cannot read (too long, of the wrong type, of an unknown kind) is set
    // aside, not a reason to refuse the page: a single bad record must not stop every desktop.
    for (const QJsonValue& value : changes.toArray()) {
        QString problem;
        std::optional<RecordState> record = decodeRecord(value.toObject(), &problem);
        if (record) {
            page.changes.append(*record);
            continue;
        }
        const QJsonObject raw = value.toObject();
        page.quarantined.append({raw.value(QStringLiteral("entity")).toString().left(64),
                                 raw.value(QStringLiteral("id")).toString().left(64),
                                 raw.value(QStringLiteral("version")).toInteger(),
                                 raw.value(QStringLiteral("seq")).toInteger(), problem,
                                 QJsonDocument(raw).toJson(QJsonDocument::Compact).left(64 * 1024)});
    }
    return page;
}

QByteArray encodeError(const QString& code, const QString& message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                 {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

QString decodeErrorMessage(const QByteArray& body, QString* code)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    if (code)
        *code = error.value(QStringLiteral("code")).toString().left(64);
    return error.value(QStringLiteral("message")).toString().left(2000);
}

} // namespace WireCodec

} // namespace xs
