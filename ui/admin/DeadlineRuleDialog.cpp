#include "ui/admin/DeadlineRuleDialog.h"

#include "models/registration/DeadlineRulesInForce.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace xs {

namespace {

QString unitLabel(DeadlineRule::Unit unit)
{
    switch (unit) {
    case DeadlineRule::Unit::WorkingDays:
        return DeadlineRuleDialog::tr("Working days");
    case DeadlineRule::Unit::CalendarDays:
        return DeadlineRuleDialog::tr("Calendar days");
    case DeadlineRule::Unit::Years:
        return DeadlineRuleDialog::tr("Years");
    }
    return {};
}

} // namespace

DeadlineRuleDialog::DeadlineRuleDialog(const DeadlineRule& rule, Publish publish, QWidget* parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_publish(std::move(publish))
{
    setWindowTitle(tr("Deadline Rule: %1").arg(rule.step));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Deadlines already running keep the value they were counted with. The hub "
                                "receives the rule at the next sync."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_value = new QSpinBox(this);
    m_value->setRange(1, 3660);
    m_value->setValue(rule.value);
    form->addRow(tr("&Value:"), m_value);
    m_unit = new QComboBox(this);
    for (const DeadlineRule::Unit unit : DeadlineRules::unitsOf(rule.step))
        m_unit->addItem(unitLabel(unit), int(unit));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(rule.unit))));
    form->addRow(tr("&Unit:"), m_unit);
    m_source = new QLineEdit(rule.source, this);
    m_source->setMinimumWidth(420);
    form->addRow(tr("&Based on:"), m_source);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineRuleDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

DeadlineRule DeadlineRuleDialog::rule() const
{
    DeadlineRule rule = m_rule;
    rule.value = m_value->value();
    rule.unit = DeadlineRule::Unit(m_unit->currentData().toInt());
    rule.source = m_source->text().trimmed();
    return rule;
}

QString DeadlineRuleDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool DeadlineRuleDialog::publish()
{
    const DeadlineRule changed = rule();
    QString refusal;
    if (changed.source.isEmpty())
        refusal = tr("Name the article or decision the rule comes from.");
    else
        refusal = m_publish(changed);
    m_problem->setText(refusal.isEmpty() ? QString() : tr("Not published: %1").arg(refusal));
    m_problem->setVisible(!refusal.isEmpty());
    if (!refusal.isEmpty())
        return false;
    accept();
    return true;
}

} // namespace xs
