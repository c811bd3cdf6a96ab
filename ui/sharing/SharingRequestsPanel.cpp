#include "ui/sharing/SharingRequestsPanel.h"

#include "app/areas/SharingServices.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/sharing/SharingQueueModel.h"
#include "models/sharing/SharingWorkflow.h"
#include "ui/common/DeadlineDelegate.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordFormDialog.h"
#include "ui/common/RecordQueueView.h"
#include "ui/common/StepDialog.h"
#include "ui/sharing/SharingRequestDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

// The request's fields people read, in the order a reply is worked out: what was asked, then
// what happened to it. Empty ones are left out.
constexpr const char* DetailFields[] = {
    "purpose",         "scope",        "legal_basis",    "share_method",     "requested_by",
    "submitted_on",    "reply_due_on", "extension_days", "extension_reason", "material_noticed_on",
    "material_notice", "supplement",   "decided_by",     "decided_on",       "decision_reason",
    "delivery_due_on", "delivered_on", "delivery_note",
};

QString fieldText(const QJsonObject& fields, const char* name)
{
    const QJsonValue value = fields.value(QLatin1String(name));
    if (value.isDouble())
        return value.toInteger() == 0 ? QString() : QString::number(value.toInteger());
    return value.toString();
}

} // namespace

SharingRequestsPanel::SharingRequestsPanel(std::unique_ptr<SharingServices> services, Role role,
                                           QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_role(role)
    , m_queue(std::make_unique<SharingQueueModel>())
{
    m_newRequest = new QPushButton(tr("&Ask for Shared Data..."), this);
    m_newRequest->setObjectName(QStringLiteral("newSharingRequest"));

    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("sharingSide"));
    m_side->addItem(tr("To answer (we provide)"), int(SharingQueueModel::Side::ToAnswer));
    m_side->addItem(tr("Asked by us"), int(SharingQueueModel::Side::Asked));
    m_side->addItem(tr("All"), int(SharingQueueModel::Side::All));
    m_includeClosed = new QCheckBox(tr("Include closed"), this);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("sharingOverdueOnly"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sharingSummary"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Queue:"), this));
    filters->addWidget(m_side);
    filters->addWidget(m_includeClosed);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    filters->addWidget(m_newRequest);

    m_records = new RecordQueueView(*m_queue, SharingQueueModel::IdRole, SharingQueueModel::ResourceColumn,
                                    QStringLiteral("sharingQueue"), QStringLiteral("sharingDetail"), this);
    m_records->table().setItemDelegate(new DeadlineDelegate(
        SharingQueueModel::UrgencyRole, {SharingQueueModel::DueColumn, SharingQueueModel::LeftColumn},
        &m_records->table()));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_records, 1);

    connect(m_side, &QComboBox::currentIndexChanged, this, &SharingRequestsPanel::applyFilter);
    connect(m_includeClosed, &QCheckBox::toggled, this, &SharingRequestsPanel::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &SharingRequestsPanel::applyFilter);
    connect(m_records, &RecordQueueView::currentChanged, this, &SharingRequestsPanel::showSelected);
    connect(m_newRequest, &QPushButton::clicked, this, [this] { openRequestDialog({}); });
    setRole(role, m_services->department());
}

SharingRequestsPanel::~SharingRequestsPanel() = default;

void SharingRequestsPanel::setRole(Role role, const QString& department)
{
    m_role = role;
    m_services->setDepartment(department);
    // Without a department of its own (an administrator) a desktop sees every request.
    m_side->setEnabled(!department.isEmpty());
    if (department.isEmpty())
        m_side->setCurrentIndex(m_side->findData(int(SharingQueueModel::Side::All)));
    m_newRequest->setVisible(role == Role::Cataloguer || role == Role::Admin);
    reload();
}

QString SharingRequestsPanel::message() const
{
    return m_records->message();
}

QString SharingRequestsPanel::detailText() const
{
    return m_records->detailText();
}

void SharingRequestsPanel::say(const QString& text, bool problem)
{
    m_records->say(text, problem);
}

