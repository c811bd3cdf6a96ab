#include "ui/fieldaudit/EvidencePanel.h"

#include "app/areas/FieldAuditServices.h"
#include "app/media/PhotoDownscaler.h"
#include "app/sync/HubError.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "ui/fieldaudit/EvidenceThumbnails.h"
#include "ui/fieldaudit/EvidenceViewer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace xs {

EvidencePanel::EvidencePanel(FieldAuditServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_evidence(std::make_unique<EvidenceListModel>())
{
    m_thumbnails = new EvidenceThumbnails(*m_evidence, m_services, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditEvidence"));
    m_view->setModel(m_thumbnails);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The gallery: the same rows and the same selection, as thumbnails.
    m_gallery = new QListView(this);
    m_gallery->setObjectName(QStringLiteral("auditEvidenceGallery"));
    m_gallery->setModel(m_thumbnails);
    m_gallery->setModelColumn(EvidenceListModel::FileColumn);
    m_gallery->setSelectionModel(m_view->selectionModel());
    m_gallery->setViewMode(QListView::IconMode);
    m_gallery->setIconSize(QSize(EvidenceThumbnails::Edge, EvidenceThumbnails::Edge));
    m_gallery->setGridSize(QSize(EvidenceThumbnails::Edge + 32, EvidenceThumbnails::Edge + 44));
    m_gallery->setResizeMode(QListView::Adjust);
    m_gallery->setMovement(QListView::Static);
    m_gallery->setUniformItemSizes(true);
    m_gallery->setWordWrap(true);
    m_gallery->setTextElideMode(Qt::ElideMiddle);
    m_gallery->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_gallery);
    m_views->addWidget(m_view);
    m_asGallery = new QToolButton(this);
    m_asGallery->setObjectName(QStringLiteral("evidenceAsGallery"));
    m_asGallery->setText(tr("Thumbnails"));
    m_asList = new QToolButton(this);
    m_asList->setObjectName(QStringLiteral("evidenceAsList"));
    m_asList->setText(tr("Details"));
    auto* viewChoice = new QButtonGroup(this);
    for (QToolButton* button : {m_asGallery, m_asList}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        viewChoice->addButton(button);
    }
    m_asGallery->setChecked(true);
    connect(m_asGallery, &QToolButton::toggled, this, [this](bool gallery) {
        m_views->setCurrentWidget(gallery ? static_cast<QWidget*>(m_gallery) : m_view);
    });
    m_add = new QPushButton(tr("Add evidence…"), this);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_open = new QPushButton(tr("Open"), this);
    m_verify = new QPushButton(tr("Verify SHA-256"), this);
    m_fetch = new QPushButton(tr("Fetch from the hub"), this);
    m_downscale = new QCheckBox(tr("&Downscale photos"), this);
    m_downscale->setObjectName(QStringLiteral("downscaleEvidence"));
    m_downscale->setToolTip(
        tr("Photos added now are made at most %1 pixels on the longer side, their EXIF date, "
           "place and camera kept; the evidence says it was downscaled. PDFs are never changed.")
            .arg(AttachmentLimits::DownscaleEdge));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_downscale);
    for (QPushButton* button : {m_open, m_verify, m_fetch})
        actions->addWidget(button);
    actions->addStretch(1);
    m_empty =
        new QLabel(tr("No evidence for this task yet. Its auditors add photos and scans while the task is "
                      "in progress, offline too."),
                   this);
    m_empty->setObjectName(QStringLiteral("auditEvidenceEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Evidence (kept encrypted on this computer; opened from memory):"), this),
                      1);
    header->addWidget(m_asGallery);
    header->addWidget(m_asList);
    layout->addLayout(header);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EvidencePanel::updateActions);
    connect(m_view, &QTableView::activated, this, &EvidencePanel::viewSelected);
    connect(m_gallery, &QListView::activated, this, &EvidencePanel::viewSelected);
    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::viewSelected);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePanel::verifySelected);
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedEvidence(); !id.isEmpty()) {
            emit said(tr("Fetching the file from the hub…"), false);
            m_fetch->setEnabled(false);
            emit downloadRequested(id);
        }
    });
    updateActions();
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::showTask(const QString& taskId, bool mayAdd, Role role)
{
    m_taskId = taskId;
    m_mayAdd = mayAdd;
    m_role = role;
    reload();
}

void EvidencePanel::reload()
{
    m_evidence->setRows(m_taskId.isEmpty() ? QList<EvidenceRow>() : m_services.evidence(m_taskId));
    m_empty->setVisible(!m_taskId.isEmpty() && m_evidence->rowCount() == 0);
    updateActions();
}

