#pragma once

#include "app/DatabaseThread.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/Roles.h"
#include "models/scorecard/Scorecard.h"
#include "models/storage/DatabaseKey.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace xs {

class Clock;

/// What the 绩效考核 page gets from the application: the scorecard of a period and the records
/// behind a figure, both read on a thread and connection of their own (every department's
/// figures over every request, order and entry), and the weights, read and saved through the
/// hub's own rules. Requests made while one runs are coalesced: only the newest is read next.
class ScorecardServices : public QObject
{
    Q_OBJECT

public:
    struct Behind
    {
        ScorecardMeasures::Measure measure;
        QString department;
        QList<ScorecardRecord> records;
        DatabaseError error;
    };

    ScorecardServices(QSqlDatabase database, QString databasePath, DatabaseKey key, QString user,
                      const Clock& clock, QObject* parent = nullptr);
    ~ScorecardServices() override;

    const Clock& clock() const { return m_clock; }
    ScorecardMeasures::Weights weights() const;
    /// Saves one measure's weight (administrators; the hub decides again at the next sync).
    DatabaseError setWeight(Role role, ScorecardMeasures::Measure measure, int weight);

    /// The scorecard of period, delivered by computed().
    void requestScorecard(const ScorecardMeasures::Period& period);
    /// The records behind one department's figure, delivered by behindLoaded().
    void requestBehind(const ScorecardMeasures::Period& period, ScorecardMeasures::Measure measure,
                       const QString& department);

    static constexpr int BehindLimit = 500;

signals:
    void computed(const xs::Scorecard::Result& result);
    void behindLoaded(const xs::ScorecardServices::Behind& behind);

private:
    struct BehindRequest
    {
        ScorecardMeasures::Period period;
        ScorecardMeasures::Measure measure;
        QString department;
    };
    void startScorecard(const ScorecardMeasures::Period& period);
    void startBehind(const BehindRequest& request);

    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    ChangeJournal m_journal;
    DatabaseThread m_thread;
    QFutureWatcher<Scorecard::Result> m_scorecard;
    QFutureWatcher<Behind> m_behind;
    std::optional<ScorecardMeasures::Period> m_nextScorecard;
    std::optional<BehindRequest> m_nextBehind;
};

} // namespace xs
