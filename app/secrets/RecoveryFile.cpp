#include "app/secrets/RecoveryFile.h"

#include "models/storage/DurableFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xs {

namespace {

constexpr char Format[] = "xiangshu-recovery";
constexpr int FormatVersion = 1;
constexpr qint64 MaximumFileSize = 64 * 1024; // a few keys; anything larger is not ours
constexpr int MaximumKeys = 8;

QString stateName(RecoveryFile::State state)
{
    return state == RecoveryFile::State::Pending ? QStringLiteral("pending") : QStringLiteral("current");
}

} // namespace

QString RecoveryFile::pathFor(const QString& databasePath)
{
    return databasePath + QLatin1String(".recovery");
}

RecoveryFile::RecoveryFile(QString databaseId)
    : m_databaseId(std::move(databaseId))
{}

RecoveryFile RecoveryFile::load(const QString& path, LoadStatus* status)
{
    QFile file(path);
    if (!file.exists()) {
        *status = LoadStatus::Missing;
        return RecoveryFile();
    }
    *status = LoadStatus::Damaged;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaximumFileSize)
        return RecoveryFile();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(Format) ||
        root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return RecoveryFile();

    RecoveryFile recovery(root.value(QStringLiteral("database_id")).toString());
    const QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    if (recovery.m_databaseId.isEmpty() || keys.isEmpty() || keys.size() > MaximumKeys)
        return RecoveryFile();
    for (const QJsonValue& value : keys) {
        const QJsonObject object = value.toObject();
        const std::optional<PassphraseKdf::Parameters> kdf =
            PassphraseKdf::Parameters::fromJson(object.value(QStringLiteral("kdf")).toObject());
        WrappedKey key;
        key.state = object.value(QStringLiteral("state")).toString() == QLatin1String("pending")
                        ? State::Pending
                        : State::Current;
        key.keyCheck = object.value(QStringLiteral("key_check")).toString().toLatin1();
        key.sealed.nonce =
            QByteArray::fromBase64(object.value(QStringLiteral("nonce")).toString().toLatin1());
        key.sealed.ciphertext =
            QByteArray::fromBase64(object.value(QStringLiteral("wrapped_key")).toString().toLatin1());
        if (!kdf || key.keyCheck.size() != 64 || key.sealed.nonce.size() != AeadCipher::NonceSize ||
            key.sealed.ciphertext.size() != DatabaseKey::Size + AeadCipher::TagSize)
            return RecoveryFile();
        key.kdf = *kdf;
        recovery.m_keys.append(key);
    }
    *status = LoadStatus::Ok;
    return recovery;
}

DatabaseError RecoveryFile::save(const QString& path) const
{
    QJsonArray keys;
    for (const WrappedKey& key : m_keys) {
        keys.append(QJsonObject{
            {QStringLiteral("state"), stateName(key.state)},
            {QStringLiteral("key_check"), QString::fromLatin1(key.keyCheck)},
            {QStringLiteral("kdf"), key.kdf.toJson()},
            {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
            {QStringLiteral("nonce"), QString::fromLatin1(key.sealed.nonce.toBase64())},
            {QStringLiteral("wrapped_key"), QString::fromLatin1(key.sealed.ciphertext.toBase64())},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("database_id"), m_databaseId},
        {QStringLiteral("note"),
         QStringLiteral("Recovery file for a Xiangshu Workbench database. Keep it with the "
                        "database and its backups; it is useless without the passphrase.")},
        {QStringLiteral("keys"), keys},
    };
    return DurableFile::writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QByteArrayList RecoveryFile::keyChecks() const
{
    QByteArrayList checks;
    for (const WrappedKey& key : m_keys)
        checks.append(key.keyCheck);
    return checks;
}

bool RecoveryFile::contains(const DatabaseKey& key) const
{
    return keyChecks().contains(key.checkValue());
}

QByteArray RecoveryFile::associatedData(const QByteArray& keyCheck) const
{
    // Binds each wrapped key to this database and to its check value: an entry copied from
    // another file, or a check value swapped by hand, fails to unwrap.
    return "xiangshu-recovery/v1\n" + m_databaseId.toLatin1() + '\n' + keyCheck;
}

void RecoveryFile::addKey(const DatabaseKey& key, const QByteArray& passphrase, State state)
{
    WrappedKey wrapped;
    wrapped.state = state;
    wrapped.keyCheck = key.checkValue();
    wrapped.kdf = PassphraseKdf::freshParameters();
    const QByteArray wrappingKey = PassphraseKdf::derive(passphrase, wrapped.kdf, AeadCipher::KeySize);
    wrapped.sealed = AeadCipher::seal(wrappingKey, key.bytes(), associatedData(wrapped.keyCheck));
    m_keys.removeIf([&](const WrappedKey& existing) { return existing.keyCheck == wrapped.keyCheck; });
    m_keys.append(wrapped);
}

QList<DatabaseKey> RecoveryFile::unwrap(const QByteArray& passphrase) const
{
    QList<DatabaseKey> current;
    QList<DatabaseKey> pending;
    for (const WrappedKey& wrapped : m_keys) {
        const QByteArray wrappingKey = PassphraseKdf::derive(passphrase, wrapped.kdf, AeadCipher::KeySize);
        const std::optional<QByteArray> bytes =
            AeadCipher::open(wrappingKey, wrapped.sealed, associatedData(wrapped.keyCheck));
        if (!bytes)
            continue;
        const DatabaseKey key = DatabaseKey::fromBytes(*bytes);
        if (!key.isValid() || key.checkValue() != wrapped.keyCheck)
            continue;
        (wrapped.state == State::Current ? current : pending).append(key);
    }
    return current + pending;
}

void RecoveryFile::keepOnly(const DatabaseKey& key)
{
    const QByteArray check = key.checkValue();
    m_keys.removeIf([&](const WrappedKey& wrapped) { return wrapped.keyCheck != check; });
    for (WrappedKey& wrapped : m_keys)
        wrapped.state = State::Current;
}

} // namespace xs
