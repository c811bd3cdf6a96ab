// xiangshu-cli init, info, unlock-check and verify.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"
#include "app/sync/HubConnection.h"
#include "models/audit/AuditTrail.h"
#include "models/audit/ChainAnchors.h"
#include "models/crypto/SigningKey.h"
#include "models/journal/SyncLedger.h"
#include "models/storage/DatabaseVerifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>

#include <limits>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::DatabaseCommands)
};

/// Checks a passphrase chosen by a person; generated recovery codes always pass.
bool acceptablePassphrase(CliContext& context, const QString& passphrase, ExitCode* exitCode)
{
    if (passphrase.trimmed().size() >= RecoveryCode::MinimumPassphraseLength)
        return true;
    *exitCode =
        context.fail(ExitCode::Validation,
                     Text::tr("The recovery passphrase must be at least %1 characters long; nothing was "
                              "written.")
                         .arg(RecoveryCode::MinimumPassphraseLength),
                     QStringLiteral("weak_passphrase"));
    return false;
}

} // namespace

ExitCode runInit(CliContext& context)
{
    const QString path = QFileInfo(context.databasePath()).absoluteFilePath();
    const QString recoveryPath = RecoveryFile::pathFor(path);
    // Checked before asking for anything, so the message names the file in the way.
    if (QFileInfo::exists(path) || QFileInfo::exists(recoveryPath)) {
        const QString existing = QFileInfo::exists(path) ? path : recoveryPath;
        return context.fail(
            ExitCode::Failure,
            Text::tr("%1 already exists; init never overwrites a file. Choose another --database "
                     "or move the file away.")
                .arg(existing),
            QStringLiteral("already_exists"));
    }
    ExitCode exitCode = ExitCode::Success;
    const std::optional<QString> chosen = context.passphraseFromFile(QStringLiteral("passphrase-file"));
    if (!chosen)
        return ExitCode::Usage;
    if (!chosen->isEmpty() && !acceptablePassphrase(context, *chosen, &exitCode))
        return exitCode;
    const QString recoveryCode = chosen->isEmpty() ? RecoveryCode::generate() : QString();
    const QString passphrase = chosen->isEmpty() ? recoveryCode : *chosen;

    Database::Options options;
    options.createdAt = context.clock().now();
    const DatabaseCreator::Result created = DatabaseCreator::create(path, passphrase, false, options);
    if (created.error.isError())
        return context.failDatabase(created.error);
    const QString& databaseId = created.databaseId;

    QString keychainState = QStringLiteral("skipped");
    QString keychainText = Text::tr("not used (--no-keychain): unlock with the recovery passphrase");
    if (context.useKeychain()) {
        const KeyStore::Result stored = BlockingKeyStore::write(
            context.keychain(), KeyStore::currentAccount(databaseId), created.key.bytes());
        keychainState = stored.ok() ? QStringLiteral("stored") : QStringLiteral("unavailable");
        keychainText = stored.ok() ? Text::tr("stored") : KeyStore::describe(stored.status);
    }

    QJsonObject json{{QStringLiteral("database"), path},
                     {QStringLiteral("database_id"), databaseId},
                     {QStringLiteral("recovery_file"), recoveryPath},
                     {QStringLiteral("keychain"), keychainState}};
    QStringList text{Text::tr("Created encrypted database %1").arg(path),
                     Text::tr("Database id: %1").arg(databaseId),
                     Text::tr("Key in keychain: %1").arg(keychainText),
                     Text::tr("Recovery file: %1 (keep a copy with your backups)").arg(recoveryPath)};
    if (!recoveryCode.isEmpty()) {
        json.insert(QStringLiteral("recovery_code"), recoveryCode);
        text << QString() << Text::tr("Recovery code (shown once; write it down and keep it safe):")
             << QStringLiteral("    ") + recoveryCode;
    }
    context.printResult(json, text);
    return ExitCode::Success;
}

