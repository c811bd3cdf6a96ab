#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

class Clock;
struct RecordState;

/// What this desktop holds of what an auditor needs for one visit with no network (准备离线,
/// DOMAIN.md §6): the checklist template, the target and the records the visit looks at, the
/// findings of earlier visits to the same target, and the evidence files of this visit and those.
struct OfflineContents
{
    bool taskHere = false;
    bool templateHere = false;
    bool targetHere = false;
    /// The catalog entries the visit looks at: the department's own (catalog visit), those the
    /// operator's agreements cover, or the one a registration names.
    int catalogEntries = 0;
    int agreements = 0;    // the operator's agreements (authorized operation visit)
    int earlierVisits = 0; // other visits to the same target planned on or before this one
    int earlierFindings = 0;
    int evidenceFiles = 0; // evidence records of this visit and the earlier ones
    int evidenceHere = 0;  // of which the bytes are in this desktop's store
    qint64 bytesMissing = 0;
    /// The evidence whose bytes are only on the hub, this visit's first.
    QList<AttachmentRef> toFetch;

    /// Everything the visit needs is here: it can be done with no network.
    bool isComplete() const { return taskHere && templateHere && targetHere && toFetch.isEmpty(); }
};

/// When this desktop was last prepared for a visit, and by whom.
struct OfflineMark
{
    QDateTime preparedAt; // UTC
    QString preparedBy;
};

/// Reads OfflineContents from the local records and keeps the mark of the last preparation (a
/// local table: it says what this laptop was given, nothing about the task itself).
class OfflinePackage
{
    Q_DECLARE_TR_FUNCTIONS(xs::OfflinePackage)

public:
    /// clock: when a preparation is marked (it must outlive the package).
    OfflinePackage(QSqlDatabase database, const Clock& clock);

    OfflineContents contents(const QString& taskId) const;
    DatabaseError markPrepared(const QString& taskId, const QString& user);
    std::optional<OfflineMark> mark(const QString& taskId) const;

    /// One line for the task screen: what is here, and what is missing.
    static QString describe(const OfflineContents& contents);
    /// What keeps the visit from being done offline, one line each (empty when complete).
    static QStringList gaps(const OfflineContents& contents);

private:
    int count(const QString& sql, const QVariantList& bindings) const;
    void countTargetRecords(const QString& kind, const QString& target, OfflineContents* contents) const;
    void countEarlierVisits(const RecordState& task, OfflineContents* contents) const;
    void countEvidence(const QStringList& taskIds, OfflineContents* contents) const;

    QSqlDatabase m_database;
    const Clock& m_clock;
};

} // namespace xs
