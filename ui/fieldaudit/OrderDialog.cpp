#include "ui/fieldaudit/OrderDialog.h"

#include "models/rectification/RectificationWorkflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace xs {

OrderDialog::OrderDialog(const QString& addressedTo, const QString& finding, int workingDays, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Issue a Rectification Order"));
    auto* target = new QLabel(addressedTo, this);
    target->setWordWrap(true);
    m_requirement = new QPlainTextEdit(this);
    m_requirement->setObjectName(QStringLiteral("orderRequirement"));
    m_requirement->setTabChangesFocus(true);
    m_requirement->setPlainText(tr("Rectify the following finding: %1").arg(finding));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("orderWorkingDays"));
    m_days->setRange(1, RectificationWorkflow::MaxWorkingDays);
    m_days->setValue(workingDays);
    m_days->setSuffix(tr(" working days"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Addressed to:"), target);
    form->addRow(tr("What must be rectified:"), m_requirement);
    form->addRow(tr("Deadline:"), m_days);
    form->addRow(new QLabel(tr("The hub counts the deadline from the day it receives the order, on the "
                               "official holiday schedule."),
                            this));
    form->addRow(m_buttons);
    connect(m_requirement, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!requirement().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QString OrderDialog::requirement() const
{
    return m_requirement->toPlainText().trimmed();
}

int OrderDialog::workingDays() const
{
    return m_days->value();
}

} // namespace xs
