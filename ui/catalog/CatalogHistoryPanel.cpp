#include "ui/catalog/CatalogHistoryPanel.h"

#include "models/catalog/CatalogHistoryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

CatalogHistoryPanel::CatalogHistoryPanel(CatalogHistoryModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(&model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (const int column :
         {CatalogHistoryModel::WhenColumn, CatalogHistoryModel::WhoColumn, CatalogHistoryModel::FieldColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();

    m_restore = new QPushButton(tr("&Restore this version"), this);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(tr("Bring back the entry's fields as they were right after the selected change. "
                             "The restore is recorded as a new change."));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit restoreRequested(current.data(CatalogHistoryModel::ChangeIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogHistoryPanel::updateButton);
    connect(&model, &QAbstractItemModel::modelReset, this, &CatalogHistoryPanel::updateButton);

    auto* hint = new QLabel(tr("Newest first. Select a change to go back to the version it made."), this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButton();
}

void CatalogHistoryPanel::setRestoreAllowed(bool allowed)
{
    m_allowed = allowed;
    updateButton();
}

void CatalogHistoryPanel::updateButton()
{
    const QModelIndex current = m_view->currentIndex();
    m_restore->setEnabled(m_allowed && current.isValid() && current.row() > 0 &&
                          !current.data(CatalogHistoryModel::ItemChangeRole).toBool());
}

} // namespace xs
