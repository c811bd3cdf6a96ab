#include "ui/fieldaudit/RectificationQueuePanel.h"

#include "app/areas/FieldAuditServices.h"
#include "models/common/Clock.h"
#include "models/rectification/RectificationQueueModel.h"
#include "models/rectification/RectificationWorkflow.h"
#include "ui/common/StepDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

RectificationQueuePanel::RectificationQueuePanel(FieldAuditServices& services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_role(role)
    , m_queue(std::make_unique<RectificationQueueModel>())
{
    m_includeClosed = new QCheckBox(tr("Include closed"), this);
    m_includeClosed->setObjectName(QStringLiteral("ordersIncludeClosed"));
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("ordersOverdueOnly"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ordersSummary"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_includeClosed);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rectificationQueue"));
    m_view->setModel(m_queue.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RectificationQueueModel::RequirementColumn,
                                                     QHeaderView::Stretch);
    m_stepButtons = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_stepButtons);
    layout->addWidget(m_message);

    connect(m_includeClosed, &QCheckBox::toggled, this, &RectificationQueuePanel::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &RectificationQueuePanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RectificationQueuePanel::showSteps);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const RecordState* order = m_queue->order(selectedOrder()))
            emit orderChosen(order->fields.value(QStringLiteral("subject_entity")).toString(),
                             order->fields.value(QStringLiteral("subject_id")).toString());
    });
    reload();
}

RectificationQueuePanel::~RectificationQueuePanel() = default;

void RectificationQueuePanel::setRole(Role role)
{
    m_role = role;
    showSteps();
}

QString RectificationQueuePanel::message() const
{
    return m_message->text();
}

void RectificationQueuePanel::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

void RectificationQueuePanel::reload()
{
    const QString selected = selectedOrder();
    m_queue->setOrders(m_services.orders(), m_services.clock().today(), m_services.targetNames());
    applyFilter();
    select(selected);
}

void RectificationQueuePanel::applyFilter()
{
    const QString selected = selectedOrder();
    m_queue->setFilter({!m_includeClosed->isChecked(), m_overdueOnly->isChecked()});
    m_summary->setText(tr("%1 shown of %2 · %3 overdue")
                           .arg(m_queue->rowCount())
                           .arg(m_queue->totalCount())
                           .arg(m_queue->overdueCount()));
    select(selected);
}

void RectificationQueuePanel::showOverdueOnly()
{
    m_includeClosed->setChecked(false);
    m_overdueOnly->setChecked(true);
}

void RectificationQueuePanel::select(const QString& orderId)
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        const QModelIndex index = m_queue->index(row, 0);
        if (index.data(RectificationQueueModel::IdRole).toString() == orderId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
    m_view->setCurrentIndex({});
    showSteps();
}

QString RectificationQueuePanel::selectedOrder() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RectificationQueueModel::IdRole).toString() : QString();
}

QStringList RectificationQueuePanel::offeredSteps() const
{
    const RecordState* order = m_queue->order(selectedOrder());
    if (!order)
        return {};
    return RectificationWorkflow::steps().available(
        order->fields.value(RectificationWorkflow::StateField).toString(), m_role);
}

void RectificationQueuePanel::showSteps()
{
    while (QLayoutItem* item = m_stepButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& command : offeredSteps()) {
        auto* button = new QPushButton(RectificationWorkflow::steps().find(command)->title(), this);
        button->setObjectName(QStringLiteral("order-") + command);
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
        m_stepButtons->addWidget(button);
    }
    m_stepButtons->addStretch(1);
}

void RectificationQueuePanel::askStep(const QString& command)
{
    const StepDefinition* step = RectificationWorkflow::steps().find(command);
    const RecordState* order = m_queue->order(selectedOrder());
    if (!step || !order)
        return;
    if (const std::optional<QJsonObject> arguments = StepDialog::askFor(
            *step, order->fields, order->fields.value(QStringLiteral("requirement")).toString(),
            m_services.clock().today(), this))
        takeStep(command, *arguments);
}

bool RectificationQueuePanel::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = RectificationWorkflow::steps().find(command);
    const QString orderId = selectedOrder();
    if (!step || orderId.isEmpty())
        return false;
    const DatabaseError error = m_services.orderStep(m_role, orderId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    select(orderId);
    say(StepDialog::doneText(*step), false);
    emit changed();
    return true;
}

} // namespace xs
