// xiangshu-cli backup, rekey and demo.
#include "app/BackupService.h"
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RekeyService.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/demo/CatalogDemoData.h"
#include "models/demo/DemoDataGenerator.h"

#include <QFileInfo>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::MaintenanceCommands)
};

} // namespace

ExitCode runBackup(CliContext& context)
{
    const QString destination = QFileInfo(context.arguments().at(0)).absoluteFilePath();
    if (QFileInfo::exists(destination))
        return context.fail(
            ExitCode::Failure,
            Text::tr("%1 already exists; a backup is always written to a new file.").arg(destination),
            QStringLiteral("already_exists"));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;

    const QString what = Text::tr("Backing up");
    const BackupService::Result result =
        BackupService::backup(*database, destination, [&](qint64 done, qint64 total) {
            context.progress(what, done, total);
            return true;
        });
    if (result.error.isError())
        return context.failDatabase(result.error);
    const bool recoveryCopied = !result.recoveryPath.isEmpty();
    const QString recoveryDestination = result.recoveryPath;
    QStringList text{Text::tr("Backup written and verified: %1").arg(destination)};
    text << (recoveryCopied
                 ? Text::tr("Recovery file copied: %1").arg(recoveryDestination)
                 : Text::tr("No recovery file was found next to the database; the backup opens only with "
                            "the key in the keychain."));
    context.printResult({{QStringLiteral("backup"), destination},
                         {QStringLiteral("recovery_file"), recoveryCopied ? recoveryDestination : QString()},
                         {QStringLiteral("database_id"), database->databaseId()},
                         {QStringLiteral("verified"), true}},
                        text);
    return ExitCode::Success;
}

ExitCode runRekey(CliContext& context)
{
    // The new key is wrapped under: a new passphrase if one is given, else the passphrase that
    // unlocked the database, else a newly generated recovery code.
    const std::optional<QString> newPassphrase =
        context.passphraseFromFile(QStringLiteral("new-passphrase-file"));
    const std::optional<QString> unlockPassphrase =
        context.passphraseFromFile(QStringLiteral("passphrase-file"));
    if (!newPassphrase || !unlockPassphrase)
        return ExitCode::Usage;
    if (!newPassphrase->isEmpty() && newPassphrase->trimmed().size() < RecoveryCode::MinimumPassphraseLength)
        return context.fail(
            ExitCode::Validation,
            Text::tr("The recovery passphrase must be at least %1 characters long; nothing was "
                     "changed.")
                .arg(RecoveryCode::MinimumPassphraseLength),
            QStringLiteral("weak_passphrase"));

    ExitCode exitCode = ExitCode::Success;
    std::unique_ptr<Database> database = context.unlock(true, &exitCode);
    if (!database)
        return exitCode;

    QString recoveryCode;
    QString wrapPassphrase = !newPassphrase->isEmpty() ? *newPassphrase : *unlockPassphrase;
    if (wrapPassphrase.isEmpty()) {
        recoveryCode = RecoveryCode::generate();
        wrapPassphrase = recoveryCode;
        // Shown before the switch: if the process dies after it, this code is what opens the file.
        if (!context.json())
            context.printResult(
                {}, {Text::tr("New recovery code (shown once; write it down and keep it safe; the "
                              "old passphrase stops working):"),
                     QStringLiteral("    ") + recoveryCode});
    }
    const QString databaseId = database->databaseId();
    RekeyService service(context.keychain());
    const QString what = Text::tr("Re-encrypting");
    const RekeyService::Result result = service.rekey(
        std::move(database), RecoveryCode::normalise(wrapPassphrase), [&](qint64 done, qint64 total) {
            context.progress(what, done, total);
            return true;
        });
    if (result.error.isError())
        return context.failDatabase(result.error);

    QJsonObject json{{QStringLiteral("rekeyed"), true},
                     {QStringLiteral("database_id"), databaseId},
                     {QStringLiteral("keychain"), result.keychainWarning.isEmpty()
                                                      ? QStringLiteral("stored")
                                                      : QStringLiteral("unavailable")}};
    if (!recoveryCode.isEmpty())
        json.insert(QStringLiteral("recovery_code"), recoveryCode);
    QStringList text{Text::tr("The database now has a new key; the old key no longer opens it.")};
    if (!result.keychainWarning.isEmpty())
        text << Text::tr("The keychain was not updated: %1").arg(result.keychainWarning);
    context.printResult(json, text);
    return ExitCode::Success;
}

ExitCode runDemo(CliContext& context)
{
    const QString scaleName = context.isSet(QStringLiteral("scale")) ? context.option(QStringLiteral("scale"))
                                                                     : QStringLiteral("small");
    const std::optional<DemoDataGenerator::Scale> scale = DemoDataGenerator::scaleFromString(scaleName);
    if (!scale)
        return context.fail(
            ExitCode::Usage,
            Text::tr("Unknown scale \"%1\": use small, bench, large or province.").arg(scaleName),
            QStringLiteral("usage"));
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    DemoDataGenerator generator(database->connection(), context.clock().today());
    const DatabaseError error = generator.generate(*scale, [&context](qint64 done, qint64 total) {
        context.progress(Text::tr("Writing demo resources"), done, total);
        return true;
    });
    if (error.kind() == DatabaseError::Kind::AlreadyExists)
        return context.fail(
            ExitCode::Failure,
            Text::tr("The database is not empty (%1); demo data goes only into an empty database.")
                .arg(error.detail()),
            QStringLiteral("not_empty"));
    if (error.isError())
        return context.failDatabase(error);
    const qint64 departments = DepartmentRepository(database->connection()).count();
    const qint64 resources = DemoDataGenerator::entriesFor(*scale);
    context.printResult(
        {{QStringLiteral("scale"), scaleName},
         {QStringLiteral("departments"), departments},
         {QStringLiteral("resources"), resources},
         {QStringLiteral("data_items"), resources * CatalogDemoData::ItemsPerEntry},
         {QStringLiteral("registrations"), DemoDataGenerator::applicationsFor(*scale)},
         {QStringLiteral("grant_agreements"), DemoDataGenerator::grantsFor(*scale).agreements}},
        {Text::tr("Demo data (%1) written: %2 departments, %3 resources, %4 data items, %5 "
                  "registration applications, %6 agreements of authorized operation with their "
                  "products, prices, reports and disclosures.")
             .arg(scaleName)
             .arg(departments)
             .arg(resources)
             .arg(resources * CatalogDemoData::ItemsPerEntry)
             .arg(DemoDataGenerator::applicationsFor(*scale))
             .arg(DemoDataGenerator::grantsFor(*scale).agreements)});
    return ExitCode::Success;
}

} // namespace xs
