#pragma once

#include "app/sync/HubError.h"
#include "models/fieldaudit/OfflinePackage.h"

#include <QObject>
#include <QPointer>

namespace xs {

class SyncService;

/// 准备离线 for one field audit: a sync first, so the task, its checklist template, the target's
/// records and earlier findings are the hub's latest; then every evidence file of the visit and of
/// earlier visits to the same target fetched into the encrypted store, one at a time, each
/// verified; then the task marked prepared on this desktop. A file the hub cannot give (not yet
/// uploaded by its auditor, refused) is reported and the rest go on; a lost network stops it, and
/// what was fetched stays. Cancellable at any point.
class OfflinePreparation : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Syncing,
        Fetching,
    };

    struct Result
    {
        QString taskId;
        HubError error;              // why it stopped; None when every step ran
        QStringList filesNotFetched; // "file name: reason", for files the hub could not give
        OfflineContents contents;    // what this desktop holds now
    };

    /// user: who prepares (the mark names them); sync, database and clock must outlive this.
    OfflinePreparation(SyncService& sync, QSqlDatabase database, QString user, const Clock& clock,
                       QObject* parent = nullptr);

    bool isRunning() const { return !m_taskId.isEmpty(); }
    void start(const QString& taskId);
    void cancel();

signals:
    /// done of total files while fetching; while syncing, total is 0.
    void progress(xs::OfflinePreparation::Stage stage, int done, int total);
    void finished(const xs::OfflinePreparation::Result& result);

private:
    void sync();
    void onSyncFinished(const HubError& error);
    void fetchNext();
    void onFetched(const AttachmentRef& ref, const HubError& error);
    void finish(const HubError& error);
    QString fileName(const AttachmentRef& ref) const;

    SyncService& m_sync;
    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    OfflinePackage m_package;
    QString m_taskId;
    QList<AttachmentRef> m_queue;
    QStringList m_notFetched;
    int m_total = 0;
    bool m_cancelled = false;
    QMetaObject::Connection m_waiting; // for the end of the sync this preparation waits on
};

} // namespace xs

Q_DECLARE_METATYPE(xs::OfflinePreparation::Result)
