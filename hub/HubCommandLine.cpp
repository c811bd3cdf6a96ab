#include "hub/HubCommandLine.h"

#include "hub/DevCertificate.h"
#include "hub/HubBackup.h"
#include "hub/HubCommandSupport.h"
#include "hub/HubDailyWork.h"
#include "hub/HubHttpServer.h"
#include "hub/HubKeyFiles.h"
#include "hub/HubLog.h"
#include "hub/HubRecords.h"
#include "hub/HubStore.h"
#include "hub/HubTrail.h"
#include "hub/HubUserCommands.h"
#include "hub/UnixSignals.h"
#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/crypto/PasswordHash.h"
#include "models/crypto/SigningKey.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/GrantDemoData.h"
#include "models/demo/RegistrationDemoData.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <cstdio>

namespace xs {

using HubCommandSupport::failure;
using HubCommandSupport::parse;
using HubCommandSupport::print;
using HubCommandSupport::usage;

HubCommandLine::HubCommandLine(const Clock& clock)
    : m_clock(clock)
{}

QString HubCommandLine::demoPassword()
{
    return QStringLiteral("xiangshu-demo-2026");
}

QString HubCommandLine::helpText()
{
    return tr(
        "Usage: xiangshu-hub COMMAND [options]\n\n"
        "Commands:\n"
        "  serve --database PATH|postgresql://... --listen HOST:PORT --cert FILE --key FILE [--token-ttl "
        "SECONDS]\n"
        "        [--trusted-proxy ADDRESS] [--signing-key FILE] [--max-connections-per-address N]\n"
        "        [--max-pending-handshakes N]\n"
        "      Serve the sync protocol (hub/PROTOCOL.md) over HTTPS only. X-Forwarded-For is believed only\n"
        "      from the --trusted-proxy address (the nginx in front). With --signing-key, every push that\n"
        "      carries the desktop's audit trail head gets a receipt signed with that Ed25519 key.\n"
        "  dev-cert DIR\n"
        "      Write a self-signed certificate and key for localhost and 127.0.0.1 into DIR and print the\n"
        "      certificate's SHA-256 fingerprint (for a desktop's --pin); also a signing key, if DIR has "
        "none.\n"
        "  signing-key FILE\n"
        "      Make the hub's Ed25519 signing key (FILE, owner-only) and its public key (FILE.pub, for\n"
        "      desktops). Every hub serving one store uses the same key. Never overwrites.\n"
        "  user add NAME --role cataloguer|reviewer|manager|auditor|admin --password-file FILE\n"
        "           [--department CODE] --database PATH|postgresql://...\n"
        "      Add a user (also: users add).\n"
        "  users list --database PATH|postgresql://...\n"
        "      Every user: role, department, disabled or not, sessions, failed logins of the last hour.\n"
        "  users disable|enable NAME --database ...\n"
        "      Disable a user (their sessions end at once; no login until enabled) or enable them again.\n"
        "  users reset-password NAME --password-file FILE --database ...\n"
        "      Set a new password; every session of the user ends, and their failed logins are cleared.\n"
        "  users sessions NAME --database ...\n"
        "      The user's sessions (tokens) not expired: id, signed in, expires.\n"
        "  users revoke NAME [--session ID] --database ...\n"
        "      End one session, or all of the user's.\n"
        "  users unlock NAME --database PATH|postgresql://...\n"
        "      Clear a user's failed logins, so they may log in at once.\n"
        "  calendar publish FILE --database PATH|postgresql://...\n"
        "      Publish a year of the official holiday schedule (the format of resources/calendar/*.json);\n"
        "      desktops receive it at their next sync. A year already published is replaced.\n"
        "  backup FILE --database PATH|postgresql://...\n"
        "      Copy the hub's store to FILE while the hub serves (SQLite: VACUUM INTO; PostgreSQL: pg_dump,\n"
        "      custom format). FILE must not exist.\n"
        "  restore FILE --database PATH|postgresql://...\n"
        "      Replace the store with a backup (stop the hubs first). The change counter never goes back,\n"
        "      everyone signs in again, and a SQLite store replaced is kept as PATH.replaced-TIME.\n"
        "  verify --database PATH|postgresql://...\n"
        "      Walk the hub's own trail (every operation accepted or refused, login and administrative act,\n"
        "      hash-chained) and name the first entry that was altered, inserted or removed. Exit 4 then.\n"
        "  demo --database PATH|postgresql://...\n"
        "      Seed the hub with the demo data of xiangshu-cli demo and one demo user per role\n"
        "      (demo-cataloguer, demo-reviewer, demo-manager, demo-auditor, demo-admin).\n");
}

int HubCommandLine::run(const QStringList& arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty() || rest.constFirst() == QLatin1String("--help") ||
        rest.constFirst() == QLatin1String("-h")) {
        print(rest.isEmpty() ? stderr : stdout, helpText());
        return rest.isEmpty() ? 2 : 0;
    }
    if (rest.constFirst() == QLatin1String("--version")) {
        print(stdout, QStringLiteral("xiangshu-hub %1 (protocol 1)").arg(QStringLiteral(XS_VERSION)));
        return 0;
    }
    const QString command = rest.constFirst();
    if (command == QLatin1String("serve"))
        return serve(arguments.mid(1));
    if (command == QLatin1String("dev-cert"))
        return devCert(arguments.mid(1));
    if (command == QLatin1String("signing-key"))
        return signingKey(arguments.mid(1));
    if (command == QLatin1String("user") || command == QLatin1String("users"))
        return HubUserCommands(m_clock).run(rest.value(1), arguments.mid(2));
    if (command == QLatin1String("demo"))
        return demo(arguments.mid(1));
    if (command == QLatin1String("calendar") && rest.value(1) == QLatin1String("publish"))
        return publishCalendar(arguments.mid(2));
    if (command == QLatin1String("backup") || command == QLatin1String("restore"))
        return backupOrRestore(command, arguments.mid(1));
    if (command == QLatin1String("verify"))
        return verify(arguments.mid(1));
    return usage(tr("Unknown command \"%1\".").arg(command));
}

