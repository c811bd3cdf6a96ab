#include "ui/sharing/SharingRequestDialog.h"

#include "app/areas/SharingServices.h"
#include "models/sharing/SharingWorkflow.h"
#include "ui/common/RecordForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace xs {

SharingRequestDialog::SharingRequestDialog(SharingServices& services, Role role, const QString& requestId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_role(role)
    , m_requestId(requestId)
{
    setObjectName(QStringLiteral("sharingRequestDialog"));
    setWindowTitle(requestId.isEmpty() ? tr("Ask for Shared Data") : tr("Correct the Request"));
    m_form = new RecordForm(
        *findEntity(SharingWorkflow::Entity),
        [this](const FieldSchema& field) { return m_services.choices(field); }, this);
    QJsonObject values{{QStringLiteral("requester_code"), services.department()}};
    for (const RecordState& request : services.requests()) {
        if (request.id == requestId)
            values = request.fields;
    }
    m_form->setValues(values);
    // A department asks in its own name; a correction keeps the resource and the requester.
    m_form->setFieldLocked(QStringLiteral("requester_code"),
                           !services.department().isEmpty() || !requestId.isEmpty());
    m_form->setFieldLocked(QStringLiteral("entry_id"), !requestId.isEmpty());
    auto* hint = new QLabel(tr("The provider replies within %1 working day for data shared unconditionally "
                               "and within %2 working days for data shared on conditions (政务数据共享条例 "
                               "§21–22).")
                                .arg(SharingWorkflow::UnconditionalReplyDays)
                                .arg(SharingWorkflow::ConditionalReplyDays),
                            this);
    hint->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sharingRequestProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SharingRequestDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 600);
}

bool SharingRequestDialog::save()
{
    const DatabaseError error = m_services.save(m_role, m_requestId, m_form->values(), &m_savedId);
    if (error.isError()) {
        m_problem->setText(tr("The request was not saved: %1").arg(error.detailOrMessage()));
        m_problem->show();
        return false;
    }
    accept();
    return true;
}

QString SharingRequestDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace xs
