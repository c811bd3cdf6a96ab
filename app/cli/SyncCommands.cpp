// xiangshu-cli login, sync and conflicts.
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/sync/HubClient.h"
#include "app/sync/HubLogin.h"
#include "app/sync/HubToken.h"
#include "app/sync/SyncEngine.h"
#include "models/catalog/CatalogSearchIndexer.h"
#include "models/crypto/SigningKey.h"
#include "models/journal/SyncLedger.h"
#include "models/journal/WireCodec.h"

#include <QEventLoop>
#include <QJsonArray>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::SyncCommands)
};

ExitCode failHub(CliContext& context, const HubError& error)
{
    return context.fail(error.isTransport() ? ExitCode::Network : ExitCode::Failure, error.message(),
                        error.code().isEmpty() ? QStringLiteral("hub_error") : error.code(), error.detail());
}

/// Applies --hub, --ca, --pin and --hub-key over what the database remembers; nullopt (with the
/// failure reported and *exitCode set) if the key file cannot be read.
std::optional<HubConnection> connectionFor(CliContext& context, const SyncLedger& ledger, ExitCode* exitCode)
{
    HubConnection connection = HubConnection::load(ledger);
    if (context.isSet(QStringLiteral("hub-key"))) {
        QString problem;
        const std::optional<QByteArray> key =
            SigningKey::readPublicKeyFile(context.option(QStringLiteral("hub-key")), &problem);
        if (!key) {
            *exitCode = context.fail(ExitCode::Usage, problem, QStringLiteral("bad_hub_key"));
            return std::nullopt;
        }
        connection.signingKey = *key;
    }
    if (context.isSet(QStringLiteral("hub")))
        connection.url = QUrl(context.option(QStringLiteral("hub")));
    if (context.isSet(QStringLiteral("ca")))
        connection.caFile = context.option(QStringLiteral("ca"));
    if (context.isSet(QStringLiteral("pin")))
        connection.pin = context.option(QStringLiteral("pin")).toLower().remove(QLatin1Char(':'));
    return connection;
}

QJsonObject conflictJson(const ConflictRecord& conflict)
{
    return {{QStringLiteral("id"), conflict.id},
            {QStringLiteral("entity"), conflict.entity},
            {QStringLiteral("record_id"), conflict.recordId},
            {QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields)},
            {QStringLiteral("delete_conflict"), conflict.deleteConflict},
            {QStringLiteral("base"), WireCodec::encodeRecord(conflict.base)},
            {QStringLiteral("local"), WireCodec::encodeRecord(conflict.local)},
            {QStringLiteral("hub"), WireCodec::encodeRecord(conflict.hub)},
            {QStringLiteral("created_at"), conflict.createdAt}};
}

} // namespace

ExitCode runLogin(CliContext& context)
{
    for (const char* required : {"hub", "user", "password-file"}) {
        if (!context.isSet(QLatin1String(required)))
            return context.fail(ExitCode::Usage, Text::tr("login needs --%1.").arg(QLatin1String(required)),
                                QStringLiteral("usage"));
    }
    const std::optional<QString> password = context.passphraseFromFile(QStringLiteral("password-file"));
    if (!password)
        return ExitCode::Usage;
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    SyncLedger ledger(database->connection());
    std::optional<HubConnection> configured = connectionFor(context, ledger, &exitCode);
    if (!configured)
        return exitCode;
    HubConnection connection = *configured;
    connection.user = context.option(QStringLiteral("user"));
    HubClient client;
    QEventLoop loop;
    HubLogin::Outcome outcome;
    bool answered = false; // a bad CA file answers at once, before the loop runs
    HubLogin::run(client, context.keychain(), database->databaseId(), connection, *password,
                  [&](const HubLogin::Outcome& result) {
                      outcome = result;
                      answered = true;
                      loop.quit();
                  });
    if (!answered)
        loop.exec();
    if (outcome.hubError.isError())
        return failHub(context, outcome.hubError);
    if (!outcome.ok())
        return context.fail(ExitCode::CannotUnlock, outcome.message(), QStringLiteral("keychain_unavailable"),
                            outcome.keychainDetail);
    connection.save(ledger);
    const HubToken& login = outcome.token;
    context.printResult(
        {{QStringLiteral("hub"), connection.url.toString()},
         {QStringLiteral("user"), login.user},
         {QStringLiteral("role"), login.role},
         {QStringLiteral("department"), login.department},
         {QStringLiteral("expires_at"), login.expiresAt}},
        {Text::tr("Logged in to %1 as %2 (%3).").arg(connection.url.toString(), login.user, login.role)});
    return ExitCode::Success;
}