void SharingRequestsPanel::reload()
{
    const QString chosen = selectedRequest();
    m_queue->setRequests(m_services->requests(), m_services->clock().today(), m_services->calendar(),
                         m_services->names());
    applyFilter();
    select(chosen);
}

void SharingRequestsPanel::showSide(bool toAnswer)
{
    m_side->setCurrentIndex(
        m_side->findData(int(toAnswer ? SharingQueueModel::Side::ToAnswer : SharingQueueModel::Side::Asked)));
}

void SharingRequestsPanel::applyFilter()
{
    const QString chosen = selectedRequest();
    m_queue->setFilter({SharingQueueModel::Side(m_side->currentData().toInt()), m_services->department(),
                        !m_includeClosed->isChecked(), m_overdueOnly->isChecked()});
    m_summary->setText(tr("%1 shown of %2 · %3 overdue")
                           .arg(m_queue->rowCount())
                           .arg(m_queue->sideCount())
                           .arg(m_queue->overdueCount()));
    select(chosen);
}

void SharingRequestsPanel::select(const QString& requestId)
{
    m_records->select(requestId);
}

QString SharingRequestsPanel::selectedRequest() const
{
    return m_records->currentId();
}

const RecordState* SharingRequestsPanel::selected() const
{
    return m_queue->request(selectedRequest());
}

QStringList SharingRequestsPanel::offeredSteps() const
{
    const RecordState* request = selected();
    if (!request)
        return {};
    const QString department = m_services->department();
    QStringList offered;
    for (const QString& command : SharingWorkflow::steps().available(
             request->fields.value(SharingWorkflow::StateField).toString(), m_role)) {
        // Each side sees its own steps; the hub refuses the other side's anyway.
        const char* side = SharingWorkflow::providerGives(command) ? "provider_code" : "requester_code";
        const bool ownSide =
            m_role == Role::Admin || request->fields.value(QLatin1String(side)).toString() == department;
        if (ownSide && SharingWorkflow::fits(command, request->fields))
            offered.append(command);
    }
    return offered;
}

