#pragma once

#include "app/secrets/KeyStore.h"

namespace xs {

/// KeyStore on QtKeychain (libsecret / Secret Service on Linux). The insecure plaintext fallback
/// is switched off explicitly on every job.
class QtKeychainStore final : public KeyStore
{
public:
    static constexpr const char* ServiceName = "xiangshu-workbench";

    explicit QtKeychainStore(QString service = QString::fromLatin1(ServiceName));

    void read(const QString& account, Callback done) override;
    void write(const QString& account, const QByteArray& secret, Callback done) override;
    void remove(const QString& account, Callback done) override;

private:
    QString m_service;
};

} // namespace xs