std::optional<HubCommandLine::Tls> HubCommandLine::readTls(const QString& certificatePath,
                                                           const QString& keyPath, QString* error)
{
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the certificate or key file.");
        return std::nullopt;
    }
    Tls tls{QSslCertificate(certificateFile.readAll(), QSsl::Pem), {}};
    const QByteArray keyPem = keyFile.readAll();
    tls.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (tls.key.isNull())
        tls.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (tls.certificate.isNull() || tls.key.isNull()) {
        *error = tr("The certificate or key is not valid PEM.");
        return std::nullopt;
    }
    return tls;
}

int HubCommandLine::serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")},
                {QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT")},
                {QStringLiteral("cert"), QString(), QStringLiteral("FILE")},
                {QStringLiteral("key"), QString(), QStringLiteral("FILE")},
                {QStringLiteral("token-ttl"), QString(), QStringLiteral("SECONDS")},
                {QStringLiteral("trusted-proxy"), QString(), QStringLiteral("ADDRESS")},
                {QStringLiteral("signing-key"), QString(), QStringLiteral("FILE")},
                {QStringLiteral("max-connections-per-address"), QString(), QStringLiteral("N")},
                {QStringLiteral("max-pending-handshakes"), QString(), QStringLiteral("N")}}))
        return 2;
    for (const char* required : {"database", "listen", "cert", "key"}) {
        if (!parser.isSet(QLatin1String(required)))
            return usage(tr("serve needs --%1 (the hub speaks HTTPS only).").arg(QLatin1String(required)));
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = colon > 0 ? listen.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(listen.left(colon));
    if (!portOk || address.isNull())
        return usage(tr("--listen must be HOST:PORT with a numeric address, e.g. 127.0.0.1:8443."));

    const QString certificatePath = parser.value(QStringLiteral("cert"));
    const QString keyPath = parser.value(QStringLiteral("key"));
    QString tlsError;
    const std::optional<Tls> tls = readTls(certificatePath, keyPath, &tlsError);
    if (!tls)
        return failure(tlsError);

    const QString location = parser.value(QStringLiteral("database"));
    std::unique_ptr<HubBackup::ServingLock> servingLock;
    if (!HubBackup::isPostgres(location)) {
        servingLock = std::make_unique<HubBackup::ServingLock>(location, false);
        if (!servingLock->isHeld())
            return failure(tr("%1 is being restored; serve it once the restore has finished.").arg(location));
    }
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(location, m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));

    HubHttpServer::Settings settings;
    if (parser.isSet(QStringLiteral("token-ttl")))
        settings.auth.tokenLifetimeSeconds =
            qMax(1LL, parser.value(QStringLiteral("token-ttl")).toLongLong());
    // A connection cap given on the command line: a whole number from lowest to the overall cap.
    const auto capOption = [&](const char* name, int lowest, int* cap) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const int value = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || value < lowest || value > settings.limits.maxConnections)
            return false;
        *cap = value;
        return true;
    };
    if (!capOption("max-connections-per-address", 2, &settings.limits.maxConnectionsPerAddress))
        return usage(tr("--max-connections-per-address must be a number from 2 to %1.")
                         .arg(settings.limits.maxConnections));
    // Behind nginx, a burst of desktops becomes a burst of new connections from nginx alone; there
    // the cap that keeps slow handshakes from the internet at bay can be higher.
    if (!capOption("max-pending-handshakes", 16, &settings.limits.maxPendingHandshakes))
        return usage(tr("--max-pending-handshakes must be a number from 16 to %1.")
                         .arg(settings.limits.maxConnections));
    if (parser.isSet(QStringLiteral("trusted-proxy"))) {
        settings.trustedProxy = QHostAddress(parser.value(QStringLiteral("trusted-proxy")));
        if (settings.trustedProxy.isNull())
            return usage(tr("--trusted-proxy must be the proxy's numeric address, e.g. 127.0.0.1."));
    }
    if (parser.isSet(QStringLiteral("signing-key"))) {
        std::optional<SigningKey> signingKey =
            SigningKey::readPrivateKeyFile(parser.value(QStringLiteral("signing-key")), &error);
        if (!signingKey)
            return failure(error);
        settings.signingKey = std::make_shared<const SigningKey>(std::move(*signingKey));
    }
    HubLog log(m_clock);
    // The day's own changes (registrations that lapsed overnight) before the first client asks.
    HubDailyWork daily(*store, log, QStringLiteral("xiangshu-hub"));
    daily.start();
    HubHttpServer server(*store, log, settings);
    QString listenError;
    const quint16 bound = server.listenTls(address, port, tls->certificate, tls->key, &listenError);
    if (bound == 0)
        return failure(tr("Cannot listen on %1: %2").arg(listen, listenError));
    log.event(QStringLiteral("info"), QStringLiteral("listening"),
              {{QStringLiteral("address"), address.toString()},
               {QStringLiteral("port"), bound},
               {QStringLiteral("store"), store->dialect().driverName()},
               {QStringLiteral("signing_key"),
                settings.signingKey ? SigningKey::keyId(settings.signingKey->publicKey()) : QString()},
               {QStringLiteral("version"), QStringLiteral(XS_VERSION)}});
    // A service manager stops us with SIGTERM: finish the request in hand and leave cleanly. SIGHUP
    // (systemctl reload) reads the certificate and key again, for connections from then on: a
    // renewed certificate goes live without dropping anyone; a bad one is refused and the old stays.
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminate, qApp, &QCoreApplication::quit);
    QObject::connect(&unixSignals, &UnixSignals::hangUp, &server, [&] {
        QString reloadError;
        const std::optional<Tls> renewed = readTls(certificatePath, keyPath, &reloadError);
        if (!renewed) {
            log.event(QStringLiteral("error"), QStringLiteral("certificate_reload_failed"),
                      {{QStringLiteral("detail"), reloadError}});
            return;
        }
        server.replaceCertificate(renewed->certificate, renewed->key);
        log.event(QStringLiteral("info"), QStringLiteral("certificate_reloaded"),
                  {{QStringLiteral("expires"), renewed->certificate.expiryDate().toString(Qt::ISODate)},
                   {QStringLiteral("sha256"),
                    QString::fromLatin1(renewed->certificate.digest(QCryptographicHash::Sha256).toHex())}});
    });
    const int code = QCoreApplication::exec();
    log.event(QStringLiteral("info"), QStringLiteral("stopped"));
    return code;
}

