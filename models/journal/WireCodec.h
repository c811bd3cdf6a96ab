#pragma once

#include "models/audit/ChainReceipt.h"
#include "models/journal/SyncTypes.h"

#include <QByteArray>
#include <QString>

namespace xs {

/// JSON encoding of the sync protocol (hub/PROTOCOL.md), shared by the desktop and the hub.
///
/// Decoding is strict: anything that is not exactly the expected shape, type and size is refused
/// with a reason, never half-read. Both sides decode what a possibly hostile peer sent, so this is
/// the code the wire fuzzer targets.
namespace WireCodec {

QJsonObject encodeRecord(const RecordState& record);
std::optional<RecordState> decodeRecord(const QJsonObject& object, QString* error);

QJsonObject encodeOperation(const Operation& operation);
std::optional<Operation> decodeOperation(const QJsonObject& object, QString* error);

/// chain: the desktop's audit trail head, for the hub to sign (hub/PROTOCOL.md, "Anchored chains").
QByteArray encodePush(const QList<Operation>& operations, const std::optional<ChainHead>& chain = {});
/// chain: where the push's "chain" goes; a push without one leaves it empty, a malformed one is refused.
std::optional<QList<Operation>> decodePush(const QByteArray& body, QString* error,
                                           std::optional<ChainHead>* chain = nullptr);

QJsonObject encodeResult(const OperationResult& result);
std::optional<OperationResult> decodeResult(const QJsonObject& object, QString* error);

QByteArray encodePushResponse(const QList<OperationResult>& results,
                              const std::optional<ChainReceipt>& receipt = {});
/// receipt: the hub's receipt, if the answer has one; a malformed one fails the whole answer.
std::optional<QList<OperationResult>> decodePushResponse(const QByteArray& body, QString* error,
                                                         std::optional<ChainReceipt>* receipt = nullptr);

QByteArray encodeChangePage(const ChangePage& page);
/// The same page, from records whose fields are already JSON text (as the hub stores them), so a
/// page of thousands of records is not parsed and serialised again on every pull.
QByteArray encodeChangePage(const QList<std::pair<RecordState, QByteArray>>& recordsAndFieldsJson,
                            qint64 cursor, bool more);
std::optional<ChangePage> decodeChangePage(const QByteArray& body, QString* error);

/// {"error": {"code": ..., "message": ...}}
QByteArray encodeError(const QString& code, const QString& message);
/// The message of an error body, or empty if the body is not one.
QString decodeErrorMessage(const QByteArray& body, QString* code = nullptr);

} // namespace WireCodec

} // namespace xs
