#include "ui/sharing/OpenDataPanel.h"

#include "app/areas/OpenDataServices.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/opendata/OpenDataListModel.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "ui/common/DeadlineDelegate.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordFormDialog.h"
#include "ui/common/RecordQueueView.h"
#include "ui/common/StepDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

constexpr const char* DetailFields[] = {"description",   "demander",    "received_on",
                                        "registered_by", "accepted_on", "answer_due_on",
                                        "answer",        "answered_by", "answered_on"};

} // namespace

OpenDataPanel::OpenDataPanel(OpenDataServices& services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_role(role)
    , m_list(std::make_unique<OpenDataListModel>())
{
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("openDataDomain"));
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownOnly = new QCheckBox(tr("Assigned to us"), this);
    m_includeAnswered = new QCheckBox(tr("Include answered"), this);
    m_includeAnswered->setObjectName(QStringLiteral("openDataIncludeAnswered"));
    m_summary = new QLabel(this);
    m_register = new QPushButton(tr("&Register a Demand..."), this);
    m_register->setObjectName(QStringLiteral("registerOpenDataDemand"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Domain:"), this));
    filters->addWidget(m_domain);
    filters->addWidget(m_ownOnly);
    filters->addWidget(m_includeAnswered);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    filters->addWidget(m_register);

    m_records = new RecordQueueView(*m_list, OpenDataListModel::IdRole, OpenDataListModel::TitleColumn,
                                    QStringLiteral("openDataList"), QStringLiteral("openDataDetail"), this);
    m_records->table().setItemDelegate(new DeadlineDelegate(
        OpenDataListModel::UrgencyRole, {OpenDataListModel::DueColumn, OpenDataListModel::LeftColumn},
        &m_records->table()));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_records, 1);

    connect(m_domain, &QComboBox::currentIndexChanged, this, &OpenDataPanel::applyFilter);
    connect(m_ownOnly, &QCheckBox::toggled, this, &OpenDataPanel::applyFilter);
    connect(m_includeAnswered, &QCheckBox::toggled, this, &OpenDataPanel::applyFilter);
    connect(m_records, &RecordQueueView::currentChanged, this, &OpenDataPanel::showSelected);
    connect(m_register, &QPushButton::clicked, this, &OpenDataPanel::registerDemand);
    setRole(role);
}

OpenDataPanel::~OpenDataPanel() = default;

void OpenDataPanel::setRole(Role role)
{
    m_role = role;
    const bool hasDepartment = !m_services.department().isEmpty();
    m_ownOnly->setVisible(hasDepartment);
    m_ownOnly->setChecked(hasDepartment);
    m_register->setVisible(OpenDataWorkflow::mayRegister(role));
    reload();
}

QString OpenDataPanel::message() const
{
    return m_records->message();
}

QString OpenDataPanel::detailText() const
{
    return m_records->detailText();
}

void OpenDataPanel::say(const QString& text, bool problem)
{
    m_records->say(text, problem);
}

void OpenDataPanel::reload()
{
    const QString chosen = selectedDemand();
    m_list->setDemands(m_services.demands(), m_services.clock().today(), m_services.calendar(),
                       m_services.names());
    applyFilter();
    select(chosen);
}

void OpenDataPanel::showDomain(const QString& domain)
{
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
}

void OpenDataPanel::applyFilter()
{
    const QString chosen = selectedDemand();
    m_list->setFilter({m_domain->currentData().toString(),
                       m_ownOnly->isChecked() ? m_services.department() : QString(),
                       !m_includeAnswered->isChecked()});
    showDomainCounts();
    m_summary->setText(tr("%1 shown · %2 overdue").arg(m_list->rowCount()).arg(m_list->overdueCount()));
    select(chosen);
}

// The facet: each domain with how many demands it has under the other filters.
void OpenDataPanel::showDomainCounts()
{
    const QMap<QString, int> counts = m_list->domainCounts();
    const QString current = m_domain->currentData().toString();
    const QSignalBlocker blocker(m_domain);
    m_domain->clear();
    int total = 0;
    for (const int count : counts)
        total += count;
    m_domain->addItem(tr("All domains (%1)").arg(total), QString());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        m_domain->addItem(tr("%1 (%2)").arg(OpenDataWorkflow::domainLabel(it.key())).arg(it.value()),
                          it.key());
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(current)));
}

void OpenDataPanel::select(const QString& demandId)
{
    m_records->select(demandId);
}

QString OpenDataPanel::selectedDemand() const
{
    return m_records->currentId();
}