int HubCommandLine::devCert(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {}))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("dev-cert needs the folder to write into: xiangshu-hub dev-cert DIR"));
    QString error;
    // Validity from the system's time even under a test clock: TLS peers check it against theirs.
    const DevCertificate::Files files =
        DevCertificate::write(parser.positionalArguments().constFirst(), {}, SystemClock().now(), &error);
    if (!error.isEmpty())
        return failure(error);
    print(stdout, tr("Certificate: %1").arg(files.certificatePath));
    print(stdout, tr("Key:         %1").arg(files.keyPath));
    print(stdout, tr("SHA-256:     %1").arg(files.sha256));
    print(stdout, tr("Signing key: %1 (public: %2)").arg(files.signingKeyPath, files.signingPublicKeyPath));
    return 0;
}

int HubCommandLine::signingKey(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {}))
        return 2;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("signing-key needs the file to write: xiangshu-hub signing-key FILE"));
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    const SigningKey key = SigningKey::generate();
    if (!HubKeyFiles::writeSigningKey(key, path, &error))
        return failure(error);
    print(stdout, tr("Signing key: %1 (keep it private; serve --signing-key %1)").arg(path));
    print(stdout, tr("Public key:  %1.pub (give it to desktops: xiangshu-cli login --hub-key)").arg(path));
    print(stdout, tr("Key id:      %1").arg(SigningKey::keyId(key.publicKey())));
    return 0;
}

