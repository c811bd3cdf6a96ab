#include "app/secrets/BlockingKeyStore.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace xs::BlockingKeyStore {

namespace {

struct Pending
{
    QEventLoop loop;
    KeyStore::Result result;
    bool finished = false;
};

template <typename Start>
KeyStore::Result wait(int timeoutMs, Start start)
{
    // Shared, because a keychain that answers after the timeout must not write to a dead frame.
    auto pending = std::make_shared<Pending>();
    std::weak_ptr<Pending> weak = pending;
    start([weak](const KeyStore::Result& result) {
        if (auto alive = weak.lock()) {
            alive->result = result;
            alive->finished = true;
            alive->loop.quit();
        }
    });
    if (!pending->finished) {
        QTimer::singleShot(timeoutMs, &pending->loop, &QEventLoop::quit);
        pending->loop.exec();
    }
    if (!pending->finished) {
        KeyStore::Result timedOut;
        timedOut.status = KeyStore::Status::NoService;
        timedOut.detail = QStringLiteral("the keychain did not answer within %1 s").arg(timeoutMs / 1000);
        return timedOut;
    }
    return pending->result;
}

} // namespace

KeyStore::Result read(KeyStore& store, const QString& account, int timeoutMs)
{
    return wait(timeoutMs, [&](KeyStore::Callback done) { store.read(account, std::move(done)); });
}

KeyStore::Result write(KeyStore& store, const QString& account, const QByteArray& secret, int timeoutMs)
{
    return wait(timeoutMs, [&](KeyStore::Callback done) { store.write(account, secret, std::move(done)); });
}

KeyStore::Result remove(KeyStore& store, const QString& account, int timeoutMs)
{
    return wait(timeoutMs, [&](KeyStore::Callback done) { store.remove(account, std::move(done)); });
}

} // namespace xs::BlockingKeyStore
