#include "ui/sharing/QualityFeedbackPanel.h"

#include "app/areas/QualityFeedbackServices.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/quality/QualityFeedbackListModel.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordFormDialog.h"
#include "ui/common/RecordQueueView.h"
#include "ui/common/StepDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

namespace {

// What a reader of the feedback needs, in the order it happened; empty fields are left out.
constexpr const char* DetailFields[] = {"description", "filed_by",   "filed_on", "verification_note",
                                        "decided_by",  "decided_on", "result",   "closed_on"};

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

QualityFeedbackPanel::QualityFeedbackPanel(QualityFeedbackServices& services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_role(role)
    , m_list(std::make_unique<QualityFeedbackListModel>())
{
    m_ownOnly = new QCheckBox(tr("Ours only (filed by us or about our data)"), this);
    m_ownOnly->setObjectName(QStringLiteral("feedbackOwnOnly"));
    m_includeClosed = new QCheckBox(tr("Include fed back"), this);
    m_includeClosed->setObjectName(QStringLiteral("feedbackIncludeClosed"));
    m_summary = new QLabel(this);
    m_file = new QPushButton(tr("&Report a Quality Problem..."), this);
    m_file->setObjectName(QStringLiteral("fileFeedback"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_ownOnly);
    filters->addWidget(m_includeClosed);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    filters->addWidget(m_file);

    m_records = new RecordQueueView(*m_list, QualityFeedbackListModel::IdRole,
                                    QualityFeedbackListModel::ResourceColumn, QStringLiteral("feedbackList"),
                                    QStringLiteral("feedbackDetail"), this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_records, 1);

    connect(m_ownOnly, &QCheckBox::toggled, this, &QualityFeedbackPanel::applyFilter);
    connect(m_includeClosed, &QCheckBox::toggled, this, &QualityFeedbackPanel::applyFilter);
    connect(m_records, &RecordQueueView::currentChanged, this, &QualityFeedbackPanel::showSelected);
    connect(m_file, &QPushButton::clicked, this, [this] { fileFeedback({}); });
    setRole(role);
}

QualityFeedbackPanel::~QualityFeedbackPanel() = default;

void QualityFeedbackPanel::setRole(Role role)
{
    m_role = role;
    const bool hasDepartment = !m_services.department().isEmpty();
    m_ownOnly->setVisible(hasDepartment);
    m_ownOnly->setChecked(hasDepartment);
    m_file->setVisible(QualityFeedbackWorkflow::mayFile(role));
    reload();
}

QString QualityFeedbackPanel::message() const
{
    return m_records->message();
}

QString QualityFeedbackPanel::detailText() const
{
    return m_records->detailText();
}

void QualityFeedbackPanel::say(const QString& text, bool problem)
{
    m_records->say(text, problem);
}

void QualityFeedbackPanel::reload()
{
    const QString chosen = selectedFeedback();
    m_list->setFeedback(m_services.feedback(), m_services.orders(), m_services.clock().today(),
                        m_services.names());
    applyFilter();
    select(chosen);
}

void QualityFeedbackPanel::applyFilter()
{
    const QString chosen = selectedFeedback();
    m_list->setFilter(
        {m_ownOnly->isChecked() ? m_services.department() : QString(), !m_includeClosed->isChecked()});
    m_summary->setText(tr("%1 shown · %2 overdue").arg(m_list->rowCount()).arg(m_list->overdueCount()));
    select(chosen);
}

void QualityFeedbackPanel::select(const QString& feedbackId)
{
    m_records->select(feedbackId);
}

QString QualityFeedbackPanel::selectedFeedback() const
{
    return m_records->currentId();
}

QStringList QualityFeedbackPanel::offeredSteps() const
{
    const RecordState* item = m_list->feedback(selectedFeedback());
    if (!item)
        return {};
    QStringList offered = QualityFeedbackWorkflow::steps().available(
        item->fields.value(QualityFeedbackWorkflow::StateField).toString(), m_role);
    // Corrected only once the order that has it corrected is closed (the hub's rule).
    const RecordState* order = m_list->orderFor(item->id);
    if (!order || order->fields.value(QStringLiteral("state")).toString() != QLatin1String("closed"))
        offered.removeAll(QStringLiteral("mark_corrected"));
    return offered;
}

void QualityFeedbackPanel::showSelected()
{
    m_records->clearSteps();
    const RecordState* item = m_list->feedback(selectedFeedback());
    if (!item) {
        m_records->setDetail(m_list->rowCount() == 0
                                 ? tr("No quality feedback here.")
                                 : tr("Choose feedback to see what was reported and done."));
        return;
    }
    const QJsonObject& fields = item->fields;
    const QString entity = QualityFeedbackWorkflow::Entity;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table cellspacing=\"4\">")
            .arg(m_list->entryName(fields.value(QStringLiteral("entry_id")).toString()).toHtmlEscaped(),
                 QualityFeedbackWorkflow::dimensionLabel(fields.value(QStringLiteral("dimension")).toString())
                     .toHtmlEscaped(),
                 QualityFeedbackWorkflow::stateLabel(fields.value(QStringLiteral("state")).toString())
                     .toHtmlEscaped());
    if (const QString dataItem = fields.value(QStringLiteral("item_name")).toString(); !dataItem.isEmpty())
        html += row(fieldLabel(entity, QStringLiteral("item_name")), dataItem);
    for (const char* name : DetailFields) {
        if (const QString value = fields.value(QLatin1String(name)).toString(); !value.isEmpty())
            html += row(fieldLabel(entity, QLatin1String(name)), value);
    }
    if (const RecordState* order = m_list->orderFor(item->id)) {
        const QJsonObject& orderFields = order->fields;
        html += row(
            tr("Rectification order"),
            tr("%1, due %2")
                .arg(RectificationWorkflow::stateLabel(orderFields.value(QStringLiteral("state")).toString()),
                     orderFields.value(QStringLiteral("due_on")).toString()));
        if (const QString response = orderFields.value(QStringLiteral("response")).toString();
            !response.isEmpty())
            html += row(tr("Provider's report"), response);
    }
    m_records->setDetail(html + QStringLiteral("</table>"));
    for (const QString& command : offeredSteps()) {
        auto* button = m_records->addStep(QStringLiteral("feedback-") + command,
                                          QualityFeedbackWorkflow::steps().find(command)->title());
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
    }
    m_records->finishSteps();
}

void QualityFeedbackPanel::fileFeedback(const QString& feedbackId)
{
    const Role role = m_role;
    RecordFormDialog dialog(
        *findEntity(QualityFeedbackWorkflow::Entity),
        [this](const FieldSchema& field) { return m_services.choices(field); },
        [this, role, feedbackId](const QJsonObject& values, QString* savedId) {
            const DatabaseError error = m_services.file(role, feedbackId, values, savedId);
            return error.isError() ? error.detailOrMessage() : QString();
        },
        this);
    dialog.setObjectName(QStringLiteral("feedbackDialog"));
    dialog.setWindowTitle(tr("Report a Quality Problem"));
    dialog.setRefusalText(tr("The feedback was not saved: %1"));
    dialog.setHint(tr("The data department verifies it; if it is upheld, the provider corrects it within %1 "
                      "working days (政务数据共享条例 §26).")
                       .arg(QualityFeedbackWorkflow::ProviderWorkingDays));
    dialog.form().setValues({{QStringLiteral("requester_code"), m_services.department()}});
    dialog.form().setFieldLocked(QStringLiteral("requester_code"), role == Role::Cataloguer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.savedId());
    say(tr("Saved here; the hub receives it at the next sync."), false);
}

void QualityFeedbackPanel::askStep(const QString& command)
{
    const StepDefinition* step = QualityFeedbackWorkflow::steps().find(command);
    const RecordState* item = m_list->feedback(selectedFeedback());
    if (!step || !item)
        return;
    if (const std::optional<QJsonObject> arguments = StepDialog::askFor(
            *step, item->fields, m_list->entryName(item->fields.value(QStringLiteral("entry_id")).toString()),
            m_services.clock().today(), this))
        takeStep(command, *arguments);
}

bool QualityFeedbackPanel::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = QualityFeedbackWorkflow::steps().find(command);
    const QString feedbackId = selectedFeedback();
    if (!step || feedbackId.isEmpty())
        return false;
    const DatabaseError error = m_services.step(m_role, feedbackId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    select(feedbackId);
    say(StepDialog::doneText(*step), false);
    return true;
}

} // namespace xs