int HubCommandLine::publishCalendar(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")}}))
        return 2;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("database")))
        return usage(tr("calendar publish needs one FILE and --database LOCATION."));
    QFile file(files.constFirst());
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return failure(tr("Cannot read %1.").arg(files.constFirst()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString error;
    const std::optional<CalendarYear> year =
        document.isObject() ? CalendarYear::fromJson(document.object(), &error) : std::nullopt;
    if (!year)
        return failure(tr("%1 is not a holiday schedule: %2")
                           .arg(files.constFirst(), document.isObject() ? error : parseError.errorString()));
    const std::unique_ptr<HubStore> store =
        HubStore::open(parser.value(QStringLiteral("database")), m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));
    HubLog log(m_clock);
    HubRecords records(*store, &log);
    if (!records.seed({RecordState{CalendarYear::Entity,
                                   CalendarYear::recordId(year->year),
                                   0,
                                   false,
                                   {},
                                   {},
                                   year->toRecordFields(),
                                   0}},
                      QStringLiteral("calendar"), &error))
        return failure(tr("Cannot publish the schedule: %1").arg(error));
    print(stdout, tr("Published the holiday schedule of %1 (%2).").arg(year->year).arg(year->source));
    if (records.lastRederived() > 0)
        print(stdout,
              tr("Counted %n provisional deadline(s) again on it; desktops receive them at their next "
                 "sync.",
                 nullptr, records.lastRederived()));
    return 0;
}

