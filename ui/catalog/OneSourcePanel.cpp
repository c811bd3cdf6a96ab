#include "ui/catalog/OneSourcePanel.h"

#include "models/catalog/OneSourceConflictModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

OneSourcePanel::OneSourcePanel(OneSourceConflictModel& model, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("oneSourcePanel"));
    auto* title =
        new QLabel(tr("一数一源: one authoritative source per data item. These items are claimed by "
                      "more than one department; agree on one and clear the others' flag."),
                   this);
    title->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("oneSourceTable"));
    m_view->setModel(&model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(OneSourceConflictModel::DepartmentsColumn,
                                                     QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit entriesChosen(index.data(OneSourceConflictModel::EntryIdsRole).toStringList(),
                           index.siblingAtColumn(OneSourceConflictModel::IdentifierColumn).data().toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
}

} // namespace xs
