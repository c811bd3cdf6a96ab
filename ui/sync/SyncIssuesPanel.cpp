#include "ui/sync/SyncIssuesPanel.h"

#include "app/sync/SyncService.h"
#include "models/journal/SyncIssuesModels.h"
#include "ui/sync/ConflictDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

QTableView* createTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QLabel* createEmptyState(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

int selectedRow(const QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

} // namespace

SyncIssuesPanel::SyncIssuesPanel(SyncService& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_conflicts(sync.newConflictModel(this))
    , m_rejected(sync.newRejectedModel(this))
    , m_quarantined(sync.newQuarantineModel(this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncIssueTabs"));
    m_tabs->addTab(buildConflictsTab(), QString());
    m_tabs->addTab(buildRejectedTab(), QString());
    m_tabs->addTab(buildQuarantineTab(), QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&sync, &SyncService::countsChanged, this, &SyncIssuesPanel::reload);
    connect(&sync, &SyncService::syncFinished, this, &SyncIssuesPanel::reload);
    reload();
}

QWidget* SyncIssuesPanel::buildConflictsTab()
{
    auto* tab = new QWidget(this);
    m_conflictTable = createTable(m_conflicts, QStringLiteral("conflictList"), tab);
    m_conflictTable->setColumnWidth(ConflictListModel::RecordColumn, 260);
    m_conflictTable->setColumnWidth(ConflictListModel::KindColumn, 110);
    m_conflictTable->setColumnWidth(ConflictListModel::FieldsColumn, 300);
    connect(m_conflictTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { resolveConflictAt(index.row()); });
    m_conflictsStack = new QStackedWidget(tab);
    m_conflictsStack->addWidget(createEmptyState(
        tr("No conflicts. When this computer and the hub change the same field, it shows up here for you to "
           "decide."),
        tab));
    m_conflictsStack->addWidget(m_conflictTable);

    m_resolve = new QPushButton(tr("&Resolve..."), tab);
    m_resolve->setObjectName(QStringLiteral("resolveConflictButton"));
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { resolveConflictAt(selectedRow(m_conflictTable)); });
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncIssuesPanel::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_resolve);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_conflictsStack, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* SyncIssuesPanel::buildRejectedTab()
{
    auto* tab = new QWidget(this);
    m_rejectedTable = createTable(m_rejected, QStringLiteral("rejectedList"), tab);
    m_rejectedTable->setColumnWidth(RejectedOperationsModel::RecordColumn, 200);
    m_rejectedTable->setColumnWidth(RejectedOperationsModel::KindColumn, 100);
    m_rejectedTable->setColumnWidth(RejectedOperationsModel::ChangeColumn, 160);
    m_rejectedTable->setColumnWidth(RejectedOperationsModel::MadeColumn, 200);
    m_rejectedStack = new QStackedWidget(tab);
    m_rejectedStack->addWidget(createEmptyState(
        tr("No rejected changes. If the hub refuses a change (for example, your role may not "
           "make it), it is kept here with the hub's reason."),
        tab));
    m_rejectedStack->addWidget(m_rejectedTable);

    m_discard = new QPushButton(tr("&Discard Change..."), tab);
    m_discard->setObjectName(QStringLiteral("discardRejectedButton"));
    connect(m_discard, &QPushButton::clicked, this, &SyncIssuesPanel::discardSelected);
    connect(m_rejectedTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncIssuesPanel::updateButtons);

    auto* hint =
        new QLabel(tr("The records already show the hub's copy. Make the change again once its reason "
                      "is dealt with, then discard the rejected one."),
                   tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_rejectedStack, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* SyncIssuesPanel::buildQuarantineTab()
{
    auto* tab = new QWidget(this);
    auto* table = createTable(m_quarantined, QStringLiteral("quarantineList"), tab);
    table->setColumnWidth(QuarantineModel::RecordColumn, 200);
    table->setColumnWidth(QuarantineModel::KindColumn, 100);
    table->setColumnWidth(QuarantineModel::ReasonColumn, 320);
    table->setColumnWidth(QuarantineModel::ReceivedColumn, 140);
    m_quarantineStack = new QStackedWidget(tab);
    m_quarantineStack->addWidget(createEmptyState(
        tr("Every record received from the hub could be stored. A record this computer cannot store is set "
           "aside here, and the rest of the sync goes on."),
        tab));
    m_quarantineStack->addWidget(table);

    auto* hint = new QLabel(tr("These records stay as they were on this computer. The hub is told about each "
                               "one; once it sends a copy that can be stored, the row goes away by itself."),
                            tab);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_quarantineStack, 1);
    layout->addWidget(hint);
    return tab;
}

void SyncIssuesPanel::reload()
{
    m_conflicts->reload();
    m_rejected->reload();
    m_quarantined->reload();
    m_tabs->setTabText(2, tr("Not Stored (%1)").arg(m_quarantined->rowCount()));
    m_quarantineStack->setCurrentIndex(m_quarantined->rowCount() > 0 ? 1 : 0);
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(m_conflicts->rowCount()));
    m_tabs->setTabText(1, tr("Rejected Changes (%1)").arg(m_rejected->rowCount()));
    m_conflictsStack->setCurrentIndex(m_conflicts->rowCount() > 0 ? 1 : 0);
    m_rejectedStack->setCurrentIndex(m_rejected->rowCount() > 0 ? 1 : 0);
    if (m_conflicts->rowCount() > 0 && selectedRow(m_conflictTable) < 0)
        m_conflictTable->selectRow(0);
    if (m_rejected->rowCount() > 0 && selectedRow(m_rejectedTable) < 0)
        m_rejectedTable->selectRow(0);
    updateButtons();
}

void SyncIssuesPanel::updateButtons()
{
    m_resolve->setEnabled(selectedRow(m_conflictTable) >= 0);
    m_discard->setEnabled(selectedRow(m_rejectedTable) >= 0);
}

void SyncIssuesPanel::resolveConflictAt(int row)
{
    const std::optional<ConflictRecord> conflict = m_conflicts->conflictAt(row);
    if (!conflict)
        return;
    ConflictDialog dialog(m_sync, *conflict, this);
    dialog.exec();
    reload();
}

void SyncIssuesPanel::discardSelected()
{
    const int row = selectedRow(m_rejectedTable);
    if (row < 0)
        return;
    const QModelIndex index = m_rejected->index(row, RejectedOperationsModel::RecordColumn);
    const QString opId = index.data(RejectedOperationsModel::OperationIdRole).toString();
    QMessageBox confirm(QMessageBox::Question, tr("Discard Rejected Change"),
                        tr("Discard this rejected change to \"%1\"? The record already shows the hub's copy; "
                           "the change itself is deleted for good.")
                            .arg(index.data().toString()),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmDiscard"));
    QPushButton* discard = confirm.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != discard)
        return;
    if (const DatabaseError error = m_sync.discardRejected(opId); error.isError())
        QMessageBox::warning(this, tr("Discard Rejected Change"),
                             tr("The change could not be discarded: %1").arg(error.message()));
    reload();
}

} // namespace xs