int HubCommandLine::backupOrRestore(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")}}))
        return 2;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(QStringLiteral("database")))
        return usage(tr("Usage: xiangshu-hub %1 FILE --database LOCATION").arg(command));
    const HubBackup backup(m_clock);
    const QString location = parser.value(QStringLiteral("database"));
    const HubBackup::Outcome outcome = command == QLatin1String("backup")
                                           ? backup.backup(location, files.constFirst())
                                           : backup.restore(files.constFirst(), location);
    if (!outcome.ok)
        return failure(outcome.message);
    print(stdout, outcome.message);
    return 0;
}

int HubCommandLine::verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")}}))
        return 2;
    if (!parser.isSet(QStringLiteral("database")) || !parser.positionalArguments().isEmpty())
        return usage(tr("Usage: xiangshu-hub verify --database LOCATION"));
    QString error;
    const std::unique_ptr<HubStore> store =
        HubStore::open(parser.value(QStringLiteral("database")), m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));
    const AuditTrail::Verdict verdict = HubTrail(*store).verify(&error);
    if (!error.isEmpty())
        return failure(tr("Cannot read the hub's trail: %1").arg(error));
    if (!verdict.intact()) {
        print(stderr, tr("The hub's trail is broken at entry %1 of %2 checked: %3")
                          .arg(verdict.firstBrokenSeq)
                          .arg(verdict.rows)
                          .arg(verdict.problem));
        return 4; // corrupt, as xiangshu-cli verify says it (CLI.md)
    }
    print(stdout, tr("The hub's trail is intact: %n entry(ies) checked.", nullptr, int(verdict.rows)));
    return 0;
}

int HubCommandLine::demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")}}))
        return 2;
    if (!parser.isSet(QStringLiteral("database")))
        return usage(tr("demo needs --database LOCATION."));
    QString error;
    const std::unique_ptr<HubStore> store =
        HubStore::open(parser.value(QStringLiteral("database")), m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));
    if (store->recordCount() > 0)
        return failure(tr("The hub already holds records; demo data goes only into an empty hub."));

    QList<RecordState> records;
    for (const Department& department : DemoDataGenerator::departments())
        records.append({QStringLiteral("department"),
                        department.id,
                        0,
                        false,
                        {},
                        {},
                        {{QStringLiteral("code"), department.code},
                         {QStringLiteral("name"), department.name},
                         {QStringLiteral("kind"), Department::kindToString(department.kind)},
                         {QStringLiteral("division_code"), department.divisionCode},
                         {QStringLiteral("sort_order"), department.sortOrder}},
                        0});
    // The same registration applications as a desktop's small demo, deadlines counted from today.
    const QList<RecordState> registrations =
        RegistrationDemoData(DemoDataGenerator::departments(), CalendarRepository::bundled(), m_clock.today())
            .records(DemoDataGenerator::applicationsFor(DemoDataGenerator::Scale::Small));
    const qsizetype departments = records.size();
    records += registrations;
    const QList<RecordState> grants = GrantDemoData(m_clock.today()).records(DemoDataGenerator::hubGrants());
    records += grants;
    HubRecords hubRecords(*store);
    if (!hubRecords.seed(records, QStringLiteral("demo"), &error))
        return failure(tr("Cannot write the demo data: %1").arg(error));
    // One user per role; the cataloguer works for 湖南省数据局. Each hash has its own salt: one
    // shared hash would tell anyone reading the store that the passwords are the same.
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor, Role::Admin}) {
        const QString name = QStringLiteral("demo-") + roleName(role);
        if (!store->user(name) &&
            !store->addUser(name, PasswordHash::hash(demoPassword().toUtf8()), role,
                            role == Role::Cataloguer ? QStringLiteral("430000027") : QString(), &error))
            return failure(tr("Cannot add %1: %2").arg(name, error));
    }
    print(stdout,
          tr("Demo data written: %1 departments, %2 registration applications, %4 records of authorized "
             "operation; users demo-cataloguer, "
             "demo-reviewer, demo-manager, demo-auditor and demo-admin with the password %3.")
              .arg(departments)
              .arg(registrations.size())
              .arg(demoPassword())
              .arg(grants.size()));
    return 0;
}

} // namespace xs
