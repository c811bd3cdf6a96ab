#include "ui/fieldaudit/FieldAuditPage.h"

#include "app/areas/FieldAuditServices.h"
#include "app/sync/HubError.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/fieldaudit/AuditTaskListModel.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "ui/fieldaudit/EvidenceViewer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

FieldAuditPage::FieldAuditPage(std::unique_ptr<FieldAuditServices> services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_role(role)
    , m_tasks(std::make_unique<AuditTaskListModel>())
    , m_evidence(std::make_unique<EvidenceListModel>())
{
    setObjectName(QStringLiteral("page-audits"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("auditScope"));
    m_scope->addItem(tr("My tasks"));
    m_scope->addItem(tr("All tasks"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("auditState"));
    m_state->addItem(tr("Every state"), QString());
    for (const VocabularyTerm& term : FieldAuditVocabulary::taskStates())
        m_state->addItem(FieldAuditVocabulary::taskStateLabel(QLatin1String(term.code)),
                         QLatin1String(term.code));
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    filters->addStretch(1);

    m_taskView = newTable(m_tasks.get(), QStringLiteral("auditTasks"), this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("auditTasksEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_taskView, 1);
    leftLayout->addWidget(m_empty);

    m_taskTitle = new QLabel(this);
    m_taskTitle->setObjectName(QStringLiteral("auditTaskTitle"));
    m_taskTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    m_taskTitle->setWordWrap(true);
    m_taskMeta = new QLabel(this);
    m_taskMeta->setWordWrap(true);
    m_taskMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceView = newTable(m_evidence.get(), QStringLiteral("auditEvidence"), this);
    m_add = new QPushButton(tr("Add evidence…"), this);
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_view = new QPushButton(tr("Open"), this);
    m_verify = new QPushButton(tr("Verify SHA-256"), this);
    m_fetch = new QPushButton(tr("Fetch from the hub"), this);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_view, m_verify, m_fetch})
        actions->addWidget(button);
    actions->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_taskTitle);
    rightLayout->addWidget(m_taskMeta);
    rightLayout->addWidget(
        new QLabel(tr("Evidence (kept encrypted on this computer; opened from memory):"), this));
    rightLayout->addWidget(m_evidenceView, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &FieldAuditPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &FieldAuditPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &FieldAuditPage::applyFilter);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FieldAuditPage::showSelectedTask);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FieldAuditPage::updateActions);
    connect(m_evidenceView, &QTableView::activated, this, &FieldAuditPage::viewSelected);
    connect(m_add, &QPushButton::clicked, this, &FieldAuditPage::chooseFiles);
    connect(m_view, &QPushButton::clicked, this, &FieldAuditPage::viewSelected);
    connect(m_verify, &QPushButton::clicked, this, &FieldAuditPage::verifySelected);
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedEvidence(); !id.isEmpty()) {
            say(tr("Fetching the file from the hub…"));
            m_fetch->setEnabled(false);
            emit downloadRequested(id);
        }
    });
    // Auditors start with their own tasks; everyone else sees all of them.
    m_scope->setCurrentIndex(m_role == Role::Auditor ? 0 : 1);
    reload();
}

FieldAuditPage::~FieldAuditPage() = default;

void FieldAuditPage::setRole(Role role)
{
    m_role = role;
    updateActions();
}

QString FieldAuditPage::message() const
{
    return m_message->text();
}

void FieldAuditPage::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

void FieldAuditPage::reload()
{
    const QString shown = m_taskId;
    m_tasks->setTasks(m_services->tasks());
    applyFilter();
    if (!shown.isEmpty())
        showTask(shown);
}

void FieldAuditPage::applyFilter()
{
    AuditTaskListModel::Filter filter;
    filter.auditor = m_scope->currentIndex() == 0 ? m_services->user() : QString();
    filter.state = m_state->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_tasks->setFilter(filter);
    const bool none = m_tasks->rowCount() == 0;
    m_empty->setVisible(none);
    m_empty->setText(m_tasks->totalCount() == 0
                         ? tr("No audit tasks on this computer. Managers plan them; sync to fetch those "
                              "assigned to you, then work on them offline.")
                         : tr("No task matches these filters."));
    if (none || !m_tasks->task(m_taskId))
        showTask(none ? QString() : m_tasks->index(0, 0).data(AuditTaskListModel::IdRole).toString());
}

void FieldAuditPage::showSelectedTask()
{
    const QModelIndex current = m_taskView->currentIndex();
    showTask(current.isValid() ? current.data(AuditTaskListModel::IdRole).toString() : QString());
}

