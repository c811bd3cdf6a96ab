#include "app/Application.h"

namespace xs {

Application::Application(std::unique_ptr<KeyStore> keychain, std::unique_ptr<Clock> clock,
                         QString databasePath, QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_clock(std::move(clock))
    , m_unlocker(*m_keychain, *m_clock, std::move(databasePath))
{
    connect(&m_unlocker, &UnlockController::unlocked, this, [this] {
        m_sync.reset();
        m_database = m_unlocker.takeDatabase();
        m_sync = std::make_unique<SyncService>(*m_database, *m_keychain, *m_clock);
        emit databaseOpened();
        m_sync->start();
    });
}

Application::~Application() = default;

} // namespace xs
