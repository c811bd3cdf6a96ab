#include "ui/fieldaudit/PlanTaskDialog.h"

#include "app/areas/FieldAuditServices.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/EntitySchema.h"
#include "ui/common/RecordForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace xs {

PlanTaskDialog::PlanTaskDialog(FieldAuditServices& services, Role role, const QString& taskId,
                               QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_role(role)
    , m_taskId(taskId)
{
    setObjectName(QStringLiteral("planTaskDialog"));
    setWindowTitle(taskId.isEmpty() ? tr("Plan a Field Audit") : tr("Change the Plan"));
    m_form = new RecordForm(
        *findEntity(FieldAuditWorkflow::TaskEntity),
        [this](const FieldSchema& field) { return m_services.planChoices(field); }, this);
    if (!taskId.isEmpty()) {
        if (const std::optional<QJsonObject> plan = m_services.taskFields(taskId))
            m_form->setValues(*plan);
    } else {
        m_form->setValues(
            {{QStringLiteral("planned_on"), m_services.clock().today().addDays(7).toString(Qt::ISODate)}});
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanTaskDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 640);
}

bool PlanTaskDialog::save()
{
    const DatabaseError error = m_services.savePlan(m_role, m_taskId, m_form->values(), &m_savedId);
    if (error.isError()) {
        m_problem->setText(tr("The plan was not saved: %1").arg(error.detailOrMessage()));
        m_problem->show();
        return false;
    }
    accept();
    return true;
}

QString PlanTaskDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace xs