ExitCode runInfo(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const CipherSettings cipher = database->cipherSettings();
    const QMap<QString, qint64> counts = database->entityCounts();
    QJsonObject records;
    QStringList recordLines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        records.insert(it.key(), it.value());
        recordLines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
    }
    const QString cipherDescription =
        QStringLiteral("%1, %2, %3").arg(cipher.cipher, cipher.hmacAlgorithm, cipher.kdfAlgorithm);
    const QJsonObject json{
        {QStringLiteral("app_version"), QStringLiteral(XS_VERSION)},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlcipher_version"), cipher.cipherVersion},
        {QStringLiteral("sqlite_version"), Database::sqliteVersion()},
        {QStringLiteral("schema_version"), database->schemaVersion()},
        {QStringLiteral("page_size"), cipher.pageSize},
        {QStringLiteral("kdf_iter"), cipher.kdfIterations},
        {QStringLiteral("cipher"), cipherDescription},
        {QStringLiteral("database_id"), database->databaseId()},
        {QStringLiteral("database"), database->path()},
        {QStringLiteral("records"), records},
    };
    QStringList text{
        Text::tr("Database: %1").arg(database->path()),
        Text::tr("Database id: %1").arg(database->databaseId()),
        Text::tr("Schema version: %1 (this program: %2)")
            .arg(database->schemaVersion())
            .arg(Database::latestSchemaVersion()),
        Text::tr("Cipher: %1; page size %2; KDF iterations %3 (not used: the key is a raw 256-bit key)")
            .arg(cipherDescription)
            .arg(cipher.pageSize)
            .arg(cipher.kdfIterations),
        Text::tr("Program %1; Qt %2; SQLCipher %3; SQLite %4")
            .arg(QStringLiteral(XS_VERSION), QString::fromLatin1(qVersion()), cipher.cipherVersion,
                 Database::sqliteVersion()),
        Text::tr("Records:"),
    };
    context.printResult(json, text + recordLines);
    return ExitCode::Success;
}

ExitCode runUnlockCheck(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    context.printResult(
        {{QStringLiteral("unlocked"), true}, {QStringLiteral("database_id"), database->databaseId()}},
        {Text::tr("The database opens with the %1.")
             .arg(context.isSet(QStringLiteral("passphrase-file")) ? Text::tr("recovery passphrase")
                                                                   : Text::tr("key in the keychain"))});
    return ExitCode::Success;
}

ExitCode runVerify(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const VerificationReport report = DatabaseVerifier::verify(*database);
    if (!report.ok()) {
        // The message names the first failure; the detail lists every problem found.
        return context.fail(ExitCode::Corrupt, Text::tr("Verification failed: %1").arg(report.firstFailure()),
                            QStringLiteral("verification_failed"),
                            report.problems.mid(1).join(QLatin1String("; ")));
    }
    DatabaseError error;
    const AuditTrail::Verdict audit = AuditTrail(database->connection()).verify(&error);
    if (error.isError())
        return context.failDatabase(error);
    if (!audit.intact()) {
        QJsonObject detail{{QStringLiteral("first_broken_record"), audit.firstBrokenSeq},
                           {QStringLiteral("records_checked"), audit.rows}};
        return context.fail(ExitCode::Corrupt, Text::tr("Verification failed: %1").arg(audit.problem),
                            QStringLiteral("audit_chain_broken"),
                            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    }
    const ChainAnchors::Verdict anchors =
        ChainAnchors(database->connection())
            .verify(database->databaseId(),
                    HubConnection::load(SyncLedger(database->connection())).signingKey, &error);
    if (error.isError())
        return context.failDatabase(error);
    if (!anchors.holds())
        return context.fail(ExitCode::Corrupt, Text::tr("Verification failed: %1").arg(anchors.problem),
                            anchors.problemCode);
    QJsonValue lastAnchor;
    QStringList anchorText;
    if (anchors.lastAnchor) {
        const ChainReceipt& last = *anchors.lastAnchor;
        const qint64 later = audit.rows > 0 ? qMax<qint64>(0, audit.lastSeq - last.head.seq) : 0;
        lastAnchor = QJsonObject{{QStringLiteral("seq"), last.head.seq},
                                 {QStringLiteral("head"), last.head.hash},
                                 {QStringLiteral("signed_at"), last.signedAt},
                                 {QStringLiteral("hub_key"), SigningKey::keyId(last.publicKey)},
                                 {QStringLiteral("records_after"), later}};
        anchorText << Text::tr(
                          "The hub anchored the trail at record %1 on %2 (key %3); %n later record(s) are "
                          "not anchored yet.",
                          nullptr, int(qMin<qint64>(later, std::numeric_limits<int>::max())))
                          .arg(last.head.seq)
                          .arg(last.signedAt, SigningKey::keyId(last.publicKey));
    } else {
        anchorText << Text::tr("The hub has not anchored this trail yet (no receipt: nothing pushed since "
                               "anchoring began, or a hub that does not sign).");
    }
    context.printResult(
        {{QStringLiteral("ok"), true},
         {QStringLiteral("checks"),
          QJsonArray{QStringLiteral("page_hmac"), QStringLiteral("integrity"), QStringLiteral("foreign_keys"),
                     QStringLiteral("audit_chain"), QStringLiteral("anchors")}},
         {QStringLiteral("audit_records"), audit.rows},
         {QStringLiteral("receipts"), anchors.receipts},
         {QStringLiteral("last_anchor"), lastAnchor}},
        QStringList{
            Text::tr("Verified: every page's HMAC, SQLite's integrity check, foreign keys and the audit "
                     "trail's hash chain (%n record(s)) are in order.",
                     nullptr, int(audit.rows))} +
            anchorText);
    return ExitCode::Success;
}

} // namespace xs
