#include "ui/catalog/CatalogPage.h"

#include "app/CatalogLoader.h"
#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogFacetCounts.h"
#include "models/catalog/CatalogFacetModel.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/CatalogTreeModel.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/OneSourceConflictModel.h"
#include "models/catalog/revision/CatalogRevisionQueueModel.h"
#include "ui/catalog/BulkEditDialog.h"
#include "ui/catalog/CatalogEntryEditor.h"
#include "ui/catalog/CatalogExportAction.h"
#include "ui/catalog/CatalogImportDialog.h"
#include "ui/catalog/CatalogRevisionQueuePanel.h"
#include "ui/catalog/DataItemSearchPanel.h"
#include "ui/catalog/OneSourcePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace xs {

CatalogPage::CatalogPage(std::unique_ptr<CatalogServices> services, CatalogPermissions permissions,
                         QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_permissions(permissions)
    , m_clock(m_services->clock())
    , m_table(m_services->newTableModel())
    , m_facets(m_services->newFacetModel())
    , m_oneSource(std::make_unique<OneSourceConflictModel>())
    , m_revisionQueue(std::make_unique<CatalogRevisionQueueModel>())
{
    setObjectName(QStringLiteral("page-catalog"));
    m_loader = m_services->newLoader(this);
    m_table->setFirstPageReader(
        [this](const CatalogTableModel::FirstPageRequest& request) { m_loader->requestFirstPage(request); });
    m_table->setNextPageReader(
        [this](const CatalogTableModel::NextPageRequest& request) { m_loader->requestNextPage(request); });
    connect(m_loader, &CatalogLoader::firstPageLoaded, this, &CatalogPage::showFirstPage);
    connect(m_loader, &CatalogLoader::nextPageLoaded, this, &CatalogPage::showNextPage);
    connect(m_loader, &CatalogLoader::countsLoaded, this, &CatalogPage::showCounts);
    connect(m_loader, &CatalogLoader::oneSourceLoaded, this,
            [this](const CatalogLoader::OneSource& read) { showOneSource(read.conflicts, read.error); });
    m_countingHint = new QTimer(this);
    m_countingHint->setSingleShot(true);
    m_countingHint->setInterval(300); // a quick count replaces the number without a flash of text
    connect(m_countingHint, &QTimer::timeout, this, [this] {
        if (m_loader->countsPending())
            m_count->setText(tr("Counting…"));
    });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    // The placeholder stays short enough for the narrow box; the tooltip says what is searched.
    m_search->setPlaceholderText(tr("Search the catalog (Ctrl+F)"));
    m_search->setToolTip(tr("Searches resource names, codes, abstracts and source information systems, "
                            "Chinese substrings included."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a word is one query, not one per keystroke
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CatalogPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPage::applyFilter);

    m_facetView = new QTreeView(this);
    m_facetView->setObjectName(QStringLiteral("catalogFacets"));
    m_facetView->setModel(m_facets.get());
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->header()->setStretchLastSection(false);
    m_facetView->header()->setSectionResizeMode(CatalogFacetModel::LabelColumn, QHeaderView::Stretch);
    m_facetView->header()->setSectionResizeMode(CatalogFacetModel::CountColumn,
                                                QHeaderView::ResizeToContents);
    connect(m_facets.get(), &CatalogFacetModel::choicesChanged, this, &CatalogPage::applyFilter);
    auto* clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_filter.ids.clear();
        m_search->clear();
        m_facets->clearChoices();
        applyFilter();
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setModel(m_table.get());
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CatalogTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->resizeSection(CatalogTableModel::NameColumn, 260);
    m_view->horizontalHeader()->resizeSection(CatalogTableModel::CodeColumn, 150);
    m_view->horizontalHeader()->resizeSection(CatalogTableModel::DepartmentColumn, 200);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectEntry(current); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("catalogCount"));

    auto* newButton = m_newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New entry"), this);
    newButton->setObjectName(QStringLiteral("newEntryButton"));
    newButton->setShortcut(QKeySequence::New);
    connect(newButton, &QPushButton::clicked, this, &CatalogPage::newEntry);
    auto* importButton = m_importButton = new QPushButton(tr("&Import..."), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    connect(importButton, &QPushButton::clicked, this, &CatalogPage::importFile);
    auto* exportButton = new QPushButton(tr("E&xport..."), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &CatalogPage::exportFile);
    auto* bulkButton = m_bulkButton = new QPushButton(tr("&Bulk edit..."), this);
    bulkButton->setObjectName(QStringLiteral("bulkEditButton"));
    connect(bulkButton, &QPushButton::clicked, this, &CatalogPage::bulkEdit);
    m_oneSourceButton = new QPushButton(this);
    m_oneSourceButton->setObjectName(QStringLiteral("oneSourceButton"));
    m_oneSourceButton->setCheckable(true);

    m_oneSourcePanel = new OneSourcePanel(*m_oneSource, this);
    m_oneSourcePanel->hide();
    connect(m_oneSourceButton, &QPushButton::toggled, m_oneSourcePanel, &QWidget::setVisible);
    connect(m_oneSourcePanel, &OneSourcePanel::entriesChosen, this,
            [this](const QStringList& ids, const QString& item) {
                showOnly(ids, tr("Showing the entries that claim %1").arg(item));
            });
    m_revisionsButton = new QPushButton(this);
    m_revisionsButton->setObjectName(QStringLiteral("revisionsButton"));
    m_revisionsButton->setCheckable(true);
    auto* revisionPanel = new CatalogRevisionQueuePanel(*m_revisionQueue, this);
    revisionPanel->hide();
    connect(m_revisionsButton, &QPushButton::toggled, revisionPanel, &QWidget::setVisible);
    connect(revisionPanel, &CatalogRevisionQueuePanel::entryChosen, this, [this](const QString& id) {
        showOnly({id}, tr("Showing the entry of the chosen revision"));
        m_editor->showRevision();
    });

    m_editor = new CatalogEntryEditor(*m_services, permissions, this);
    connect(m_editor, &CatalogEntryEditor::entryChanged, this, &CatalogPage::entryChanged);

    // The department tree browses the same catalog by provider, for whoever knows where to look.
    m_treeModel = m_services->newTreeModel();
    auto* tree = new QTreeView(this);
    tree->setObjectName(QStringLiteral("catalogTree"));
    tree->setModel(m_treeModel.get());
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.data(CatalogTreeModel::KindRole).toString() == QLatin1String("entry"))
                    m_editor->showEntry(current.data(CatalogTreeModel::IdRole).toString());
            });
    // Data items are searched on their own: a province has millions, and a reviewer looking for
    // 公民身份号码 wants the items and their resources, not every resource that mentions it.
    m_itemSearch = m_services->newDataItemSearchModel();
    m_itemSearchPanel = new DataItemSearchPanel(*m_itemSearch, this);
    connect(m_itemSearchPanel, &DataItemSearchPanel::entryChosen, this,
            [this](const QString& entryId, const QString& itemName) {
                showOnly({entryId}, tr("Showing the entry that holds the data item %1").arg(itemName));
            });
    auto* filters = new QWidget(this);
    auto* filtersLayout = new QVBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 4, 0, 0);
    filtersLayout->addWidget(m_facetView, 1);
    filtersLayout->addWidget(clear);
    auto* browse = new QTabWidget(this);
    browse->setObjectName(QStringLiteral("catalogBrowse"));
    browse->addTab(filters, tr("Filters"));
    browse->addTab(tree, tr("By department"));
    browse->addTab(m_itemSearchPanel, tr("Data items"));
    browse->setUsesScrollButtons(false); // every tab in view: the pane is as wide as their titles
    auto* left = new QWidget(this);
    left->setMinimumWidth(220); // facet labels and counts stay readable when the editor is wide
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(browse, 1);

    // Two rows, so the table keeps its width beside the editor on a 1400-pixel screen: the count and
    // the panels that narrow the table, then the actions.
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_count, 1);
    summary->addWidget(m_revisionsButton);
    summary->addWidget(m_oneSourceButton);
    auto* toolbar = new QHBoxLayout;
    toolbar->addStretch();
    toolbar->addWidget(bulkButton);
    toolbar->addWidget(importButton);
    toolbar->addWidget(exportButton);
    toolbar->addWidget(newButton);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(summary);
    middleLayout->addLayout(toolbar);
    auto* tableSplit = new QSplitter(Qt::Vertical, middle);
    tableSplit->addWidget(m_view);
    tableSplit->addWidget(m_oneSourcePanel);
    tableSplit->addWidget(revisionPanel);
    tableSplit->setStretchFactor(0, 3);
    middleLayout->addWidget(tableSplit, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_editor);
    // The editor's form needs about 400 pixels; the table gives way first on a small screen.
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({240, 520, 480});
    // Data item hits name their resource beside them, which needs more room than the facets: the
    // pane widens when that tab is chosen (and stays as the user leaves it).
    connect(browse, &QTabWidget::currentChanged, splitter, [this, browse, splitter](int) {
        constexpr int HitsWidth = 440;
        QList<int> sizes = splitter->sizes();
        if (browse->currentWidget() != m_itemSearchPanel || sizes.value(0) >= HitsWidth || sizes.size() < 2)
            return;
        sizes[1] -= HitsWidth - sizes[0];
        sizes[0] = HitsWidth;
        splitter->setSizes(sizes);
    });
    // A newcomer sees the catalog first: with no entry open, the editor's pane would be an empty half
    // of the window. The splitter lays out at once, so the editor is usable as soon as it shows.
    m_editor->hide();
    connect(m_editor, &CatalogEntryEditor::contentShown, splitter, [this, splitter](bool hasContent) {
        m_editor->setVisible(hasContent);
        splitter->refresh();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(splitter);

    setPermissions(permissions);
    reload();
}

CatalogPage::~CatalogPage() = default;

void CatalogPage::setPermissions(const CatalogPermissions& permissions)
{
    m_permissions = permissions;
    m_newButton->setVisible(permissions.canCreate());
    m_importButton->setVisible(permissions.canImport());
    m_bulkButton->setVisible(permissions.canCreate());
    m_revisionsButton->setVisible(permissions.revisesPublished());
    m_services->setPublishedThroughRevisions(permissions.revisesPublished() &&
                                             permissions.role() != Role::Admin);
    m_editor->setPermissions(permissions);
}

void CatalogPage::reload()
{
    m_treeModel->reload();
    m_itemSearch->setDepartmentNames(departmentNames());
    m_itemSearchPanel->refresh();
    m_facets->rebuild();
    for (const int facet : {1, 2, 7}) // catalog, grade, timeliness: short lists worth seeing at once
        m_facetView->expand(m_facets->index(facet, 0));
    applyFilter();
    refreshOneSource();
    refreshRevisions();
}

void CatalogPage::applyFilter()
{
    m_searchDelay->stop();
    m_selectFirstRow = false;         // showOnly() asked it for its own first page, not a later filter's
    m_filter.today = m_clock.today(); // "overdue" moves with the date, also in a window left open
    m_filter.text = m_search->text();
    m_filter.chosen = m_facets->chosen();
    m_filter.sort = m_table->filter().sort;
    m_filter.descending = m_table->filter().descending;
    if (m_filter.text.trimmed().isEmpty() && m_filter.sort == CatalogSort::Relevance)
        m_filter.sort = CatalogSort::Name;
    m_table->setFilter(m_filter); // its first page comes to showFirstPage()
    refreshCounts();
}

void CatalogPage::showFirstPage(const CatalogTableModel::FirstPage& page)
{
    m_table->showFirstPage(page);
    if (m_table->isReadingFirstPage())
        return; // for a filter asked for before the last one
    if (m_table->lastError().isError())
        showReadError(m_table->lastError());
    if (std::exchange(m_selectFirstRow, false) && m_table->rowCount() > 0)
        m_view->selectRow(0);
}

void CatalogPage::showNextPage(const CatalogTableModel::NextPage& page)
{
    if (m_table->showNextPage(page) && page.error.isError())
        showReadError(page.error);
}

void CatalogPage::showReadError(const DatabaseError& error)
{
    m_countingHint->stop();
    m_count->setText(tr("The catalog cannot be read: %1").arg(error.fullText()));
}

bool CatalogPage::isReading() const
{
    return m_table->isReadingFirstPage() || m_table->isReadingNextPage() || m_loader->countsPending() ||
           m_loader->oneSourcePending();
}

void CatalogPage::refreshCounts()
{
    m_loader->requestCounts(m_filter);
    m_countingHint->start();
}

void CatalogPage::showCounts(const CatalogFacetCounts& counts)
{
    if (counts.error.isError())
        return showReadError(counts.error);
    m_countingHint->stop();
    m_facets->setCounts(counts);
    m_count->setText(counts.total == 0 ? tr("No entries match. Clear a filter or search for less.")
                                       : tr("%n entries", nullptr, int(counts.total)));
}

QHash<QString, QString> CatalogPage::departmentNames() const
{
    QHash<QString, QString> names;
    for (const Department& department : m_services->departments())
        names.insert(department.code, department.name);
    return names;
}

void CatalogPage::refreshOneSource()
{
    if (m_oneSourceButton->text().isEmpty())
        m_oneSourceButton->setText(tr("一数一源 issues (counting…)"));
    m_loader->requestOneSource();
}

void CatalogPage::showOneSource(const QList<OneSourceConflict>& conflicts, const DatabaseError& error)
{
    if (error.isError()) {
        m_oneSourceButton->setText(tr("一数一源 issues (not read)"));
        m_oneSourceButton->setToolTip(error.fullText());
        return;
    }
    m_oneSourceButton->setToolTip({});
    m_oneSource->setConflicts(conflicts, departmentNames());
    m_oneSourceButton->setText(tr("一数一源 issues (%1)").arg(conflicts.size()));
}

void CatalogPage::refreshRevisions()
{
    m_revisionQueue->setRows(m_services->revisions().queue(), m_clock.today());
    m_revisionsButton->setText(tr("Revisions to review (%1)").arg(m_revisionQueue->awaitingReview()));
}

void CatalogPage::showOnly(const QStringList& ids, const QString& why)
{
    m_filter.ids = ids;
    m_count->setToolTip(why);
    applyFilter();
    m_selectFirstRow = true;
}

void CatalogPage::selectEntry(const QModelIndex& index)
{
    if (m_editor->isModified() && index.data(CatalogTableModel::IdRole).toString() != m_editor->entryId()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to the entry you were editing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_editor->save()))
            return;
    }
    m_editor->showEntry(index.isValid() ? index.data(CatalogTableModel::IdRole).toString() : QString());
}

void CatalogPage::entryChanged(const QString& id)
{
    m_table->reload();
    refreshCounts();
    refreshOneSource();
    refreshRevisions();
    m_itemSearchPanel->refresh(); // the entry's items may have changed
    const int row = m_table->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectRow(row);
    }
}

QStringList CatalogPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(CatalogTableModel::IdRole).toString());
    return ids;
}

void CatalogPage::newEntry()
{
    m_view->clearSelection();
    m_editor->startNew();
}

void CatalogPage::importFile()
{
    CatalogImportDialog dialog(*m_services, this);
    if (dialog.chooseFile() && dialog.exec() == QDialog::Accepted)
        reload();
}

void CatalogPage::exportFile()
{
    CatalogExportAction(*m_services, this).run();
}

void CatalogPage::bulkEdit()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Bulk edit"),
                                 tr("Select the entries to change in the table first."));
        return;
    }
    BulkEditDialog dialog(*m_services, ids, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_table->reload();
        refreshCounts();
        m_editor->showEntry(m_editor->entryId());
    }
}

} // namespace xs
