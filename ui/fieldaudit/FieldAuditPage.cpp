#include "ui/fieldaudit/FieldAuditPage.h"

#include "app/areas/FieldAuditServices.h"
#include "app/reports/FieldAuditReport.h"
#include "app/sync/HubError.h"
#include "app/sync/OfflinePreparation.h"
#include "models/fieldaudit/AuditTaskListModel.h"
#include "models/fieldaudit/ChecklistModel.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/fieldaudit/FindingListModel.h"
#include "models/journal/Roles.h"
#include "models/rectification/RectificationQueueModel.h"
#include "models/rectification/RectificationWorkflow.h"
#include "ui/common/StepDialog.h"
#include "ui/fieldaudit/ChecklistPanel.h"
#include "ui/fieldaudit/EvidencePanel.h"
#include "ui/fieldaudit/FindingDialog.h"
#include "ui/fieldaudit/OfflineBar.h"
#include "ui/fieldaudit/OrderDialog.h"
#include "ui/fieldaudit/OverviewTiles.h"
#include "ui/fieldaudit/PlanTaskDialog.h"
#include "ui/fieldaudit/RectificationQueuePanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
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
    , m_checklist(std::make_unique<ChecklistModel>())
    , m_findings(std::make_unique<FindingListModel>())
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
    m_overdue->setObjectName(QStringLiteral("auditOverdueOnly"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_state);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    m_planTask = new QPushButton(tr("Plan a visit…"), this);
    m_planTask->setObjectName(QStringLiteral("planAuditTask"));

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
    auto* listActions = new QHBoxLayout;
    listActions->addWidget(m_planTask);
    listActions->addStretch(1);
    leftLayout->addLayout(listActions);

    m_taskTitle = new QLabel(this);
    m_taskTitle->setObjectName(QStringLiteral("auditTaskTitle"));
    m_taskTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14pt;"));
    m_taskTitle->setWordWrap(true);
    m_taskMeta = new QLabel(this);
    m_taskMeta->setWordWrap(true);
    m_taskMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepButtons = new QHBoxLayout;
    m_stepButtons->setContentsMargins(0, 0, 0, 0);
    m_offline = new OfflineBar(*m_services, this);

    m_checklistPanel = new ChecklistPanel(*m_checklist, this);

    m_evidencePanel = new EvidencePanel(*m_services, this);

    m_findingView = newTable(m_findings.get(), QStringLiteral("auditFindings"), this);
    m_findingView->horizontalHeader()->setStretchLastSection(false);
    m_findingView->horizontalHeader()->setSectionResizeMode(FindingListModel::DescriptionColumn,
                                                            QHeaderView::Stretch);
    m_addFinding = new QPushButton(tr("Record a finding…"), this);
    m_addFinding->setObjectName(QStringLiteral("addFinding"));
    auto* findingActions = new QHBoxLayout;
    findingActions->addWidget(m_addFinding);
    m_issueOrder = new QPushButton(tr("Issue rectification order…"), this);
    m_issueOrder->setObjectName(QStringLiteral("issueOrder"));
    findingActions->addWidget(m_issueOrder);
    findingActions->addStretch(1);
    auto* findingTab = new QWidget(this);
    auto* findingLayout = new QVBoxLayout(findingTab);
    findingLayout->setContentsMargins(0, 0, 0, 0);
    findingLayout->addWidget(m_findingView, 1);
    findingLayout->addLayout(findingActions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditTaskTabs"));
    m_tabs->addTab(m_checklistPanel, tr("Checklist"));
    m_tabs->addTab(m_evidencePanel, tr("Evidence"));
    m_tabs->addTab(findingTab, tr("Findings"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_taskTitle);
    rightLayout->addWidget(m_taskMeta);
    rightLayout->addWidget(m_offline);
    auto* taskActions = new QHBoxLayout;
    taskActions->addLayout(m_stepButtons, 1);
    m_changePlan = new QPushButton(tr("Change plan…"), this);
    m_changePlan->setObjectName(QStringLiteral("changeAuditPlan"));
    taskActions->addWidget(m_changePlan);
    m_exportRecord = new QPushButton(tr("Export record (PDF)…"), this);
    m_exportRecord->setObjectName(QStringLiteral("exportAuditRecord"));
    m_exportRecord->setToolTip(tr("The record of the visit (现场核查记录): checklist, findings, evidence "
                                  "thumbnails and hashes, signature lines"));
    taskActions->addWidget(m_exportRecord);
    rightLayout->addLayout(taskActions);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_orders = new RectificationQueuePanel(*m_services, m_role, this);
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("auditLists"));
    m_lists->addTab(left, tr("Audit tasks"));
    m_lists->addTab(m_orders, tr("Rectification orders"));
    splitter->addWidget(m_lists);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    m_tiles = new OverviewTiles(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tiles);
    layout->addWidget(splitter, 1);

    connect(m_tiles, &OverviewTiles::overdueTasksRequested, this, [this] {
        m_lists->setCurrentIndex(0);
        m_scope->setCurrentIndex(1);
        m_state->setCurrentIndex(0);
        m_overdue->setChecked(true);
    });
    connect(m_tiles, &OverviewTiles::overdueOrdersRequested, this, [this] {
        m_lists->setCurrentIndex(1);
        m_orders->showOverdueOnly();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FieldAuditPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &FieldAuditPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &FieldAuditPage::applyFilter);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FieldAuditPage::showSelectedTask);
    connect(m_evidencePanel, &EvidencePanel::said, this, &FieldAuditPage::say);
    connect(m_evidencePanel, &EvidencePanel::downloadRequested, this, &FieldAuditPage::downloadRequested);
    connect(m_evidencePanel, &EvidencePanel::changed, this, [this] {
        m_tabs->setTabText(1, tr("Evidence (%1)").arg(m_evidencePanel->evidence().rowCount()));
    });
    connect(m_offline, &OfflineBar::said, this, &FieldAuditPage::say);
    connect(m_offline, &OfflineBar::prepared, this, [this](const QString& taskId) {
        if (taskId == m_taskId)
            showVisit(); // the evidence fetched, and what the sync brought
    });
    connect(m_planTask, &QPushButton::clicked, this, [this] { askPlan(QString()); });
    connect(m_changePlan, &QPushButton::clicked, this, [this] { askPlan(m_taskId); });
    connect(m_addFinding, &QPushButton::clicked, this, &FieldAuditPage::askFinding);
    connect(m_issueOrder, &QPushButton::clicked, this, &FieldAuditPage::askOrder);
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FieldAuditPage::updateActions);
    // Opening an order (double-click, Enter) shows the visit and the finding it follows.
    connect(m_orders, &RectificationQueuePanel::orderChosen, this,
            [this](const QString& entity, const QString& id) {
                const QString taskId = m_services->taskOf(entity, id);
                if (taskId.isEmpty())
                    return;
                if (!m_tasks->task(taskId)) { // hidden by the task filters: show every task
                    m_scope->setCurrentIndex(1);
                    m_state->setCurrentIndex(0);
                    m_overdue->setChecked(false);
                }
                showTask(taskId);
                m_tabs->setCurrentIndex(2);
                for (int row = 0; row < m_findings->rowCount(); ++row) {
                    if (m_findings->index(row, 0).data(FindingListModel::IdRole).toString() == id)
                        m_findingView->setCurrentIndex(m_findings->index(row, 0));
                }
            });
    connect(m_orders, &RectificationQueuePanel::changed, this, [this] {
        showVisit();
        showFigures();
    });
    connect(m_exportRecord, &QPushButton::clicked, this, [this] {
        const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
        if (!task)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Field Audit Record"),
            tr("Field audit record %1.pdf").arg(task->plannedOn.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportRecord(path);
    });
    connect(m_checklist.get(), &ChecklistModel::refused, this,
            [this](const QString& reason) { say(reason, true); });
    connect(m_checklist.get(), &QAbstractItemModel::dataChanged, this, [this] {
        m_checklistPanel->refresh(recordsVisit(), {});
        m_tabs->setTabText(
            0, tr("Checklist (%1/%2)").arg(m_checklist->answeredCount()).arg(m_checklist->rowCount()));
    });
    // Auditors start with their own tasks; everyone else sees all of them.
    m_scope->setCurrentIndex(m_role == Role::Auditor ? 0 : 1);
    reload();
}

FieldAuditPage::~FieldAuditPage() = default;

void FieldAuditPage::setOfflinePreparation(std::unique_ptr<OfflinePreparation> preparation)
{
    m_offline->setPreparation(std::move(preparation));
}

void FieldAuditPage::setRole(Role role, const QString& department)
{
    m_role = role;
    m_services->setDepartment(department);
    m_orders->setRole(role);
    showVisit();
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

// The overview tiles and the overdue count on the queue's tab.
void FieldAuditPage::showFigures()
{
    m_tiles->setOverview(m_services->overview());
    const int overdue = m_orders->queue().overdueCount();
    m_lists->setTabText(1, overdue > 0 ? tr("Rectification orders (%1 overdue)").arg(overdue)
                                       : tr("Rectification orders"));
}

void FieldAuditPage::reload()
{
    m_orders->reload();
    showFigures();
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
        m_offline->showTask({});
        showVisit();
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
    m_offline->showTask(m_taskId);
    showVisit();
    say(QString());
    updateActions();
}

bool FieldAuditPage::recordsVisit() const
{
    const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
    return task && task->state == QLatin1String("in_progress") &&
           (m_role == Role::Admin ||
            (m_role == Role::Auditor && task->auditors.contains(m_services->user())));
}

void FieldAuditPage::showVisit()
{
    const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
    m_checklist->setRows(
        task ? ChecklistModel::rowsOf(m_services->checklistOf(m_taskId), m_services->answers(m_taskId))
             : QList<ChecklistRow>());
    const bool records = recordsVisit();
    m_checklist->setEditable(records, [this, role = m_role, taskId = m_taskId](const ChecklistRow& row) {
        const DatabaseError error = m_services->answer(role, taskId, row);
        if (!error.isError())
            return QString();
        return error.detailOrMessage();
    });
    QString whyNot;
    if (!task)
        whyNot.clear();
    else if (task->state == QLatin1String("planned"))
        whyNot = tr("The checklist is answered once the visit has started.");
    else if (task->state != QLatin1String("in_progress"))
        whyNot = tr("The visit has been submitted; its record is no longer changed.");
    else if (!records)
        whyNot = tr("Only the task's auditors answer the checklist.");
    m_checklistPanel->refresh(records, whyNot);
    m_findings->setRows(task ? m_services->findings(m_taskId) : QList<FindingRow>());
    m_tabs->setTabText(
        0, tr("Checklist (%1/%2)").arg(m_checklist->answeredCount()).arg(m_checklist->rowCount()));
    m_evidencePanel->showTask(m_taskId, records, m_role);
    m_tabs->setTabText(1, tr("Evidence (%1)").arg(m_evidencePanel->evidence().rowCount()));
    m_tabs->setTabText(2, tr("Findings (%1)").arg(m_findings->rowCount()));
    showSteps();
}

QStringList FieldAuditPage::offeredSteps() const
{
    const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
    if (!task)
        return {};
    const bool assigned = task->auditors.contains(m_services->user());
    QStringList offered;
    for (const QString& command : FieldAuditWorkflow::taskSteps().available(task->state, m_role)) {
        if (FieldAuditWorkflow::mayGiveOnTask(command, m_role, assigned))
            offered << command;
    }
    return offered;
}

void FieldAuditPage::showSteps()
{
    while (QLayoutItem* item = m_stepButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& command : offeredSteps()) {
        const StepDefinition* step = FieldAuditWorkflow::taskSteps().find(command);
        auto* button = new QPushButton(step->title(), this);
        button->setObjectName(QStringLiteral("step-") + command);
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
        m_stepButtons->addWidget(button);
    }
    m_stepButtons->addStretch(1);
}

void FieldAuditPage::askStep(const QString& command)
{
    const StepDefinition* step = FieldAuditWorkflow::taskSteps().find(command);
    if (!step || m_taskId.isEmpty())
        return;
    QJsonObject arguments;
    const QDate today = m_services->clock().today();
    if (StepDialog::asksAnything(*step, {}, today)) {
        StepDialog dialog(*step, {}, m_taskTitle->text(), today, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        arguments = dialog.arguments();
    } else if (command == QLatin1String("submit") && m_checklist->answeredCount() < m_checklist->rowCount()) {
        // Submitting ends the visit: an unanswered item is more likely forgotten than meant.
        const int open = m_checklist->rowCount() - m_checklist->answeredCount();
        if (QMessageBox::question(
                this, step->title(),
                tr("%n checklist item(s) are not answered. Submit the visit for review anyway?", nullptr,
                   open)) != QMessageBox::Yes)
            return;
    }
    takeStep(command, arguments);
}

bool FieldAuditPage::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = FieldAuditWorkflow::taskSteps().find(command);
    if (!step || m_taskId.isEmpty())
        return false;
    const DatabaseError error = m_services->step(m_role, m_taskId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    say(StepDialog::doneText(*step));
    return true;
}

bool FieldAuditPage::exportRecord(const QString& path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = FieldAuditReport(*m_services, m_taskId).writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    say(written ? tr("Field audit record written to %1.").arg(path) : error, !written);
    return written;
}

void FieldAuditPage::askOrder()
{
    const std::optional<AuditTaskRow> task = m_tasks->task(m_taskId);
    const FindingRow* finding = m_findings->row(m_findingView->currentIndex().row());
    if (!task || !finding)
        return;
    const QString addressedTo = QStringLiteral("%1 %2").arg(
        RectificationWorkflow::targetKindLabel(FieldAuditVocabulary::rectificationTargetKind(task->kind)),
        m_services->targetNames().value(task->target, task->target));
    OrderDialog dialog(addressedTo, finding->field("description"), m_services->rectificationDays(m_taskId),
                       this);
    if (dialog.exec() == QDialog::Accepted)
        issueOrder(finding->finding.id, dialog.requirement(), dialog.workingDays());
}

bool FieldAuditPage::issueOrder(const QString& findingId, const QString& requirement, int workingDays)
{
    const DatabaseError error = m_services->issueOrder(m_role, findingId, requirement, workingDays);
    if (error.isError()) {
        say(tr("The order was not issued: %1").arg(error.detailOrMessage()), true);
        return false;
    }
    showVisit();
    m_orders->reload();
    showFigures();
    say(tr("Rectification order issued; the hub counts its deadline and sends it on at the next sync."));
    return true;
}

void FieldAuditPage::askPlan(const QString& taskId)
{
    PlanTaskDialog dialog(*m_services, m_role, taskId, this);
    if (dialog.exec() == QDialog::Accepted)
        planSaved(dialog.savedTask(), taskId.isEmpty());
}

void FieldAuditPage::planSaved(const QString& taskId, bool isNew)
{
    reload();
    if (!m_tasks->task(taskId)) { // a visit for others: show every task to show it
        m_scope->setCurrentIndex(1);
        m_state->setCurrentIndex(0);
        m_overdue->setChecked(false);
    }
    showTask(taskId);
    say(isNew ? tr("Visit planned; it is sent to the hub, and to its auditors, at the next sync.")
              : tr("Plan changed; the change is sent to the hub at the next sync."));
}

void FieldAuditPage::askFinding()
{
    QStringList severities = FieldAuditWorkflow::severitiesOf(m_services->checklistOf(m_taskId));
    if (severities.isEmpty())
        severities = FieldAuditVocabulary::defaultSeverities();
    const QModelIndex current = m_checklistPanel->view()->currentIndex();
    FindingDialog dialog(severities, m_checklist->rows(),
                         current.isValid() ? current.data(ChecklistModel::CodeRole).toString() : QString(),
                         this);
    if (dialog.exec() == QDialog::Accepted)
        addFinding(dialog.severity(), dialog.itemCode(), dialog.description());
}

bool FieldAuditPage::addFinding(const QString& severity, const QString& itemCode, const QString& description)
{
    const DatabaseError error = m_services->addFinding(m_role, m_taskId, itemCode, severity, description);
    if (error.isError()) {
        say(tr("The finding was not recorded: %1").arg(error.detailOrMessage()), true);
        return false;
    }
    showVisit();
    showFigures();
    m_tabs->setCurrentIndex(2);
    say(tr("Finding recorded; it is sent to the hub at the next sync."));
    return true;
}

void FieldAuditPage::updateActions()
{
    const bool plans = m_role == Role::Manager || m_role == Role::Admin;
    m_planTask->setVisible(plans);
    const std::optional<AuditTaskRow> shown = m_tasks->task(m_taskId);
    m_changePlan->setVisible(plans);
    m_changePlan->setEnabled(
        plans && shown &&
        (shown->state == QLatin1String("planned") || shown->state == QLatin1String("in_progress")));
    const bool records = recordsVisit();
    m_addFinding->setEnabled(records);
    m_exportRecord->setEnabled(!m_taskId.isEmpty());
    const FindingRow* finding = m_findings->row(m_findingView->currentIndex().row());
    const bool issues = RectificationWorkflow::mayIssue(m_role) && finding && !finding->order;
    m_issueOrder->setEnabled(issues);
    m_issueOrder->setToolTip(finding && finding->order
                                 ? tr("An order already follows this finding")
                                 : tr("Auditors and reviewers issue orders after a finding"));
    m_addFinding->setToolTip(
        records ? QString() : tr("Findings are recorded by the task's auditors while it is in progress"));
}

int FieldAuditPage::addEvidenceFiles(const QStringList& paths)
{
    return m_evidencePanel->addEvidenceFiles(paths);
}

bool FieldAuditPage::verifySelected()
{
    return m_evidencePanel->verifySelected();
}

void FieldAuditPage::downloadFinished(const QString& evidenceId, const HubError& error)
{
    m_evidencePanel->downloadFinished(evidenceId, error);
}

EvidenceListModel& FieldAuditPage::evidence() const
{
    return m_evidencePanel->evidence();
}

EvidenceThumbnails& FieldAuditPage::evidenceThumbnails() const
{
    return m_evidencePanel->thumbnails();
}

} // namespace xs
