#pragma once

#include "hub/HubRecords.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace xs {

class HubLog;
class HubStore;

/// What the hub does because a day began in China rather than because a client asked: the record
/// types' onNewDay rules (registrations past their expiry lapse). It runs when the hub starts and
/// then whenever the date has moved, checked each minute, so a hub running for weeks still cancels
/// on the first day after expiry. Two hubs on one database may both run it: the second finds
/// nothing left to do.
class HubDailyWork : public QObject
{
    Q_OBJECT

public:
    /// user: the name the hub's own changes carry (the timeline's "by").
    HubDailyWork(HubStore& store, HubLog& log, QString user, QObject* parent = nullptr);

    /// Settles today now if it was not yet, and checks again each minute.
    void start();
    /// Settles today if it was not yet. False when the store failed (logged; tried again later).
    bool settleIfNewDay();

private:
    HubStore& m_store;
    HubLog& m_log;
    HubRecords m_records;
    QString m_user;
    QDate m_settled;
    QTimer m_timer;
};

} // namespace xs
