#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace xs {

/// Argon2id (RFC 9106) from libargon2, for the recovery passphrase and hub passwords. Memory-hard,
/// so a stolen recovery file or user table costs an attacker memory as well as time per guess.
class PassphraseKdf
{
public:
    struct Parameters
    {
        quint32 timeCost = 3;          // passes over memory
        quint32 memoryKiB = 64 * 1024; // 64 MiB
        quint32 parallelism = 1;
        QByteArray salt; // 16 random bytes

        QJsonObject toJson() const;
        static std::optional<Parameters> fromJson(const QJsonObject& object);
        /// Bounds that keep a hostile file from asking for terabytes of memory or hours of work.
        bool isSane() const;
    };

    /// Default parameters with a fresh random salt.
    static Parameters freshParameters();

    /// Derives length bytes from passphrase. Empty on failure (insane parameters, no memory).
    static QByteArray derive(const QByteArray& passphrase, const Parameters& parameters, int length = 32);
};

} // namespace xs
