#include "models/crypto/PassphraseKdf.h"

#include "models/storage/DatabaseKey.h"

#include <argon2.h>

namespace xs {

namespace {
constexpr int SaltSize = 16;
constexpr quint32 MaximumMemoryKiB = 1024 * 1024; // 1 GiB
constexpr quint32 MaximumTimeCost = 64;
constexpr quint32 MaximumParallelism = 16;
} // namespace

QJsonObject PassphraseKdf::Parameters::toJson() const
{
    return {
        {QStringLiteral("algorithm"), QStringLiteral("argon2id")},
        {QStringLiteral("version"), 0x13},
        {QStringLiteral("time_cost"), qint64(timeCost)},
        {QStringLiteral("memory_kib"), qint64(memoryKiB)},
        {QStringLiteral("parallelism"), qint64(parallelism)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

std::optional<PassphraseKdf::Parameters> PassphraseKdf::Parameters::fromJson(const QJsonObject& object)
{
    if (object.value(QStringLiteral("algorithm")).toString() != QLatin1String("argon2id") ||
        object.value(QStringLiteral("version")).toInt() != 0x13)
        return std::nullopt;
    Parameters parameters;
    parameters.timeCost = quint32(object.value(QStringLiteral("time_cost")).toInteger());
    parameters.memoryKiB = quint32(object.value(QStringLiteral("memory_kib")).toInteger());
    parameters.parallelism = quint32(object.value(QStringLiteral("parallelism")).toInteger());
    parameters.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    if (!parameters.isSane())
        return std::nullopt;
    return parameters;
}

bool PassphraseKdf::Parameters::isSane() const
{
    return timeCost >= 1 && timeCost <= MaximumTimeCost && memoryKiB >= 8 * parallelism &&
           memoryKiB <= MaximumMemoryKiB && parallelism >= 1 && parallelism <= MaximumParallelism &&
           salt.size() >= 8 && salt.size() <= 64;
}

PassphraseKdf::Parameters PassphraseKdf::freshParameters()
{
    Parameters parameters;
    parameters.salt = secureRandomBytes(SaltSize);
    return parameters;
}

QByteArray PassphraseKdf::derive(const QByteArray& passphrase, const Parameters& parameters, int length)
{
    if (!parameters.isSane() || length < 16)
        return {};
    QByteArray output(length, Qt::Uninitialized);
    const int rc =
        argon2id_hash_raw(parameters.timeCost, parameters.memoryKiB, parameters.parallelism,
                          passphrase.constData(), size_t(passphrase.size()), parameters.salt.constData(),
                          size_t(parameters.salt.size()), output.data(), size_t(length));
    if (rc != ARGON2_OK)
        return {};
    return output;
}

} // namespace xs
