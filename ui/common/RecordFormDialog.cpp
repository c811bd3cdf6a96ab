#include "ui/common/RecordFormDialog.h"

#include "ui/common/RecordForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace xs {

RecordFormDialog::RecordFormDialog(const EntitySchema& entity, FormChoices choices, Save save,
                                   QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_refusalText(tr("Not saved: %1"))
{
    m_form = new RecordForm(entity, std::move(choices), this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->hide();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recordFormProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 600);
}

void RecordFormDialog::setHint(const QString& text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

bool RecordFormDialog::save()
{
    if (const QString refusal = m_save(m_form->values(), &m_savedId); !refusal.isEmpty()) {
        m_problem->setText(m_refusalText.arg(refusal));
        m_problem->show();
        return false;
    }
    accept();
    return true;
}

QString RecordFormDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace xs
