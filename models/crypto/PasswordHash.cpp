#include "models/crypto/PasswordHash.h"

#include "models/crypto/PassphraseKdf.h"

#include <argon2.h>
#include <vector>

namespace xs::PasswordHash {

QString hash(const QByteArray& password)
{
    const PassphraseKdf::Parameters parameters = PassphraseKdf::freshParameters();
    constexpr size_t HashLength = 32;
    const size_t encodedLength =
        argon2_encodedlen(parameters.timeCost, parameters.memoryKiB, parameters.parallelism,
                          uint32_t(parameters.salt.size()), HashLength, Argon2_id);
    std::vector<char> encoded(encodedLength);
    const int rc =
        argon2id_hash_encoded(parameters.timeCost, parameters.memoryKiB, parameters.parallelism,
                              password.constData(), size_t(password.size()), parameters.salt.constData(),
                              size_t(parameters.salt.size()), HashLength, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.data());
}

bool verify(const QString& encoded, const QByteArray& password)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray text = encoded.toLatin1();
    return argon2id_verify(text.constData(), password.constData(), size_t(password.size())) == ARGON2_OK;
}

QString decoy()
{
    static const QString decoyHash = hash("a password nobody has"); // computed once, verifies nothing
    return decoyHash;
}

} // namespace xs::PasswordHash