void SharingRequestsPanel::showSelected()
{
    m_records->clearSteps();
    const RecordState* request = selected();
    if (!request) {
        m_records->setDetail(m_queue->rowCount() == 0
                                 ? tr("No sharing requests in this queue.")
                                 : tr("Choose a request to see what was asked and answered."));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"4\">")
            .arg(m_queue->entryName(request->fields.value(QStringLiteral("entry_id")).toString())
                     .toHtmlEscaped(),
                 SharingWorkflow::stateLabel(request->fields.value(SharingWorkflow::StateField).toString())
                     .toHtmlEscaped());
    for (const char* name : DetailFields) {
        const QString value = fieldText(request->fields, name);
        if (value.isEmpty())
            continue;
        html +=
            QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                .arg(fieldLabel(SharingWorkflow::Entity, QLatin1String(name)).toHtmlEscaped(),
                     (QLatin1String(name) == QLatin1String("share_method") ? CatalogVocabulary::label(value)
                                                                           : value)
                         .toHtmlEscaped()
                         .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    // Conditionally shared data waits for its security review (HN25 item 20): say so while the
    // provider is to answer, before it tries to approve.
    const QString state = request->fields.value(SharingWorkflow::StateField).toString();
    if (request->fields.value(QStringLiteral("share_attribute")).toString() ==
            CatalogVocabulary::conditionalShare() &&
        (state == QLatin1String("submitted") || state == QLatin1String("material_requested"))) {
        const Message standing = m_services->reviewStanding(*request);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Security review:").toHtmlEscaped(),
                         (standing.isEmpty() ? tr("passed; the request may be approved.") : standing.text())
                             .toHtmlEscaped());
    }
    const bool delivered =
        request->fields.value(SharingWorkflow::StateField).toString() == QLatin1String("delivered");
    if (delivered)
        html += usageHtml(request->id);
    m_records->setDetail(html);
    for (const QString& command : offeredSteps()) {
        auto* button = m_records->addStep(QStringLiteral("sharing-") + command,
                                          SharingWorkflow::steps().find(command)->title());
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
    }
    const bool requesterSide =
        m_role == Role::Admin ||
        request->fields.value(QStringLiteral("requester_code")) == m_services->department();
    if (requesterSide && request->fields.value(SharingWorkflow::StateField).toString() ==
                             QLatin1String("material_requested")) {
        auto* correct = m_records->addStep(QStringLiteral("sharing-correct"), tr("Correct the Request..."));
        const QString id = request->id;
        connect(correct, &QPushButton::clicked, this, [this, id] { openRequestDialog(id); });
    }
    if (requesterSide && delivered) {
        auto* record = m_records->addStep(QStringLiteral("sharing-record-use"), tr("Record a Use..."));
        const QString id = request->id;
        connect(record, &QPushButton::clicked, this, [this, id] { recordUse(id); });
    }
    m_records->finishSteps();
}

// The uses recorded of delivered data, oldest first: what audit bodies ask for (kept three years).
QString SharingRequestsPanel::usageHtml(const QString& requestId) const
{
    const QList<RecordState> uses = m_services->usage(requestId);
    QString html =
        QStringLiteral("<h4>%1</h4>").arg(tr("Uses recorded (%1)").arg(uses.size()).toHtmlEscaped());
    if (uses.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(tr("None yet: record each use of the data.").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\">");
    for (const RecordState& use : uses) {
        const QJsonObject& fields = use.fields;
        const QJsonValue count = fields.value(QStringLiteral("record_count"));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(fields.value(QStringLiteral("used_on")).toString().toHtmlEscaped(),
                         fields.value(QStringLiteral("used_by")).toString().toHtmlEscaped(),
                         fields.value(QStringLiteral("purpose")).toString().toHtmlEscaped(),
                         count.isDouble() ? tr("%n record(s)", nullptr, count.toInt()).toHtmlEscaped()
                                          : QString());
    }
    return html + QStringLiteral("</table>");
}

void SharingRequestsPanel::recordUse(const QString& requestId)
{
    const Role role = m_role;
    RecordFormDialog dialog(
        *findEntity(SharingWorkflow::UsageEntity),
        [this](const FieldSchema& field) { return m_services->choices(field); },
        [this, role, requestId](const QJsonObject& values, QString* savedId) {
            const DatabaseError error = m_services->recordUsage(role, requestId, values, savedId);
            return error.isError() ? error.detailOrMessage() : QString();
        },
        this);
    dialog.setObjectName(QStringLiteral("usageDialog"));
    dialog.setWindowTitle(tr("Record a Use of Shared Data"));
    dialog.setRefusalText(tr("The use was not recorded: %1"));
    dialog.setHint(tr("Each use of delivered data is recorded and kept at least %1 years.")
                       .arg(SharingWorkflow::UsageKeptYears));
    dialog.form().setValues({{QStringLiteral("used_on"), m_services->clock().today().toString(Qt::ISODate)}});
    if (dialog.exec() != QDialog::Accepted)
        return;
    showSelected();
    say(tr("Use recorded here; the hub receives it at the next sync."), false);
}

void SharingRequestsPanel::openRequestDialog(const QString& requestId)
{
    SharingRequestDialog dialog(*m_services, m_role, requestId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (requestId.isEmpty())
        showSide(false);
    reload();
    select(dialog.savedRequest());
    say(tr("Saved here; the hub counts the reply deadline at the next sync."), false);
}

void SharingRequestsPanel::askStep(const QString& command)
{
    const StepDefinition* step = SharingWorkflow::steps().find(command);
    const RecordState* request = selected();
    if (!step || !request)
        return;
    if (const std::optional<QJsonObject> arguments = StepDialog::askFor(
            *step, request->fields,
            m_queue->entryName(request->fields.value(QStringLiteral("entry_id")).toString()),
            m_services->clock().today(), this))
        takeStep(command, *arguments);
}

bool SharingRequestsPanel::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = SharingWorkflow::steps().find(command);
    const QString requestId = selectedRequest();
    if (!step || requestId.isEmpty())
        return false;
    const DatabaseError error = m_services->step(m_role, requestId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    select(requestId);
    say(StepDialog::doneText(*step), false);
    return true;
}

} // namespace xs
