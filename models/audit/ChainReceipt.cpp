#include "models/audit/ChainReceipt.h"

#include "models/crypto/SigningKey.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

namespace xs {

namespace {

constexpr qint64 LargestExactInteger = qint64(1) << 53; // what a JSON number holds exactly

bool isHash(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

bool isDevice(const QString& text)
{
    // The same short, safe token the hub accepts as X-Device-Id.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return safe.match(text).hasMatch();
}

void appendField(QByteArray& message, const QByteArray& bytes)
{
    message.append(QByteArray::number(bytes.size())).append(':').append(bytes).append(',');
}

std::optional<QByteArray> base64Field(const QJsonObject& object, const QString& name, int size)
{
    const QJsonValue value = object.value(name);
    if (!value.isString() || value.toString().size() > 4 * size)
        return std::nullopt;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QJsonObject ChainHead::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("head"), hash}};
}

std::optional<ChainHead> ChainHead::fromJson(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    const QJsonValue hash = object.value(QStringLiteral("head"));
    const double number = seq.toDouble(-1);
    if (!value.isObject() || !seq.isDouble() || number < 1 || number > double(LargestExactInteger) ||
        number != double(qint64(number)) || !isHash(hash.toString())) {
        if (error)
            *error =
                QStringLiteral("\"chain\" must be {\"seq\": a whole number from 1, \"head\": 64 lowercase "
                               "hex digits}");
        return std::nullopt;
    }
    return ChainHead{qint64(number), hash.toString()};
}

QByteArray ChainReceipt::message() const
{
    QByteArray message("xiangshu-chain-receipt-v1:");
    for (const QByteArray& field : {device.toUtf8(), user.toUtf8(), QByteArray::number(head.seq),
                                    head.hash.toLatin1(), signedAt.toLatin1(), publicKey})
        appendField(message, field);
    return message;
}

bool ChainReceipt::isSignatureValid() const
{
    return SigningKey::verify(publicKey, message(), signature);
}

QJsonObject ChainReceipt::toJson() const
{
    return {{QStringLiteral("device"), device},
            {QStringLiteral("user"), user},
            {QStringLiteral("seq"), head.seq},
            {QStringLiteral("head"), head.hash},
            {QStringLiteral("signed_at"), signedAt},
            {QStringLiteral("key"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

std::optional<ChainReceipt> ChainReceipt::fromJson(const QJsonValue& value, QString* error)
{
    const QJsonObject object = value.toObject();
    ChainReceipt receipt;
    QString ignored;
    const std::optional<ChainHead> head = ChainHead::fromJson(object, &ignored);
    const std::optional<QByteArray> key =
        base64Field(object, QStringLiteral("key"), SigningKey::PublicKeySize);
    const std::optional<QByteArray> signature =
        base64Field(object, QStringLiteral("signature"), SigningKey::SignatureSize);
    receipt.device = object.value(QStringLiteral("device")).toString();
    receipt.user = object.value(QStringLiteral("user")).toString();
    receipt.signedAt = object.value(QStringLiteral("signed_at")).toString();
    const QDateTime at = QDateTime::fromString(receipt.signedAt, Qt::ISODateWithMs);
    if (!head || !key || !signature || !isDevice(receipt.device) || receipt.user.isEmpty() ||
        receipt.user.size() > 200 || receipt.signedAt.size() > 40 || !at.isValid()) {
        if (error)
            *error = QStringLiteral("the receipt is malformed");
        return std::nullopt;
    }
    receipt.head = *head;
    receipt.publicKey = *key;
    receipt.signature = *signature;
    return receipt;
}

} // namespace xs
