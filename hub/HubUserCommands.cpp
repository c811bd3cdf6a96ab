#include "hub/HubUserCommands.h"

#include "hub/HubAuth.h"
#include "hub/HubCommandSupport.h"
#include "hub/HubStore.h"
#include "hub/HubTrail.h"
#include "hub/HubUsers.h"
#include "models/crypto/PasswordHash.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

namespace xs {

using HubCommandSupport::failure;
using HubCommandSupport::firstLine;
using HubCommandSupport::parse;
using HubCommandSupport::print;
using HubCommandSupport::usage;

namespace {

constexpr int MinimumPasswordLength = 10;

QString dateTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HubUserCommands::HubUserCommands(const Clock& clock)
    : m_clock(clock)
{}

int HubUserCommands::run(const QString& subcommand, const QStringList& arguments)
{
    if (subcommand == QLatin1String("add"))
        return add(arguments);
    static const QStringList known{QStringLiteral("list"),     QStringLiteral("disable"),
                                   QStringLiteral("enable"),   QStringLiteral("reset-password"),
                                   QStringLiteral("sessions"), QStringLiteral("revoke"),
                                   QStringLiteral("unlock")};
    if (!known.contains(subcommand))
        return usage(tr("Unknown users command \"%1\"; one of: add, %2.")
                         .arg(subcommand, known.join(QStringLiteral(", "))));

    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("database"), QString(), QStringLiteral("LOCATION")},
                {QStringLiteral("password-file"), QString(), QStringLiteral("FILE")},
                {QStringLiteral("session"), QString(), QStringLiteral("ID")}}))
        return 2;
    const QStringList names = parser.positionalArguments();
    const bool needsName = subcommand != QLatin1String("list");
    if (!parser.isSet(QStringLiteral("database")) || names.size() != (needsName ? 1 : 0))
        return usage(needsName ? tr("Usage: xiangshu-hub users %1 NAME --database LOCATION").arg(subcommand)
                               : tr("Usage: xiangshu-hub users list --database LOCATION"));
    if (subcommand == QLatin1String("reset-password") && !parser.isSet(QStringLiteral("password-file")))
        return usage(
            tr("reset-password needs --password-file FILE with the new password on its first line."));
    QString error;
    const std::unique_ptr<HubStore> store =
        HubStore::open(parser.value(QStringLiteral("database")), m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));
    if (!needsName)
        return list(*store);
    const QString name = names.constFirst();
    if (!store->user(name))
        return failure(tr("There is no user %1.").arg(name));
    if (subcommand == QLatin1String("disable") || subcommand == QLatin1String("enable"))
        return setDisabled(*store, name, subcommand == QLatin1String("disable"));
    if (subcommand == QLatin1String("reset-password"))
        return resetPassword(*store, name, parser.value(QStringLiteral("password-file")));
    if (subcommand == QLatin1String("sessions"))
        return sessions(*store, name);
    if (subcommand == QLatin1String("revoke"))
        return revoke(*store, name, parser.value(QStringLiteral("session")));
    return unlock(*store, name);
}

int HubUserCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("role"), QString(), QStringLiteral("ROLE")},
                {QStringLiteral("password-file"), QString(), QStringLiteral("FILE")},
                {QStringLiteral("department"), QString(), QStringLiteral("CODE")},
                {QStringLiteral("database"), QString(), QStringLiteral("LOCATION")}}))
        return 2;
    const QStringList names = parser.positionalArguments();
    const std::optional<Role> role = roleFromName(parser.value(QStringLiteral("role")));
    if (names.size() != 1 || !role || !parser.isSet(QStringLiteral("password-file")) ||
        !parser.isSet(QStringLiteral("database")))
        return usage(tr("Usage: xiangshu-hub user add NAME --role cataloguer|reviewer|manager|auditor|admin "
                        "--password-file FILE [--department CODE] --database LOCATION"));
    if (*role == Role::Cataloguer && !parser.isSet(QStringLiteral("department")))
        return usage(tr("A cataloguer belongs to a department: add --department CODE."));
    bool ok = false;
    const QString password = firstLine(parser.value(QStringLiteral("password-file")), &ok);
    if (!ok || password.size() < MinimumPasswordLength)
        return usage(
            tr("The password file must hold a password of at least 10 characters on its first line."));
    QString error;
    const std::unique_ptr<HubStore> store =
        HubStore::open(parser.value(QStringLiteral("database")), m_clock, &error);
    if (!store)
        return failure(tr("Cannot open the hub database: %1").arg(error));
    if (store->user(names.constFirst()))
        return failure(tr("The user %1 already exists.").arg(names.constFirst()));
    if (!store->addUser(names.constFirst(), PasswordHash::hash(password.toUtf8()), *role,
                        parser.value(QStringLiteral("department")), &error) ||
        !HubTrail(*store).appendAlone(
            HubTrail::event(HubTrail::commandActor(), QStringLiteral("user_added"), QStringLiteral("user"),
                            names.constFirst(),
                            roleName(*role) + QLatin1Char(' ') + parser.value(QStringLiteral("department"))),
            &error))
        return failure(tr("Cannot add the user: %1").arg(error));
    print(stdout, tr("Added %1 (%2).").arg(names.constFirst(), roleName(*role)));
    return 0;
}

