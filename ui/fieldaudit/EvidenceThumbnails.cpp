#include "ui/fieldaudit/EvidenceThumbnails.h"

#include "app/areas/FieldAuditServices.h"
#include "app/media/PhotoDownscaler.h"
#include "models/fieldaudit/EvidenceListModel.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

namespace xs {

EvidenceThumbnails::EvidenceThumbnails(EvidenceListModel& source, FieldAuditServices& services,
                                       QObject* parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
    , m_services(services)
{
    setSourceModel(&source);
}

QVariant EvidenceThumbnails::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid() && index.column() == EvidenceListModel::FileColumn)
        return decoration(index.data(EvidenceListModel::IdRole).toString());
    return QIdentityProxyModel::data(index, role);
}

QVariant EvidenceThumbnails::decoration(const QString& evidenceId) const
{
    const EvidenceRow* row = m_source.row(evidenceId);
    QStyle* style = QApplication::style();
    if (!row)
        return {};
    if (!row->file) // only the record is here: the bytes are on the hub
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    if (!row->field("media_type").startsWith(QLatin1String("image/")))
        return style->standardIcon(QStyle::SP_FileIcon);
    if (const auto done = m_done.constFind(evidenceId); done != m_done.constEnd())
        return done->isNull() ? QVariant(style->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant(*done);
    request(evidenceId);
    return style->standardIcon(QStyle::SP_FileDialogContentsView);
}

void EvidenceThumbnails::request(const QString& evidenceId) const
{
    if (m_pending.contains(evidenceId))
        return;
    DatabaseError error;
    const std::optional<QByteArray> bytes = m_services.content(evidenceId, &error);
    m_pending.insert(evidenceId);
    auto* self = const_cast<EvidenceThumbnails*>(this);
    auto* watcher = new QFutureWatcher<QImage>(self);
    connect(watcher, &QFutureWatcher<QImage>::finished, self, [self, watcher, evidenceId] {
        self->deliver(evidenceId, watcher->result());
        watcher->deleteLater();
    });
    // The bytes are read here (the database connection belongs to this thread); the decoding,
    // the slow part, runs on a worker.
    watcher->setFuture(QtConcurrent::run([photo = bytes.value_or(QByteArray())] {
        return photo.isEmpty() ? QImage() : PhotoDownscaler::decode(photo, Edge);
    }));
}

void EvidenceThumbnails::deliver(const QString& evidenceId, const QImage& image)
{
    m_pending.remove(evidenceId);
    m_done.insert(evidenceId, QPixmap::fromImage(image));
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex cell = index(row, EvidenceListModel::FileColumn);
        if (cell.data(EvidenceListModel::IdRole).toString() == evidenceId)
            emit dataChanged(cell, cell, {Qt::DecorationRole});
    }
}

} // namespace xs
