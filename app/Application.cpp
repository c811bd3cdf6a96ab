#include "app/Application.h"

namespace xs {

Application::Application(std::unique_ptr<KeyStore> keychain, QString databasePath, QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_unlocker(*m_keychain, std::move(databasePath))
{
    connect(&m_unlocker, &UnlockController::unlocked, this, [this] {
        m_sync.reset();
        m_database = m_unlocker.takeDatabase();
        m_sync = std::make_unique<SyncService>(*m_database, *m_keychain);
        emit databaseOpened();
        m_sync->start();
    });
}

Application::~Application() = default;

} // namespace xs