int HubUserCommands::list(HubStore& store)
{
    // Tab-separated with a heading row: readable, and easy for scripts to cut.
    print(stdout, QStringLiteral("name\trole\tdepartment\tstate\tsessions\tfailed_logins_1h\tcreated_at"));
    for (const HubUsers::Entry& entry : HubUsers(store, HubTrail::commandActor()).list())
        print(stdout, QStringList{entry.name, roleName(entry.role), entry.department,
                                  entry.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                                  QString::number(entry.sessions), QString::number(entry.recentFailures),
                                  entry.createdAt}
                          .join(QLatin1Char('\t')));
    return 0;
}

int HubUserCommands::setDisabled(HubStore& store, const QString& name, bool disabled)
{
    QString error;
    if (!HubUsers(store, HubTrail::commandActor()).setDisabled(name, disabled, &error))
        return failure(tr("Cannot change %1: %2").arg(name, error));
    print(stdout, disabled ? tr("%1 is disabled; their sessions have ended.").arg(name)
                           : tr("%1 is enabled; they may log in again.").arg(name));
    return 0;
}

int HubUserCommands::resetPassword(HubStore& store, const QString& name, const QString& passwordFile)
{
    bool ok = false;
    const QString password = firstLine(passwordFile, &ok);
    if (!ok || password.size() < MinimumPasswordLength)
        return usage(
            tr("The password file must hold a password of at least 10 characters on its first line."));
    QString error;
    if (!HubUsers(store, HubTrail::commandActor())
             .resetPassword(name, PasswordHash::hash(password.toUtf8()), &error))
        return failure(tr("Cannot set the password of %1: %2").arg(name, error));
    print(stdout, tr("The password of %1 is set; every session of theirs has ended.").arg(name));
    return 0;
}

int HubUserCommands::sessions(HubStore& store, const QString& name)
{
    print(stdout, QStringLiteral("session\tsigned_in\texpires"));
    for (const HubUsers::Session& session : HubUsers(store, HubTrail::commandActor()).sessions(name))
        print(stdout, QStringList{session.id, dateTime(session.createdAt), dateTime(session.expiresAt)}.join(
                          QLatin1Char('\t')));
    return 0;
}

int HubUserCommands::revoke(HubStore& store, const QString& name, const QString& session)
{
    QString error;
    const int ended = HubUsers(store, HubTrail::commandActor()).revoke(name, session, &error);
    if (ended < 0)
        return failure(tr("Cannot end the sessions of %1: %2").arg(name, error));
    if (!session.isEmpty() && ended == 0)
        return failure(tr("%1 has no session %2.").arg(name, session));
    print(stdout, tr("Ended %n session(s) of %1.", nullptr, ended).arg(name));
    return 0;
}

int HubUserCommands::unlock(HubStore& store, const QString& name)
{
    QString error;
    HubAuth auth(store, {});
    if (!auth.unlock(name, &error) ||
        !HubTrail(store).appendAlone(HubTrail::event(HubTrail::commandActor(),
                                                     QStringLiteral("user_unlocked"), QStringLiteral("user"),
                                                     name),
                                     &error))
        return failure(tr("Cannot unlock %1: %2").arg(name, error));
    print(stdout, tr("The failed logins of %1 are cleared; they may log in at once.").arg(name));
    return 0;
}

} // namespace xs
