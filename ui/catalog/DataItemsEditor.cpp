#include "ui/catalog/DataItemsEditor.h"

#include "models/catalog/DataItemsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

DataItemsEditor::DataItemsEditor(DataItemsModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dataItemsTable"));
    m_view->setModel(&model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    m_add = new QPushButton(tr("&Add item"), this);
    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    m_paste = new QPushButton(tr("&Paste from Excel"), this);
    m_paste->setObjectName(QStringLiteral("pasteItemsButton"));
    m_paste->setToolTip(tr("Copy rows in Excel in this column order, then paste: name, identifier, type, "
                           "length, minimum grade, sensitive, authoritative, description."));
    connect(m_add, &QPushButton::clicked, this, &DataItemsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &DataItemsEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_paste, &QPushButton::clicked, this, &DataItemsEditor::pasteFromClipboard);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataItemsEditor::updateButtons);
    connect(&model, &QAbstractItemModel::modelReset, this, &DataItemsEditor::updateButtons);

    // Two rows, so the editor beside the catalog table stays narrow enough for a 1400-pixel screen:
    // what changes the list, then what moves or brings rows.
    auto* editing = new QHBoxLayout;
    auto* moving = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_remove})
        editing->addWidget(button);
    editing->addStretch();
    for (QPushButton* button : {m_up, m_down, m_paste})
        moving->addWidget(button);
    moving->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(editing);
    layout->addLayout(moving);
    layout->addWidget(m_view, 1);
    updateButtons();
}

void DataItemsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
    updateButtons();
}

void DataItemsEditor::add()
{
    const int row = m_model.addItem();
    const QModelIndex name = m_model.index(row, DataItemsModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void DataItemsEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_model.removeRows(row, 1);
}

void DataItemsEditor::move(int delta)
{
    const int row = m_view->currentIndex().row();
    if (m_model.moveItem(row, delta))
        m_view->selectRow(row + delta);
}

int DataItemsEditor::pasteFromClipboard()
{
    if (m_readOnly)
        return 0;
    const int first = m_model.rowCount();
    const int pasted = m_model.pasteRows(QApplication::clipboard()->text());
    if (pasted > 0)
        m_view->selectRow(first);
    return pasted;
}

bool DataItemsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return true;
        }
        if (key->matches(QKeySequence::Delete) &&
            !m_readOnly) { // while a cell is edited, keys go to its editor
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DataItemsEditor::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    const int row = m_view->currentIndex().row();
    m_add->setEnabled(!m_readOnly);
    m_paste->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && selected);
    m_up->setEnabled(!m_readOnly && selected && row > 0);
    m_down->setEnabled(!m_readOnly && selected && row >= 0 && row + 1 < m_model.rowCount());
}

} // namespace xs