void FieldAuditPage::showTask(const QString& taskId)
{
    const std::optional<AuditTaskRow> task = m_tasks->task(taskId);
    m_taskId = task ? taskId : QString();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const QModelIndex index = m_tasks->index(row, 0);
        if (task && index.data(AuditTaskListModel::IdRole).toString() == taskId &&
            m_taskView->currentIndex().row() != row)
            m_taskView->setCurrentIndex(index);
    }
    if (!task) {
        m_taskTitle->setText(tr("Choose a task"));
        m_taskMeta->clear();
        m_evidence->setRows({});
        updateActions();
        return;
    }
    m_taskTitle->setText(task->title);
    QString meta = tr("%1 · %2 · planned for %3 · auditors: %4")
                       .arg(FieldAuditVocabulary::kindLabel(task->kind),
                            FieldAuditVocabulary::taskStateLabel(task->state),
                            task->plannedOn.toString(Qt::ISODate), task->auditors.join(QStringLiteral("、")));
    if (task->overdue)
        meta += QStringLiteral(" · ") + tr("overdue");
    if (!task->summary.isEmpty())
        meta += QLatin1Char('\n') + task->summary;
    m_taskMeta->setText(meta);
    m_evidence->setRows(m_services->evidence(m_taskId));
    say(m_evidence->rowCount() == 0 ? tr("No evidence for this task yet. Its auditors add photos and scans "
                                         "while the task is in progress, offline too.")
                                    : QString());
    updateActions();
}

QString FieldAuditPage::selectedEvidence() const
{
    const QModelIndex current = m_evidenceView->currentIndex();
    return current.isValid() ? current.data(EvidenceListModel::IdRole).toString() : QString();
}

void FieldAuditPage::updateActions()
{
    const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
    const bool records =
        task && task->state == QLatin1String("in_progress") &&
        (m_role == Role::Admin || (m_role == Role::Auditor && task->auditors.contains(m_services->user())));
    m_add->setEnabled(records);
    m_add->setToolTip(records ? tr("Photos (JPEG, PNG) or scanned documents (PDF), up to %1 MiB each")
                                    .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes)
                              : tr("Evidence is added by the task's auditors while it is in progress"));
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    m_view->setEnabled(row && row->file);
    m_verify->setEnabled(row && row->file);
    m_fetch->setEnabled(row && !row->file && m_role != Role::Cataloguer);
}

void FieldAuditPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Evidence"), QString(), tr("Photos and scanned documents (*.jpg *.jpeg *.png *.pdf)"));
    if (!paths.isEmpty())
        addEvidenceFiles(paths);
}

int FieldAuditPage::addEvidenceFiles(const QStringList& paths)
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
        const QFileInfo info(path);
        // Refused before reading: a 2 GB video chosen by mistake must not be read into memory.
        if (info.size() > AttachmentLimits::MaxFileBytes) {
            problems << tr("%1: %2, over the limit of %3 MiB a file")
                            .arg(info.fileName(), EvidenceListModel::sizeLabel(info.size()))
                            .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot be read (%2)").arg(info.fileName(), file.errorString());
            continue;
        }
        DatabaseError error;
        if (m_services->addEvidence(m_role, {m_taskId, {}, info.fileName(), file.readAll(), {}}, &error))
            ++added;
        else
            problems << QStringLiteral("%1: %2").arg(
                info.fileName(), error.detail().isEmpty() ? error.message() : error.detail());
    }
    progress.setValue(int(paths.size()));
    showTask(m_taskId);
    QString text =
        tr("%n file(s) added as evidence; they are sent to the hub at the next sync.", nullptr, added);
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Not added:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    say(text, !problems.isEmpty());
    return added;
}

void FieldAuditPage::viewSelected()
{
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    if (!row || !row->file) {
        if (row)
            say(tr("The file is on the hub only: fetch it first."), true);
        return;
    }
    DatabaseError error;
    const std::optional<QByteArray> bytes = m_services->content(row->record.id, &error);
    if (!bytes) {
        say(tr("The file cannot be read: %1").arg(error.message()), true);
        return;
    }
    EvidenceViewer viewer(*row, *bytes, this);
    viewer.exec();
}

bool FieldAuditPage::verifySelected()
{
    const EvidenceRow* row = m_evidence->row(selectedEvidence());
    if (!row)
        return false;
    QString problem;
    const bool intact = m_services->verify(row->record.id, &problem);
    say(intact ? tr("%1 is intact: its SHA-256 is %2.").arg(row->field("file_name"), row->field("sha256"))
               : tr("%1 does not match its SHA-256: %2").arg(row->field("file_name"), problem),
        !intact);
    return intact;
}

void FieldAuditPage::downloadFinished(const QString& evidenceId, const HubError& error)
{
    showTask(m_taskId);
    const EvidenceRow* row = m_evidence->row(evidenceId);
    const QString name = row ? row->field("file_name") : evidenceId;
    if (error.isError())
        say(tr("%1 was not fetched: %2 %3").arg(name, error.message(), error.detail()), true);
    else
        say(tr("%1 fetched from the hub and verified.").arg(name));
}

} // namespace xs
