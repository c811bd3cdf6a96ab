#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QPixmap>
#include <QSet>

namespace xs {

class EvidenceListModel;
class FieldAuditServices;

/// The evidence list with a thumbnail of each photo as the decoration of its file column, for the
/// gallery. A photo is read from the encrypted store and decoded at thumbnail size on a worker
/// thread the first time a view asks for it, then kept in memory only: no thumbnail ever reaches
/// the disk. A scanned document, a file only on the hub, or one that cannot be decoded shows an
/// icon that says which.
class EvidenceThumbnails : public QIdentityProxyModel
{
    Q_OBJECT

public:
    static constexpr int Edge = 160;

    /// source and services must outlive the proxy.
    EvidenceThumbnails(EvidenceListModel& source, FieldAuditServices& services, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    /// True once the photo's thumbnail is decoded (or found undecodable).
    bool isReady(const QString& evidenceId) const { return m_done.contains(evidenceId); }

private:
    QVariant decoration(const QString& evidenceId) const;
    void request(const QString& evidenceId) const;
    void deliver(const QString& evidenceId, const QImage& image);

    EvidenceListModel& m_source;
    FieldAuditServices& m_services;
    // Filled lazily from data(), which is const: what views ask for decides what is decoded.
    mutable QHash<QString, QPixmap> m_done; // a null pixmap: the photo could not be decoded
    mutable QSet<QString> m_pending;
};

} // namespace xs
