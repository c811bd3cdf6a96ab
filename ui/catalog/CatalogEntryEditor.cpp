#include "ui/catalog/CatalogEntryEditor.h"

#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogHistoryModel.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/catalog/DataItemsModel.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/catalog/revision/CatalogRevisionAccess.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/journal/ChangeJournal.h"
#include "ui/catalog/CatalogHistoryPanel.h"
#include "ui/catalog/CatalogRevisionDialog.h"
#include "ui/catalog/CatalogRevisionPanel.h"
#include "ui/catalog/DataItemsEditor.h"
#include "ui/common/RecordForm.h"
#include "ui/common/StepDialog.h"

#include <QDate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace xs {

namespace {

QList<LabelledValue> liveDepartments(const CatalogServices& services)
{
    QList<LabelledValue> departments;
    for (const Department& department : services.departments()) {
        if (!department.deleted)
            departments.append({department.code, department.name});
    }
    return departments;
}

} // namespace

CatalogEntryEditor::CatalogEntryEditor(CatalogServices& services, CatalogPermissions permissions,
                                       QWidget* parent)
    : QWidget(parent)
    , m_clock(services.clock())
    , m_repository(services.repository())
    , m_revisions(services.revisions())
    , m_permissions(permissions)
    , m_items(std::make_unique<DataItemsModel>(services.clock()))
    , m_history(std::make_unique<CatalogHistoryModel>())
{
    setObjectName(QStringLiteral("catalogEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    // Status, sign-off and quality make a long line: it wraps, and never widens the window.
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(200);

    m_frequencies = services.updateFrequencies();
    // The definition decides the fields, their order and editors; only the two lists kept in the
    // database come from here.
    const QList<LabelledValue> departments = liveDepartments(services);
    QList<LabelledValue> frequencies;
    for (const QString& frequency : m_frequencies.names())
        frequencies.append({frequency, CatalogVocabulary::label(frequency)});
    m_form = new RecordForm(
        *findEntity(QStringLiteral("catalog_entry")),
        [departments, frequencies](const FieldSchema& field) {
            if (field.vocabulary == QLatin1String("department"))
                return departments;
            if (field.vocabulary == QLatin1String("update_frequency"))
                return frequencies;
            return vocabularyChoices(field.vocabulary);
        },
        this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_itemsEditor = new DataItemsEditor(*m_items, this);
    m_historyPanel = new CatalogHistoryPanel(*m_history, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(scroll, tr("&Fields"));
    m_tabs->addTab(m_itemsEditor, tr("Data &items"));
    m_tabs->addTab(m_historyPanel, tr("&History"));
    m_revisionPanel = new CatalogRevisionPanel(m_revisions, this);
    m_tabs->addTab(m_revisionPanel, tr("Revisi&on"));
    connect(m_revisionPanel, &CatalogRevisionPanel::revisionChanged, this, [this] {
        const QString id = m_id;
        showEntry(id);
        emit entryChanged(id);
    });

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveEntryButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertEntryButton"));
    auto* buttons = new QHBoxLayout;
    // One button per step of the table; updateActions shows those this role may give now.
    for (const StepDefinition& step : CatalogWorkflow::steps().steps()) {
        auto* button = new QPushButton(step.title(), this);
        button->setObjectName(QStringLiteral("command-") + step.command);
        button->setProperty("command", step.command);
        connect(button, &QPushButton::clicked, this,
                [this, command = step.command] { giveCommand(command); });
        buttons->addWidget(button);
        m_commandButtons.append(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_form, &RecordForm::changed, this, &CatalogEntryEditor::markModified);
    connect(m_items.get(), &DataItemsModel::modified, this, &CatalogEntryEditor::markModified);
    connect(m_save, &QPushButton::clicked, this, &CatalogEntryEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &CatalogEntryEditor::revert);
    connect(m_historyPanel, &CatalogHistoryPanel::restoreRequested, this, &CatalogEntryEditor::restore);
    showEntry({});
}

CatalogEntryEditor::~CatalogEntryEditor() = default;

void CatalogEntryEditor::showEntry(const QString& id)
{
    m_id = id;
    m_isNew = false;
    m_modified = false;
    m_loaded = {};
    QList<QJsonObject> items;
    if (!id.isEmpty()) {
        if (const std::optional<RecordState> entry = m_repository.entry(id))
            m_loaded = entry->fields;
        for (const RecordState& item : m_repository.items(id)) {
            QJsonObject fields = item.fields;
            fields.insert(QStringLiteral("id"), item.id);
            items.append(fields);
        }
        m_history->setChanges(m_repository.history(id));
    } else {
        m_history->setChanges({});
    }
    // A published entry's draft revision is edited where it was left: the form shows the entry as
    // revised, while the published version stays in use.
    m_revision.reset();
    if (!id.isEmpty() && m_permissions.revisesPublished() &&
        m_loaded.value(QLatin1String("status")).toString() == QLatin1String("published"))
        m_revision = m_revisions.openRevision(id);
    const bool drafting =
        m_revision && m_revision->fields.value(QLatin1String("state")).toString() == QLatin1String("draft");
    m_form->setValues(drafting ? CatalogRevisionAccess::revisedEntry(m_loaded, m_revision->fields)
                               : m_loaded);
    m_revisionPanel->showRevision(m_loaded, m_revision, m_permissions);
    m_items->setItems(items);
    updateActions();
    emit contentShown(!id.isEmpty());
}

void CatalogEntryEditor::startNew()
{
    showEntry({});
    m_id = ChangeJournal::newId(m_clock);
    m_isNew = true;
    m_loaded = {{QStringLiteral("status"), CatalogWorkflow::initialState()},
                {QStringLiteral("department_code"), m_permissions.fixedDepartment()},
                {QStringLiteral("in_share_catalog"), true},
                {QStringLiteral("last_updated_on"), m_clock.today().toString(Qt::ISODate)}};
    m_form->setValues(m_loaded);
    m_tabs->setCurrentIndex(0);
    updateActions();
    emit contentShown(true);
    if (QWidget* name = m_form->editorFor(QStringLiteral("name")))
        name->setFocus();
}

void CatalogEntryEditor::setPermissions(const CatalogPermissions& permissions)
{
    m_permissions = permissions;
    m_tabs->setTabVisible(m_tabs->indexOf(m_revisionPanel), permissions.revisesPublished());
    showEntry(m_isNew ? QString() : m_id);
}

void CatalogEntryEditor::markModified()
{
    if (!m_modified) {
        m_modified = true;
        updateActions();
    }
}

void CatalogEntryEditor::updateActions()
{
    const QString status = m_loaded.value(QLatin1String("status")).toString();
    const QString department = m_loaded.value(QLatin1String("department_code")).toString();
    // A revision awaiting review is not edited: it is returned first, or decided.
    const bool reviewing = m_revision && m_revision->fields.value(QLatin1String("state")).toString() ==
                                             QLatin1String("submitted");
    const bool editable =
        (m_isNew ? m_permissions.canCreate() : m_permissions.canEdit(department)) && !reviewing;
    m_form->setReadOnly(!editable);
    m_form->setFieldLocked(QStringLiteral("department_code"), !m_permissions.fixedDepartment().isEmpty());
    m_itemsEditor->setReadOnly(!editable);
    // With a hub, an earlier version of a published entry comes back through a revision too: by
    // editing, not by restoring in place.
    m_historyPanel->setRestoreAllowed(
        editable && !m_isNew && !(m_permissions.revisesPublished() && status == QLatin1String("published")));
    m_save->setEnabled(editable && (m_modified || m_isNew));
    m_revert->setEnabled(m_modified);
    const bool signedOff = CatalogSignOff::isSignedOff(m_loaded);
    for (QPushButton* button : std::as_const(m_commandButtons)) {
        const QString command = button->property("command").toString();
        const bool applies = !m_isNew && CatalogWorkflow::next(status, command).has_value() &&
                             !(command == QLatin1String("sign_off") && signedOff);
        button->setVisible(applies && m_permissions.canGive(command, department));
        // The hub's rule for signing and submitting, said before the step is tried.
        std::optional<Message> blocked;
        if (command == QLatin1String("sign_off"))
            blocked = CatalogSignOff::whyNotSignable(m_loaded);
        else if (command == QLatin1String("submit"))
            blocked = CatalogSignOff::whyNotSubmittable(m_loaded);
        button->setEnabled(!m_modified && !blocked); // save first: a step applies to what is saved
        button->setToolTip(blocked ? tr("Not yet: %1.").arg(blocked->text()) : QString());
    }
    const QString name = m_form->values().value(QLatin1String("name")).toString();
    m_title->setText(m_isNew ? tr("New catalog entry") : name);
    QString statusText = m_isNew ? tr("Draft, not saved yet")
                                 : tr("Status: %1%2")
                                       .arg(CatalogVocabulary::label(status),
                                            editable ? QString() : tr(" — read only for your role"));
    if (m_revision)
        statusText +=
            QStringLiteral("　·　") + (reviewing ? tr("Revision awaiting review")
                                                 : tr("Being revised: the form shows the revision, the "
                                                      "published version stays in use"));
    if (signedOff)
        statusText +=
            QStringLiteral("　·　") + tr("Signed off by %1 on %2")
                                          .arg(m_loaded.value(QLatin1String("signed_off_by")).toString(),
                                               m_loaded.value(QLatin1String("signed_off_on")).toString());
    else if (!m_isNew && (status == QLatin1String("draft") || status == QLatin1String("withdrawn")))
        statusText += QStringLiteral("　·　") + tr("Not signed off by the department head");
    if (!m_isNew && !m_loaded.isEmpty()) {
        const QList<QJsonObject> items = m_items->items();
        const QualityScores quality =
            CatalogRules::quality(m_rules.checkEntry(m_loaded, items), m_loaded, items,
                                  m_repository.conflictingItemCount(m_id), m_frequencies, m_clock.today());
        statusText += QStringLiteral("　·　") + tr("Quality: accuracy %1 · completeness %2 · timeliness %3 · "
                                                   "consistency %4")
                                                    .arg(quality.accuracy)
                                                    .arg(quality.completeness)
                                                    .arg(quality.timeliness)
                                                    .arg(quality.consistency);
    }
    m_status->setText(statusText);
}

bool CatalogEntryEditor::save()
{
    QJsonObject values = m_form->values();
    const QList<QJsonObject> items = m_items->items();
    QList<FieldProblem> problems = m_rules.checkEntry(values, items);
    for (const QString& date : {QStringLiteral("last_updated_on"), QStringLiteral("published_on")}) {
        const QString text = values.value(date).toString();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            problems.append({date, Message::plain(tr("Enter a date as YYYY-MM-DD."))});
    }
    int itemProblems = 0;
    for (const QJsonObject& item : items)
        itemProblems += int(m_rules.checkItem(item).size());
    if (QWidget* first = m_form->showMessages(problems)) {
        m_tabs->setCurrentIndex(0);
        first->setFocus();
        return false;
    }
    if (itemProblems > 0) {
        m_tabs->setCurrentIndex(1);
        showError(tr("%n problem(s) in the data items: every item needs a Chinese name, an identifier of "
                     "letters, digits and _, and a data type.",
                     nullptr, itemProblems));
        return false;
    }
    if (m_permissions.revisesPublished() && !m_isNew &&
        m_loaded.value(QLatin1String("status")).toString() == QLatin1String("published")) {
        // The fields go into the revision; data items are still kept in place, with a reason.
        if (m_items->isModified()) {
            const std::optional<QString> reason = askReason(tr("Reason for changing the data items"), true);
            if (!reason)
                return false;
            if (const DatabaseError error =
                    m_repository.save(m_id, {}, items, m_items->removedIds(), *reason);
                error.isError()) {
                showError(error.fullText());
                return false;
            }
            m_items->setItems(m_items->items()); // saved: no longer modified
            if (CatalogRevisionWorkflow::changesFrom(m_loaded, values).isEmpty()) {
                const QString id = m_id;
                showEntry(id);
                emit entryChanged(id);
                return true;
            }
        }
        return saveRevision(values);
    }
    QString reason;
    if (CatalogRules::changeNeedsReason(m_loaded.value(QLatin1String("status")).toString())) {
        const std::optional<QString> given = askReason(tr("Reason for changing a published entry"), true);
        if (!given)
            return false;
        reason = *given;
    }
    values.remove(QStringLiteral("status")); // moves only through workflow steps
    if (m_isNew)
        values.insert(QStringLiteral("status"), CatalogWorkflow::initialState());
    const DatabaseError error = m_repository.save(m_id, values, items, m_items->removedIds(), reason);
    if (error.isError()) {
        showError(error.fullText());
        return false;
    }
    const QString id = m_id;
    showEntry(id);
    emit entryChanged(id);
    return true;
}

bool CatalogEntryEditor::saveRevision(const QJsonObject& values)
{
    const QJsonObject changes = CatalogRevisionWorkflow::changesFrom(m_loaded, values);
    if (changes.isEmpty()) {
        QMessageBox::information(
            this, tr("Revision"),
            tr("No field differs from the published version: there is nothing to revise."));
        return false;
    }
    const Principal principal{m_revisions.user(), m_permissions.role(), m_permissions.department()};
    CatalogRevisionDialog dialog(m_revisions, principal, m_id,
                                 m_loaded.value(QLatin1String("name")).toString(), changes, m_revision, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString id = m_id;
    showEntry(id);
    m_tabs->setCurrentWidget(m_revisionPanel);
    emit entryChanged(id);
    return true;
}

void CatalogEntryEditor::showRevision()
{
    m_tabs->setCurrentWidget(m_revisionPanel);
}

void CatalogEntryEditor::revert()
{
    if (m_isNew)
        showEntry({});
    else
        showEntry(m_id);
}

void CatalogEntryEditor::giveCommand(const QString& command)
{
    const StepDefinition* step = CatalogWorkflow::steps().find(command);
    if (!step)
        return;
    const std::optional<QJsonObject> arguments = StepDialog::askFor(
        *step, m_loaded, m_loaded.value(QLatin1String("name")).toString(), m_clock.today(), this);
    if (!arguments)
        return;
    if (const DatabaseError error = m_repository.command(m_id, command, *arguments); error.isError()) {
        showError(error.fullText());
        return;
    }
    const QString id = m_id;
    showEntry(id);
    emit entryChanged(id);
}

void CatalogEntryEditor::restore(qint64 changeId)
{
    const std::optional<QString> reason = askReason(tr("Reason for restoring this version"), true);
    if (!reason)
        return;
    if (const DatabaseError error = m_repository.restore(m_id, changeId, *reason); error.isError()) {
        showError(error.fullText());
        return;
    }
    const QString id = m_id;
    showEntry(id);
    emit entryChanged(id);
}

std::optional<QString> CatalogEntryEditor::askReason(const QString& title, bool required)
{
    while (true) {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, title, tr("Why is this change made? It is kept in the history."),
                                  QLineEdit::Normal, {}, &ok);
        if (!ok)
            return std::nullopt;
        if (!required || !reason.trimmed().isEmpty())
            return reason.trimmed();
    }
}

void CatalogEntryEditor::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Catalog entry"), message);
}

} // namespace xs
