#include "ui/catalog/CatalogRevisionQueuePanel.h"

#include "models/catalog/revision/CatalogRevisionQueueModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

CatalogRevisionQueuePanel::CatalogRevisionQueuePanel(CatalogRevisionQueueModel& model, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("revisionQueuePanel"));
    auto* title =
        new QLabel(tr("Revisions of published entries: the data department decides within 2 working "
                      "days of a submission, and never on a revision its own reviewer submitted. "
                      "Choose a row to open the entry at its revision."),
                   this);
    title->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("revisionQueue"));
    m_view->setModel(&model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogRevisionQueueModel::EntryColumn,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit entryChosen(index.data(CatalogRevisionQueueModel::EntryIdRole).toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
}

} // namespace xs
