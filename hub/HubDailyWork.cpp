#include "hub/HubDailyWork.h"

#include "hub/HubLog.h"
#include "hub/HubStore.h"

namespace xs {

HubDailyWork::HubDailyWork(HubStore& store, HubLog& log, QString user, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_log(log)
    , m_records(store, &log)
    , m_user(std::move(user))
{
    m_timer.setInterval(std::chrono::minutes(1));
    m_timer.callOnTimeout(this, [this] { settleIfNewDay(); });
}

void HubDailyWork::start()
{
    settleIfNewDay();
    m_timer.start();
}

bool HubDailyWork::settleIfNewDay()
{
    const QDate today = m_store.clock().today();
    if (today == m_settled)
        return true;
    QString error;
    const std::optional<int> rewritten = m_records.settleDay(m_user, &error);
    if (!rewritten) {
        // Nothing was written: the next check tries the whole day again.
        m_log.event(QStringLiteral("warning"), QStringLiteral("day_not_settled"),
                    {{QStringLiteral("day"), today.toString(Qt::ISODate)}, {QStringLiteral("error"), error}});
        return false;
    }
    m_settled = today;
    m_log.event(
        QStringLiteral("info"), QStringLiteral("day_settled"),
        {{QStringLiteral("day"), today.toString(Qt::ISODate)}, {QStringLiteral("records"), *rewritten}});
    return true;
}

} // namespace xs
