#include "ui/common/RecordQueueView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

RecordQueueView::RecordQueueView(QAbstractItemModel& model, int idRole, int stretchColumn,
                                 const QString& tableName, const QString& detailName, QWidget* parent)
    : QWidget(parent)
    , m_idRole(idRole)
{
    m_table = new QTableView(this);
    m_table->setObjectName(tableName);
    m_table->setModel(&model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);

    m_detail = new QLabel(this);
    m_detail->setObjectName(detailName);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(8);
    auto* detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 240});

    m_steps = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_steps);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordQueueView::currentChanged);
}

QString RecordQueueView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(m_idRole).toString() : QString();
}

void RecordQueueView::select(const QString& id)
{
    const QAbstractItemModel& model = *m_table->model();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(m_idRole).toString() == id) {
            m_table->setCurrentIndex(index);
            return;
        }
    }
    m_table->setCurrentIndex({});
    emit currentChanged(); // also when nothing was chosen before: the detail says why it is empty
}

void RecordQueueView::setDetail(const QString& html)
{
    m_detail->setText(html);
}

QString RecordQueueView::detailText() const
{
    return m_detail->text();
}

void RecordQueueView::clearSteps()
{
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QPushButton* RecordQueueView::addStep(const QString& objectName, const QString& title)
{
    auto* button = new QPushButton(title, this);
    button->setObjectName(objectName);
    m_steps->addWidget(button);
    return button;
}

void RecordQueueView::finishSteps()
{
    m_steps->addStretch(1);
}

void RecordQueueView::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

QString RecordQueueView::message() const
{
    return m_message->text();
}

} // namespace xs