ExitCode runSync(CliContext& context)
{
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(true, &exitCode);
    if (!database)
        return exitCode;
    SyncLedger ledger(database->connection());
    const std::optional<HubConnection> configured = connectionFor(context, ledger, &exitCode);
    if (!configured)
        return exitCode;
    const HubConnection& connection = *configured;
    if (context.isSet(QStringLiteral("hub-key")))
        HubConnection::trustSigningKey(ledger, connection.signingKey);
    if (!connection.isConfigured())
        return context.fail(
            ExitCode::Failure,
            Text::tr("No hub is set for this database. Log in first: xiangshu-cli login --hub URL "
                     "--user NAME --password-file FILE"),
            QStringLiteral("no_hub"));
    const KeyStore::Result stored =
        BlockingKeyStore::read(context.keychain(), HubConnection::tokenAccount(database->databaseId()));
    const std::optional<HubToken> token = stored.ok() ? HubToken::decode(stored.secret) : std::nullopt;
    if (!token || token->isExpired(context.clock().secondsSinceEpoch()))
        return context.fail(
            ExitCode::Failure,
            token ? Text::tr("The hub session has expired. Log in again with xiangshu-cli login.")
                  : Text::tr("Not logged in to the hub. Log in with xiangshu-cli login."),
            QStringLiteral("login_required"), stored.ok() ? QString() : KeyStore::describe(stored.status));

    HubClient client;
    if (const HubError error = client.configure(connection); error.isError())
        return failHub(context, error);
    client.setToken(token->token);
    client.setDevice(database->databaseId());
    SyncEngine engine(database->connection(), token->user, client, context.clock());
    QEventLoop loop;
    SyncEngine::Summary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary& result) {
        summary = result;
        loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::progress, &loop,
                     [&](SyncEngine::Phase phase, int done, int total) {
                         context.progress(phase == SyncEngine::Phase::Pulling ? Text::tr("Receiving")
                                                                              : Text::tr("Sending"),
                                          done, qMax(total, done));
                     });
    engine.start(true);
    loop.exec();
    // A bulk pull leaves the search index to catch up (see CatalogSearchIndexer); the command line
    // finishes that before it returns, also after a failure (what arrived is kept).
    if (const DatabaseError error = CatalogSearchIndexer::runToEnd(
            database->connection(),
            [&](qint64 done, qint64 total) { context.progress(Text::tr("Indexing"), done, total); });
        error.isError() && !summary.error.isError())
        return context.failDatabase(error);
    if (summary.error.isError())
        return failHub(context, summary.error);

    const QJsonObject json{
        {QStringLiteral("pushed"), summary.pushed},         {QStringLiteral("pulled"), summary.pulled},
        {QStringLiteral("merged"), summary.merged},         {QStringLiteral("conflicts"), summary.conflicts},
        {QStringLiteral("rejected"), summary.rejected},     {QStringLiteral("cursor"), summary.cursor},
        {QStringLiteral("round_trips"), summary.roundTrips}};
    context.printResult(json,
                        {Text::tr("Sent %1 change(s), received %2, merged %3; %4 conflict(s) and %5 rejected "
                                  "change(s) wait for you.")
                             .arg(summary.pushed)
                             .arg(summary.pulled)
                             .arg(summary.merged)
                             .arg(summary.conflicts)
                             .arg(summary.rejected)});
    return summary.conflicts > 0 || summary.rejected > 0 ? ExitCode::SyncIncomplete : ExitCode::Success;
}

ExitCode runConflicts(CliContext& context)
{
    const QString action = context.arguments().value(0);
    if (action == QLatin1String("list")) {
        if (context.arguments().size() != 1)
            return context.fail(ExitCode::Usage, Text::tr("Usage: xiangshu-cli conflicts list"),
                                QStringLiteral("usage"));
        ExitCode exitCode = ExitCode::Success;
        const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
        if (!database)
            return exitCode;
        QJsonArray list;
        QStringList text;
        for (const ConflictRecord& conflict : SyncLedger(database->connection()).openConflicts()) {
            list.append(conflictJson(conflict));
            text << Text::tr("#%1 %2 %3: %4")
                        .arg(conflict.id)
                        .arg(conflict.entity, conflict.recordId,
                             conflict.deleteConflict ? Text::tr("deleted on one side, edited on the other")
                                                     : conflict.fields.join(QLatin1String(", ")));
        }
        if (text.isEmpty())
            text << Text::tr("No conflicts.");
        context.printResult({{QStringLiteral("conflicts"), list}}, text);
        return ExitCode::Success;
    }
    if (action == QLatin1String("resolve")) {
        bool ok = false;
        const qint64 id = context.arguments().value(1).toLongLong(&ok);
        const QString take = context.option(QStringLiteral("take"));
        if (!ok || context.arguments().size() != 2 ||
            (take != QLatin1String("local") && take != QLatin1String("hub")))
            return context.fail(ExitCode::Usage,
                                Text::tr("Usage: xiangshu-cli conflicts resolve ID --take local|hub"),
                                QStringLiteral("usage"));
        ExitCode exitCode = ExitCode::Success;
        const std::unique_ptr<Database> database = context.unlock(true, &exitCode);
        if (!database)
            return exitCode;
        const QString user = SyncLedger(database->connection()).value(QStringLiteral("hub_user"));
        SyncApplier applier(database->connection(), user, context.clock());
        const DatabaseError error = applier.resolveConflict(
            id, {}, take == QLatin1String("local") ? SyncApplier::Take::Local : SyncApplier::Take::Hub);
        if (error.kind() == DatabaseError::Kind::NotFound)
            return context.fail(ExitCode::Failure, Text::tr("There is no open conflict #%1.").arg(id),
                                QStringLiteral("not_found"));
        if (error.isError())
            return context.failDatabase(error);
        context.printResult({{QStringLiteral("resolved"), id}, {QStringLiteral("take"), take}},
                            {Text::tr("Conflict #%1 resolved (%2); the result is sent with the next sync.")
                                 .arg(id)
                                 .arg(take)});
        return ExitCode::Success;
    }
    return context.fail(
        ExitCode::Usage,
        Text::tr("Usage: xiangshu-cli conflicts list | conflicts resolve ID --take local|hub"),
        QStringLiteral("usage"));
}

} // namespace xs
