#include "ui/catalog/CatalogRevisionPanel.h"

#include "app/areas/CatalogRevisionServices.h"
#include "models/calendar/DeadlineText.h"
#include "models/catalog/revision/CatalogRevisionAccess.h"
#include "models/catalog/revision/CatalogRevisionDiffModel.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/common/Clock.h"
#include "ui/common/StepDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace Flow = CatalogRevisionWorkflow;

namespace {

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

} // namespace

CatalogRevisionPanel::CatalogRevisionPanel(CatalogRevisionServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_diff(std::make_unique<CatalogRevisionDiffModel>())
    , m_permissions(CatalogPermissions::standalone())
{
    setObjectName(QStringLiteral("revisionPanel"));
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("revisionFacts"));
    m_facts->setWordWrap(true);
    m_facts->setMinimumWidth(200);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("revisionDiff"));
    m_view->setModel(m_diff.get());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CatalogRevisionDiffModel::FieldColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogRevisionDiffModel::PublishedColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CatalogRevisionDiffModel::RevisedColumn,
                                                     QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    for (const StepDefinition& step : Flow::steps().steps()) {
        auto* button = new QPushButton(step.title(), this);
        button->setObjectName(QStringLiteral("revision-") + step.command);
        button->setProperty("command", step.command);
        connect(button, &QPushButton::clicked, this, [this, command = step.command] { giveStep(command); });
        buttons->addWidget(button);
        m_stepButtons.append(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    showRevision({}, std::nullopt, m_permissions);
}

CatalogRevisionPanel::~CatalogRevisionPanel() = default;

void CatalogRevisionPanel::showRevision(const QJsonObject& published,
                                        const std::optional<RecordState>& revision,
                                        const CatalogPermissions& permissions)
{
    m_published = published;
    m_revision = revision;
    m_permissions = permissions;
    m_diff->setRevision(published,
                        revision ? CatalogRevisionAccess::changesOf(revision->fields) : QJsonObject());
    m_view->setVisible(revision.has_value());
    m_facts->setText(factsText());
    const QString state = revision ? text(revision->fields, "state") : QString();
    const QString department = text(published, "department_code");
    const bool submitter = revision && text(revision->fields, "submitted_by") == m_services.user();
    for (QPushButton* button : std::as_const(m_stepButtons)) {
        const QString command = button->property("command").toString();
        const bool reviewing = Flow::reviewerGives(command);
        const bool mayGive = Flow::steps().mayGive(permissions.role(), command) &&
                             (reviewing || permissions.canEdit(department));
        const bool applies = revision && Flow::steps().next(state, command).has_value() &&
                             !(command == QLatin1String("extend") &&
                               revision->fields.value(QStringLiteral("extended")).toBool());
        button->setVisible(applies && mayGive);
        // Four eyes, said here before the hub refuses it.
        button->setEnabled(!(reviewing && submitter));
        button->setToolTip(reviewing && submitter
                               ? tr("You submitted this revision: another reviewer decides on it.")
                               : QString());
    }
}

QString CatalogRevisionPanel::factsText() const
{
    if (!m_revision)
        return text(m_published, "status") == QLatin1String("published")
                   ? tr("No revision is open. Change the fields and save: the changes become a revision, "
                        "and the published version stays in use until another person approves it.")
                   : tr("Revisions are for published entries; a draft is edited directly.");
    const QJsonObject& revision = m_revision->fields;
    const QDate today = m_services.clock().today();
    const auto deadline = [&](const char* dateField, const char* provisionalField) {
        const QDate due = QDate::fromString(text(revision, dateField), Qt::ISODate);
        QString shown = StepDeadline::dateText(due, revision.value(QLatin1String(provisionalField)).toBool());
        if (due.isValid() && due < today)
            shown += tr(" (overdue)");
        return shown;
    };
    QStringList lines;
    lines << tr("%1 · reason: %2")
                 .arg(Flow::stateLabel(text(revision, "state")), Flow::reasonLabel(text(revision, "reason")));
    if (!text(revision, "reason_note").isEmpty())
        lines << text(revision, "reason_note");
    const QString state = text(revision, "state");
    if (state == QLatin1String("draft"))
        lines << tr("The department updates the entry by %1%2.")
                     .arg(deadline("due_on", "due_provisional"),
                          revision.value(QStringLiteral("extended")).toBool() ? tr(" (extended once)")
                                                                              : QString());
    if (state == QLatin1String("submitted"))
        lines << tr("Submitted by %1 on %2; the data department decides by %3.")
                     .arg(text(revision, "submitted_by"), text(revision, "submitted_on"),
                          deadline("review_due_on", "review_due_provisional"));
    if (!text(revision, "decision_reason").isEmpty())
        lines
            << tr("Returned by %1: %2").arg(text(revision, "decided_by"), text(revision, "decision_reason"));
    return lines.join(QLatin1Char('\n'));
}

void CatalogRevisionPanel::giveStep(const QString& command)
{
    const StepDefinition* step = Flow::steps().find(command);
    if (!step || !m_revision)
        return;
    const std::optional<QJsonObject> arguments = StepDialog::askFor(
        *step, m_revision->fields, text(m_published, "name"), m_services.clock().today(), this);
    if (!arguments)
        return;
    const Principal principal{m_services.user(), m_permissions.role(), m_permissions.department()};
    if (const DatabaseError error = m_services.step(principal, m_revision->id, command, *arguments);
        error.isError()) {
        QMessageBox::warning(this, tr("Revision"), StepDialog::refusedText(*step, error.fullText()));
        return;
    }
    emit revisionChanged();
}

} // namespace xs