QStringList OpenDataPanel::offeredSteps() const
{
    const RecordState* demand = m_list->demand(selectedDemand());
    if (!demand)
        return {};
    QStringList offered;
    for (const QString& command : OpenDataWorkflow::steps().available(
             demand->fields.value(OpenDataWorkflow::StateField).toString(), m_role)) {
        // A department's staff answer the demands assigned to them (the hub's rule).
        const bool answer = !OpenDataWorkflow::outcomeOf(command).isEmpty();
        if (answer && m_role == Role::Cataloguer &&
            demand->fields.value(QStringLiteral("provider_code")).toString() != m_services.department())
            continue;
        offered.append(command);
    }
    return offered;
}

void OpenDataPanel::showSelected()
{
    m_records->clearSteps();
    const RecordState* demand = m_list->demand(selectedDemand());
    if (!demand) {
        m_records->setDetail(m_list->rowCount() == 0
                                 ? tr("No open-data demands here.")
                                 : tr("Choose a demand to see what was asked and answered."));
        return;
    }
    const QJsonObject& fields = demand->fields;
    const QString outcome = fields.value(QStringLiteral("outcome")).toString();
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2 · %3</p><table cellspacing=\"4\">")
            .arg(fields.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                 OpenDataWorkflow::domainLabel(fields.value(QStringLiteral("domain")).toString())
                     .toHtmlEscaped(),
                 (outcome.isEmpty()
                      ? OpenDataWorkflow::stateLabel(fields.value(QStringLiteral("state")).toString())
                      : OpenDataWorkflow::outcomeLabel(outcome))
                     .toHtmlEscaped());
    for (const char* name : DetailFields) {
        const QString value = fields.value(QLatin1String(name)).toString();
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(fieldLabel(OpenDataWorkflow::Entity, QLatin1String(name)).toHtmlEscaped(),
                         value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_records->setDetail(html + QStringLiteral("</table>"));
    for (const QString& command : offeredSteps()) {
        auto* button = m_records->addStep(QStringLiteral("openData-") + command,
                                          OpenDataWorkflow::steps().find(command)->title());
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
    }
    m_records->finishSteps();
}

void OpenDataPanel::registerDemand()
{
    const Role role = m_role;
    RecordFormDialog dialog(
        *findEntity(OpenDataWorkflow::Entity),
        [this](const FieldSchema& field) { return m_services.choices(field); },
        [this, role](const QJsonObject& values, QString* savedId) {
            const DatabaseError error = m_services.save(role, {}, values, savedId);
            return error.isError() ? error.detailOrMessage() : QString();
        },
        this);
    dialog.setObjectName(QStringLiteral("openDataDialog"));
    dialog.setWindowTitle(tr("Register an Open-Data Demand"));
    dialog.setRefusalText(tr("The demand was not saved: %1"));
    dialog.setHint(tr("As received through the open-data portal. Who asked is kept as given; their contact "
                      "details stay with the portal."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.savedId());
    say(tr("Saved here; the hub receives it at the next sync."), false);
}

void OpenDataPanel::askStep(const QString& command)
{
    const StepDefinition* step = OpenDataWorkflow::steps().find(command);
    const RecordState* demand = m_list->demand(selectedDemand());
    if (!step || !demand)
        return;
    QJsonObject arguments;
    if (command == QLatin1String("accept")) {
        // The department is chosen by name, never typed as a code.
        const QList<LabelledValue> departments = m_services.departments();
        QStringList names;
        for (const LabelledValue& department : departments)
            names << department.label;
        if (departments.isEmpty()) {
            say(tr("No departments on this computer yet: sync first."), true);
            return;
        }
        bool chosen = false;
        const QString name =
            QInputDialog::getItem(this, step->title(), tr("Department to answer:"), names, 0, false, &chosen);
        const qsizetype index = names.indexOf(name);
        if (!chosen || index < 0)
            return;
        arguments.insert(QStringLiteral("department"), departments.at(index).value);
    } else {
        const std::optional<QJsonObject> asked = StepDialog::askFor(
            *step, demand->fields, demand->fields.value(QStringLiteral("title")).toString(),
            m_services.clock().today(), this);
        if (!asked)
            return;
        arguments = *asked;
    }
    takeStep(command, arguments);
}

bool OpenDataPanel::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = OpenDataWorkflow::steps().find(command);
    const QString demandId = selectedDemand();
    if (!step || demandId.isEmpty())
        return false;
    const DatabaseError error = m_services.step(m_role, demandId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    select(demandId);
    say(StepDialog::doneText(*step), false);
    return true;
}

} // namespace xs
