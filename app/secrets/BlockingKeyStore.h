#pragma once

#include "app/secrets/KeyStore.h"

namespace xs::BlockingKeyStore {

// Waits for a KeyStore call with a local event loop. For the command-line tool and for work that
// already runs outside the GUI's event handling; widgets must use the asynchronous calls.

constexpr int DefaultTimeoutMs = 30000;

KeyStore::Result read(KeyStore& store, const QString& account, int timeoutMs = DefaultTimeoutMs);
KeyStore::Result write(KeyStore& store, const QString& account, const QByteArray& secret,
                       int timeoutMs = DefaultTimeoutMs);
KeyStore::Result remove(KeyStore& store, const QString& account, int timeoutMs = DefaultTimeoutMs);

} // namespace xs::BlockingKeyStore
