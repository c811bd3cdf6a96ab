#pragma once

#include "models/grants/GrantRepository.h"
#include "models/pricing/OperatingReport.h"
#include "models/storage/DatabaseKey.h"

#include <QSqlDatabase>

class QObject;

namespace xs {

class Clock;
class DashboardLoader;
class GrantListModel;

/// What the grant and pricing dashboards get from the application: the clock, the area's
/// repository, and readers on a worker connection of their own (the figures at scale read a
/// million rows, never on the UI thread). Pages never see the database, its path or its key
/// (shared/ARCHITECTURE.md, Dependencies).
class GrantServices
{
public:
    /// clock: "today" for every figure (it must outlive the services).
    GrantServices(QSqlDatabase database, QString databasePath, DatabaseKey key, QString user,
                  const Clock& clock);
    ~GrantServices();
    GrantServices(const GrantServices&) = delete;
    GrantServices& operator=(const GrantServices&) = delete;

    const Clock& clock() const { return m_clock; }
    GrantRepository& repository() { return m_repository; }

    /// Reads figures and lists off the UI thread on a connection of its own (same file, same key).
    DashboardLoader* newLoader(QObject* parent) const;
    /// The agreements behind a figure, filled from the loader's list results.
    GrantListModel* newListModel(QObject* parent) const;
    /// An agreement's annual operating report for a year, with the published deadline rules and
    /// calendar; nullopt when it is not on this computer (*error if the database failed).
    std::optional<OperatingReport> operatingReport(const QString& agreementId, int year,
                                                   DatabaseError* error) const;

private:
    QSqlDatabase m_database;
    QString m_databasePath;
    DatabaseKey m_key;
    const Clock& m_clock;
    GrantRepository m_repository;
};

} // namespace xs
