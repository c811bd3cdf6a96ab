#pragma once

#include "models/journal/SyncTypes.h"

#include <QDate>
#include <QSqlDatabase>

namespace xs::test {

/// A scorecard computed by hand (tst_scorecard, tst_scorecardpage): two departments, Hand and
/// Other, and for Hand in 2026-Q4 as of ScorecardToday: 3 of 4 entries published, 2 of those 3
/// current, 1 of 3 requests answered in time (one not due yet, one due the quarter before, one
/// withdrawn), its correction after feedback late, an audit order and an open-data answer in
/// time. Default weights give Hand 65.0 (80.56 the quarter before) and Other 100.
namespace ScorecardFixture {

inline const QString Hand = QStringLiteral("430000001");
inline const QString Other = QStringLiteral("430000002");
inline const QDate Today{2026, 11, 20};

/// Writes the records as a sync would bring them. False if one could not be written.
bool write(QSqlDatabase database);

/// A synced record of entity.
RecordState record(const char* entity, const QString& id, QJsonObject fields);

} // namespace ScorecardFixture

} // namespace xs::test
