#pragma once

#include "app/cli/ExitCode.h"
#include "app/secrets/KeyReconciler.h"
#include "app/secrets/UnlockError.h"
#include "models/common/Clock.h"
#include "models/journal/Roles.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace xs {

class KeyStore;

/// What every command needs: the parsed options, output in text or JSON, and unlocking.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(xs::CliContext)

public:
    CliContext(const QCommandLineParser& parser, QStringList arguments, KeyStore& keychain,
               const Clock& clock);

    const QStringList& arguments() const { return m_arguments; }
    bool json() const { return m_json; }
    bool useKeychain() const { return !m_noKeychain; }
    KeyStore& keychain() { return m_keychain; }
    const Clock& clock() const { return m_clock; }
    QString databasePath() const { return m_databasePath; }
    QString option(const QString& name) const;
    bool isSet(const QString& name) const;

    /// The first line of --passphrase-file, or an empty string if the option was not given.
    /// Reports a usage error (and returns nullopt) if the file cannot be read or is empty.
    std::optional<QString> passphraseFromFile(const QString& optionName);

    /// Opens the database: keychain first (current key, then a pending one from an interrupted
    /// rekey), or the recovery passphrase with --passphrase-file. With exclusive, also finishes
    /// an interrupted rekey. On failure, reports the error and sets exitCode.
    std::unique_ptr<Database> unlock(bool exclusive, ExitCode* exitCode);

    /// Whose role a change written here carries: the administrator of a database without a hub;
    /// with a hub, the role of the stored login (the hub decides again when the change arrives).
    Role writingRole(const Database& database);

    /// Success output: the JSON object with --json, otherwise the text lines.
    void printResult(const QJsonObject& json, const QStringList& textLines) const;
    /// Failure output on stderr (and a JSON error object on stdout with --json). Returns code.
    ExitCode fail(ExitCode code, const QString& message, const QString& errorCode = {},
                  const QString& detail = {}) const;
    /// Exit 2 with "Usage: xiangshu-cli COMMAND USAGE" (a command's subcommands in one line).
    ExitCode failUsage(const QString& command, const QString& usage) const;
    ExitCode failUnlock(const UnlockError& error) const;
    ExitCode failDatabase(const DatabaseError& error) const;
    /// Progress on stderr, only when it is a terminal and output is not JSON.
    void progress(const QString& what, qint64 done, qint64 total) const;

    static ExitCode exitCodeFor(const DatabaseError& error);
    static ExitCode exitCodeFor(const UnlockError& error);

private:
    std::unique_ptr<Database> unlockWithKeychain(const Database::Options& options, const QString& databaseId,
                                                 UnlockError* error, KeyReconciler::KeySource* source);
    void applyKeychainActions(const Database& database, const KeyReconciler::KeychainActions& actions);

    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    KeyStore& m_keychain;
    const Clock& m_clock;
    QString m_databasePath;
    bool m_json = false;
    bool m_noKeychain = false;
    bool m_progressOnTerminal = false;
};

} // namespace xs
