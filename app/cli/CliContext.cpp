#include "app/cli/CliContext.h"

#include "app/AppPaths.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseUnlock.h"
#include "app/sync/HubConnection.h"
#include "app/sync/HubToken.h"
#include "models/journal/SyncLedger.h"
#include "models/storage/DatabaseFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace xs {

namespace {

void writeTo(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// Lines of text as a terminal may show them: a record's name holding NUL, an escape sequence
/// (ESC [ ... that moves the cursor or recolours the screen) or a stray carriage return prints as
/// \x.. instead of acting. Tabs stay.
QString printable(const QString& line)
{
    QString shown;
    shown.reserve(line.size());
    for (const QChar c : line) {
        const char16_t code = c.unicode();
        if ((code < 0x20 && code != u'\t') || (code >= 0x7f && code <= 0x9f))
            shown += QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace

CliContext::CliContext(const QCommandLineParser& parser, QStringList arguments, KeyStore& keychain,
                       const Clock& clock)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_keychain(keychain)
    , m_clock(clock)
{
    m_json = parser.isSet(QStringLiteral("json"));
    m_noKeychain = parser.isSet(QStringLiteral("no-keychain"));
    m_databasePath = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                              : AppPaths::defaultDatabasePath();
    m_progressOnTerminal = !m_json && ::isatty(STDERR_FILENO);
}

QString CliContext::option(const QString& name) const
{
    return m_parser.value(name);
}

bool CliContext::isSet(const QString& name) const
{
    return m_parser.isSet(name);
}

std::optional<QString> CliContext::passphraseFromFile(const QString& optionName)
{
    if (!m_parser.isSet(optionName))
        return QString();
    const QString path = m_parser.value(optionName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        fail(ExitCode::Usage, tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()),
             QStringLiteral("usage"));
        return std::nullopt;
    }
    const QString firstLine =
        QString::fromUtf8(file.readLine(4096)).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (firstLine.trimmed().isEmpty()) {
        fail(ExitCode::Usage,
             tr("The passphrase file %1 is empty; its first line must hold the passphrase.").arg(path),
             QStringLiteral("usage"));
        return std::nullopt;
    }
    return firstLine;
}

std::unique_ptr<Database> CliContext::unlock(bool exclusive, ExitCode* exitCode)
{
    Database::Options options;
    options.exclusive = exclusive;

    const DatabaseFile::Probe probe = DatabaseFile::probe(m_databasePath);
    if (probe.shape == DatabaseFile::Shape::Missing) {
        *exitCode = fail(ExitCode::Failure,
                         tr("No database at %1. Create one with \"xiangshu-cli init\", or give --database.")
                             .arg(m_databasePath),
                         QStringLiteral("not_found"));
        return nullptr;
    }
    const std::optional<QString> passphrase = passphraseFromFile(QStringLiteral("passphrase-file"));
    if (!passphrase) {
        *exitCode = ExitCode::Usage;
        return nullptr;
    }

    UnlockError error;
    std::unique_ptr<Database> database;
    KeyReconciler::KeySource source = KeyReconciler::KeySource::Passphrase;
    if (!passphrase->isEmpty()) {
        DatabaseUnlock::Outcome outcome =
            DatabaseUnlock::openWithPassphrase(m_databasePath, *passphrase, options);
        database = std::move(outcome.database);
        error = outcome.error;
    } else if (m_noKeychain) {
        *exitCode = fail(ExitCode::Usage, tr("--no-keychain needs --passphrase-file to unlock the database."),
                         QStringLiteral("usage"));
        return nullptr;
    } else if (probe.shape != DatabaseFile::Shape::Encrypted) {
        // No key opens an empty, plain or truncated file: let Database say what is wrong with it.
        DatabaseError databaseError;
        Database::open(m_databasePath, DatabaseKey::generate(), options, &databaseError);
        error = UnlockError::database(databaseError);
    } else {
        database = unlockWithKeychain(options, DatabaseFile::idFromSalt(probe.salt), &error, &source);
    }

    if (!database) {
        *exitCode = failUnlock(error);
        return nullptr;
    }
    if (exclusive)
        applyKeychainActions(*database, KeyReconciler::reconcile(*database, source, false));
    *exitCode = ExitCode::Success;
    return database;
}

std::unique_ptr<Database> CliContext::unlockWithKeychain(const Database::Options& options,
                                                         const QString& databaseId, UnlockError* error,
                                                         KeyReconciler::KeySource* source)
{
    const KeyStore::Result current = BlockingKeyStore::read(m_keychain, KeyStore::currentAccount(databaseId));
    if (current.ok()) {
        DatabaseUnlock::Outcome outcome =
            DatabaseUnlock::openWithKeys(m_databasePath, {DatabaseKey::fromBytes(current.secret)}, options);
        if (outcome.database) {
            *source = KeyReconciler::KeySource::KeychainCurrent;
            return std::move(outcome.database);
        }
        *error = outcome.error;
        if (!outcome.error.isWrongKey())
            return nullptr;
    } else {
        *error = UnlockError::keychain(current.status, current.detail);
        if (current.status != KeyStore::Status::NotFound)
            return nullptr;
    }
    // The current key is missing or wrong: a rekey may have switched the file before it could
    // update the keychain, leaving the new key under the pending name.
    const KeyStore::Result pending = BlockingKeyStore::read(m_keychain, KeyStore::pendingAccount(databaseId));
    if (!pending.ok())
        return nullptr;
    DatabaseUnlock::Outcome outcome =
        DatabaseUnlock::openWithKeys(m_databasePath, {DatabaseKey::fromBytes(pending.secret)}, options);
    if (outcome.database) {
        *source = KeyReconciler::KeySource::KeychainPending;
        *error = UnlockError();
        return std::move(outcome.database);
    }
    if (!outcome.error.isWrongKey())
        *error = outcome.error;
    return nullptr;
}

void CliContext::applyKeychainActions(const Database& database, const KeyReconciler::KeychainActions& actions)
{
    if (m_noKeychain)
        return;
    if (actions.storeAsCurrent) {
        const KeyStore::Result stored = BlockingKeyStore::write(
            m_keychain, KeyStore::currentAccount(database.databaseId()), actions.storeAsCurrent->bytes());
        if (!stored.ok()) {
            // Keep the pending entry: it may be the only keychain entry that opens the file.
            qWarning("xiangshu-cli: could not update the keychain: %s", qPrintable(stored.detail));
            return;
        }
    }
    if (actions.removePending)
        BlockingKeyStore::remove(m_keychain, KeyStore::pendingAccount(database.databaseId()));
}

void CliContext::printResult(const QJsonObject& json, const QStringList& textLines) const
{
    if (m_json)
        writeTo(stdout,
                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    else if (!textLines.isEmpty()) {
        QStringList shown;
        for (const QString& line : textLines)
            shown << printable(line);
        writeTo(stdout, shown.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
}

ExitCode CliContext::failUsage(const QString& command, const QString& usage) const
{
    return fail(ExitCode::Usage, tr("Usage: xiangshu-cli %1 %2").arg(command, usage),
                QStringLiteral("usage"));
}

ExitCode CliContext::fail(ExitCode code, const QString& message, const QString& errorCode,
                          const QString& detail) const
{
    QString text = message;
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("Detail: %1").arg(detail);
    QStringList shown;
    for (const QString& line : text.split(QLatin1Char('\n')))
        shown << printable(line);
    writeTo(stderr, shown.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (m_json) {
        const QJsonObject error{
            {QStringLiteral("code"), errorCode.isEmpty() ? QStringLiteral("error") : errorCode},
            {QStringLiteral("message"), message},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("exit_code"), int(code)}};
        writeTo(
            stdout,
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact)) +
                QLatin1Char('\n'));
    }
    return code;
}

ExitCode CliContext::failUnlock(const UnlockError& error) const
{
    QString message = error.message();
    const ExitCode code = exitCodeFor(error);
    if (code == ExitCode::CannotUnlock && error.kind() != UnlockError::Kind::WrongPassphrase &&
        !m_parser.isSet(QStringLiteral("passphrase-file")))
        message += QLatin1Char('\n') + tr("To unlock with the recovery passphrase, put it in a file and add "
                                          "--passphrase-file FILE.");
    return fail(code, message, error.code(), error.detail());
}

ExitCode CliContext::failDatabase(const DatabaseError& error) const
{
    return fail(exitCodeFor(error), error.message(), error.code(), error.detail());
}

void CliContext::progress(const QString& what, qint64 done, qint64 total) const
{
    if (!m_progressOnTerminal || total <= 0)
        return;
    const int percent = int(done * 100 / total);
    writeTo(stderr, QStringLiteral("\r%1 %2%").arg(what).arg(percent) +
                        (done >= total ? QStringLiteral("\n") : QString()));
}

ExitCode CliContext::exitCodeFor(const DatabaseError& error)
{
    switch (error.kind()) {
    case DatabaseError::Kind::None:
        return ExitCode::Success;
    case DatabaseError::Kind::WrongKey:
        return ExitCode::CannotUnlock;
    case DatabaseError::Kind::Corrupt:
        return ExitCode::Corrupt;
    case DatabaseError::Kind::SchemaTooNew:
        return ExitCode::SchemaTooNew;
    case DatabaseError::Kind::Invalid:
        return ExitCode::Validation;
    default:
        return ExitCode::Failure;
    }
}

ExitCode CliContext::exitCodeFor(const UnlockError& error)
{
    switch (error.kind()) {
    case UnlockError::Kind::None:
        return ExitCode::Success;
    case UnlockError::Kind::Database:
        return exitCodeFor(error.databaseError());
    default:
        return ExitCode::CannotUnlock;
    }
}

Role CliContext::writingRole(const Database& database)
{
    const SyncLedger ledger(database.connection());
    if (!HubConnection::load(ledger).isConfigured())
        return Role::Admin;
    const KeyStore::Result stored =
        BlockingKeyStore::read(m_keychain, HubConnection::tokenAccount(database.databaseId()));
    const std::optional<HubToken> token = stored.ok() ? HubToken::decode(stored.secret) : std::nullopt;
    const std::optional<Role> role = token ? roleFromName(token->role) : std::nullopt;
    return role.value_or(Role::Manager);
}

} // namespace xs
