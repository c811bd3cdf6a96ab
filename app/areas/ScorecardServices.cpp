#include "app/areas/ScorecardServices.h"

#include "models/common/Clock.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"

namespace xs {

ScorecardServices::ScorecardServices(QSqlDatabase database, QString databasePath, DatabaseKey key,
                                     QString user, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
    , m_thread(std::move(databasePath), std::move(key))
{
    connect(&m_scorecard, &QFutureWatcherBase::finished, this, [this] {
        if (m_nextScorecard) // a newer period was asked for meanwhile: this result is stale
            return startScorecard(*std::exchange(m_nextScorecard, std::nullopt));
        emit computed(m_scorecard.result());
    });
    connect(&m_behind, &QFutureWatcherBase::finished, this, [this] {
        if (m_nextBehind)
            return startBehind(*std::exchange(m_nextBehind, std::nullopt));
        emit behindLoaded(m_behind.result());
    });
}

// The watchers go before the thread (declared after it): nothing is delivered once the services
// go, and the thread finishes what runs and closes its connection.
ScorecardServices::~ScorecardServices() = default;

ScorecardMeasures::Weights ScorecardServices::weights() const
{
    return ScorecardMeasures::Weights::fromRecords(
        LocalRecords(m_database, m_clock).live(ScorecardMeasures::WeightEntity));
}

DatabaseError ScorecardServices::setWeight(Role role, ScorecardMeasures::Measure measure, int weight)
{
    const QString code = ScorecardMeasures::code(measure);
    const QList<RecordState> existing =
        LocalRecords(m_database, m_clock)
            .liveWith(ScorecardMeasures::WeightEntity, QStringLiteral("measure"), code);
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, {}}, ScorecardMeasures::WeightEntity,
              existing.isEmpty() ? QString() : existing.constFirst().id,
              {{QStringLiteral("measure"), code}, {QStringLiteral("weight"), weight}});
}

void ScorecardServices::requestScorecard(const ScorecardMeasures::Period& period)
{
    if (m_scorecard.isRunning())
        m_nextScorecard = period;
    else
        startScorecard(period);
}

void ScorecardServices::requestBehind(const ScorecardMeasures::Period& period,
                                      ScorecardMeasures::Measure measure, const QString& department)
{
    const BehindRequest request{period, measure, department};
    if (m_behind.isRunning())
        m_nextBehind = request;
    else
        startBehind(request);
}

void ScorecardServices::startScorecard(const ScorecardMeasures::Period& period)
{
    m_scorecard.setFuture(m_thread.run([period, weights = weights(), today = m_clock.today()](
                                           QSqlDatabase* connection, const DatabaseError& error) {
        if (!connection) {
            Scorecard::Result failed;
            failed.period = period;
            failed.error = error;
            return failed;
        }
        return Scorecard::compute(*connection, period, weights, today);
    }));
}

void ScorecardServices::startBehind(const BehindRequest& request)
{
    m_behind.setFuture(m_thread.run(
        [request, today = m_clock.today()](QSqlDatabase* connection, const DatabaseError& error) {
            Behind behind{request.measure, request.department, {}, error};
            if (connection)
                behind.records = Scorecard::recordsBehind(*connection, request.period, today, request.measure,
                                                          request.department, BehindLimit, &behind.error);
            return behind;
        }));
}

} // namespace xs