QString EvidencePanel::selectedEvidence() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EvidenceListModel::IdRole).toString() : QString();
}

void EvidencePanel::updateActions()
{
    m_add->setEnabled(m_mayAdd);
    m_downscale->setEnabled(m_mayAdd);
    m_add->setToolTip(m_mayAdd ? tr("Photos (JPEG, PNG) or scanned documents (PDF), up to %1 MiB each")
                                     .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes)
                               : tr("Evidence is added by the task's auditors while it is in progress"));
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    m_open->setEnabled(row && row->file);
    m_verify->setEnabled(row && row->file);
    m_fetch->setEnabled(row && !row->file && m_role != Role::Cataloguer);
}

void EvidencePanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Evidence"), QString(), tr("Photos and scanned documents (*.jpg *.jpeg *.png *.pdf)"));
    if (!paths.isEmpty())
        addEvidenceFiles(paths);
}

int EvidencePanel::addEvidenceFiles(const QStringList& paths)
{
    QProgressDialog progress(tr("Encrypting and storing the evidence…"), tr("Cancel"), 0, int(paths.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int added = 0;
    QStringList problems;
    for (const QString& path : paths) {
        if (progress.wasCanceled())
            break;
        progress.setValue(added + int(problems.size()));
        EvidenceDraft draft;
        QString problem;
        if (!readDraft(path, &draft, &problem)) {
            problems << problem;
            continue;
        }
        DatabaseError error;
        if (m_services.addEvidence(m_role, draft, &error))
            ++added;
        else
            problems << QStringLiteral("%1: %2").arg(draft.fileName, error.detailOrMessage());
    }
    progress.setValue(int(paths.size()));
    reload();
    emit changed();
    QString text =
        tr("%n file(s) added as evidence; they are sent to the hub at the next sync.", nullptr, added);
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Not added:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    emit said(text, !problems.isEmpty());
    return added;
}

bool EvidencePanel::readDraft(const QString& path, EvidenceDraft* draft, QString* problem) const
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1: cannot be read (%2)").arg(info.fileName(), file.errorString());
        return false;
    }
    const bool photo = PhotoDownscaler::isPhoto(file.peek(16));
    const bool downscale = photo && m_downscale->isChecked();
    const qint64 limit = downscale ? PhotoDownscaler::MaxInputBytes : AttachmentLimits::MaxFileBytes;
    // Refused before reading: a 2 GB video chosen by mistake must not be read into memory.
    if (info.size() > limit) {
        *problem = tr("%1: %2, over the limit of %3 MiB a file")
                       .arg(info.fileName(), EvidenceListModel::sizeLabel(info.size()))
                       .arg(limit / AttachmentLimits::ChunkBytes);
        if (photo && !downscale)
            *problem += tr("; tick \"Downscale photos\" to add it smaller");
        return false;
    }
    draft->taskId = m_taskId;
    draft->fileName = info.fileName();
    draft->bytes = file.readAll();
    if (downscale) {
        const PhotoDownscaler::Result smaller = PhotoDownscaler().downscale(draft->bytes);
        if (!smaller.error.isEmpty()) {
            *problem = QStringLiteral("%1: %2").arg(info.fileName(), smaller.error);
            return false;
        }
        draft->bytes = smaller.bytes;
        draft->downscaled = smaller.changed();
    }
    return true;
}

void EvidencePanel::viewSelected()
{
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    if (!row || !row->file) {
        if (row)
            emit said(tr("The file is on the hub only: fetch it first."), true);
        return;
    }
    DatabaseError error;
    const std::optional<QByteArray> bytes = m_services.content(row->record.id, &error);
    if (!bytes) {
        emit said(tr("The file cannot be read: %1").arg(error.message()), true);
        return;
    }
    EvidenceViewer viewer(*row, *bytes, this);
    viewer.exec();
}

bool EvidencePanel::verifySelected()
{
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    if (!row)
        return false;
    QString problem;
    const bool intact = m_services.verify(row->record.id, &problem);
    emit said(intact
                  ? tr("%1 is intact: its SHA-256 is %2.").arg(row->field("file_name"), row->field("sha256"))
                  : tr("%1 does not match its SHA-256: %2").arg(row->field("file_name"), problem),
              !intact);
    return intact;
}

void EvidencePanel::downloadFinished(const QString& evidenceId, const HubError& error)
{
    reload();
    emit changed();
    const EvidenceRow* row = m_evidence->row(evidenceId);
    const QString name = row ? row->field("file_name") : evidenceId;
    if (error.isError())
        emit said(tr("%1 was not fetched: %2 %3").arg(name, error.message(), error.detail()), true);
    else
        emit said(tr("%1 fetched from the hub and verified.").arg(name), false);
}

} // namespace xs
