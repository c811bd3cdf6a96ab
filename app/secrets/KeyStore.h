#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace xs {

/// Where database keys live on this computer: the OS keychain (Secret Service on Linux).
///
/// Asynchronous, because the keychain is a D-Bus service that may prompt the user or be slow to
/// start. There is deliberately no plaintext implementation: without a keychain, the recovery
/// passphrase unlocks the database every time.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(xs::KeyStore)

public:
    enum class Status
    {
        Ok,
        NotFound,     // no key stored for this database on this computer
        NoService,    // no Secret Service on the session bus (or no session bus at all)
        Locked,       // the keyring is locked and could not be unlocked
        AccessDenied, // the user or a policy refused access
        Failed,       // anything else; detail says what
    };

    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret;
        QString detail;
        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result&)>;

    virtual ~KeyStore() = default;

    virtual void read(const QString& account, Callback done) = 0;
    virtual void write(const QString& account, const QByteArray& secret, Callback done) = 0;
    virtual void remove(const QString& account, Callback done) = 0;

    /// A sentence for the user: what happened and how to get in anyway.
    static QString describe(Status status);

    /// Keychain account names for one database (by id). A rekey in progress keeps the next key
    /// under the pending name until the database file has switched over.
    static QString currentAccount(const QString& databaseId);
    static QString pendingAccount(const QString& databaseId);
};

} // namespace xs
