#include "ui/grants/GrantEditorDialog.h"

#include "models/grants/GrantAccess.h"
#include "models/grants/GrantRepository.h"
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/FieldLabels.h"
#include "models/pricing/CapSignOff.h"
#include "models/pricing/PricingRules.h"
#include "ui/common/RecordForm.h"
#include "ui/common/StepDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace xs {

namespace {

bool isPlan(const QString& entity)
{
    return entity == QLatin1String("grant_plan");
}

} // namespace

GrantEditorDialog::GrantEditorDialog(GrantRepository& repository, const QString& entity, const QString& id,
                                     Role role, QWidget* parent,
                                     const std::pair<QString, QString>& parentLink)
    : QDialog(parent)
    , m_repository(repository)
    , m_entity(*findEntity(entity))
    , m_id(id.isEmpty() ? repository.newId() : id)
    , m_exists(!id.isEmpty())
    , m_role(role)
    , m_parentLink(parentLink)
{
    setObjectName(QStringLiteral("grantEditor-") + entity);
    const QString title = entityLabel(entity);
    setWindowTitle(m_exists ? tr("%1 — Edit").arg(title) : tr("%1 — New").arg(title));
    m_form = new RecordForm(
        m_entity,
        [this](const FieldSchema& field) {
            if (field.vocabulary == QLatin1String("authorized_resource")) {
                const std::optional<RecordState> stored = m_repository.record(m_entity.name, m_id);
                return m_repository.resourceChoices(stored ? stored->fields : QJsonObject());
            }
            if (field.parent.isEmpty())
                return vocabularyChoices(field.vocabulary);
            QList<LabelledValue> records;
            for (const GrantRepository::Choice& choice : m_repository.choices(field.parent))
                records.append({choice.id, choice.label});
            return records;
        },
        this);
    connect(m_form, &RecordForm::changed, this, &GrantEditorDialog::validate);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields narrow with the dialog

    auto* layout = new QVBoxLayout(this);
    if (stepTableFor(entity)) {
        m_state = new QLabel(this);
        m_state->setObjectName(QStringLiteral("grantState"));
        m_steps = new QHBoxLayout;
        m_steps->addWidget(m_state, 1);
        layout->addLayout(m_steps);
    }
    if (entity == QLatin1String("grant_agreement")) {
        m_firstRegistration = new QLabel(this);
        m_firstRegistration->setObjectName(QStringLiteral("firstRegistration"));
        m_firstRegistration->setWordWrap(true);
        m_firstRegistration->hide();
        layout->addWidget(m_firstRegistration);
    }
    // The fields on the first tab, the records under this one on a tab each: the form keeps the
    // dialog's full height.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("grantEditorTabs"));
    tabs->addTab(scroll, tr("Details"));
    layout->addWidget(tabs, 1);
    buildChildren();
    for (const Child& child : std::as_const(m_children)) {
        auto* group = new QWidget(this);
        auto* row = new QHBoxLayout(group);
        row->addWidget(child.list, 1);
        auto* buttons = new QVBoxLayout;
        auto* add = new QPushButton(tr("Add..."), group);
        add->setObjectName(QStringLiteral("add-") + child.entity->name);
        auto* edit = new QPushButton(tr("Open..."), group);
        buttons->addWidget(add);
        buttons->addWidget(edit);
        buttons->addStretch();
        row->addLayout(buttons);
        const QString childEntity = child.entity->name;
        const QString ownerField = child.ownerField;
        QListWidget* view = child.list;
        const auto open = [this, childEntity, ownerField](const QString& childId) {
            GrantEditorDialog dialog(m_repository, childEntity, childId, m_role, this, {ownerField, m_id});
            dialog.exec();
            if (dialog.changedSomething()) {
                m_changed = true;
                refreshChildren();
            }
        };
        connect(add, &QPushButton::clicked, this, [open] { open({}); });
        connect(edit, &QPushButton::clicked, this, [open, view] {
            if (QListWidgetItem* item = view->currentItem())
                open(item->data(Qt::UserRole).toString());
        });
        connect(view, &QListWidget::itemActivated, this,
                [open](QListWidgetItem* item) { open(item->data(Qt::UserRole).toString()); });
        m_addButtons.append(add);
        tabs->addTab(group, entityLabel(childEntity));
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (const QString problem = save(); !problem.isEmpty())
            QMessageBox::warning(this, windowTitle(), problem);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(mayEdit());
    m_form->setReadOnly(!mayEdit());
    load();
    resize(760, stepTableFor(entity) ? 760 : 560);
}

bool GrantEditorDialog::mayEdit() const
{
    return GrantAccess::recordsGrants(m_role);
}

void GrantEditorDialog::load()
{
    QJsonObject fields;
    if (m_exists) {
        if (const std::optional<RecordState> record = m_repository.record(m_entity.name, m_id))
            fields = record->fields;
    } else if (!m_parentLink.first.isEmpty()) {
        fields.insert(m_parentLink.first, m_parentLink.second);
    }
    m_form->setValues(fields);
    buildSteps();
    refreshChildren();
    validate();
}

void GrantEditorDialog::validate()
{
    // What will be on file: the stored record (with the fields no form shows, such as the cap in
    // force) under what the form holds.
    QJsonObject fields;
    if (m_exists) {
        if (const std::optional<RecordState> record = m_repository.record(m_entity.name, m_id))
            fields = record->fields;
    }
    const QJsonObject shown = m_form->values();
    for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    if (!m_parentLink.first.isEmpty())
        fields.insert(m_parentLink.first, m_parentLink.second);
    QList<GrantRules::FieldMessage> messages = GrantAccess::fieldMessages(m_entity.name, fields);
    if (isPlan(m_entity.name)) {
        for (const QString& section : GrantRules::missingSections(fields))
            messages.append({QStringLiteral("sections.") + section,
                             Message::plain(tr("Needed before the plan is submitted.")), true});
    }
    m_form->showMessages(messages);
    if (QPushButton* saveButton = m_buttons ? m_buttons->button(QDialogButtonBox::Save) : nullptr)
        saveButton->setEnabled(!GrantRules::hasErrors(messages));
}

QString GrantEditorDialog::save()
{
    QJsonObject fields = m_form->values();
    if (!m_parentLink.first.isEmpty())
        fields.insert(m_parentLink.first, m_parentLink.second);
    const DatabaseError error = m_repository.save(m_entity.name, m_id, fields, m_role);
    if (error.isError())
        return error.message();
    m_exists = true;
    m_changed = true;
    setWindowTitle(tr("%1 — Edit").arg(entityLabel(m_entity.name)));
    load();
    return {};
}

void GrantEditorDialog::buildSteps()
{
    if (!m_steps)
        return;
    while (m_steps->count() > 1) {
        QLayoutItem* item = m_steps->takeAt(1);
        item->widget()->deleteLater(); // it may be the button whose click is running
        delete item;
    }
    const std::optional<RecordState> record =
        m_exists ? m_repository.record(m_entity.name, m_id) : std::nullopt;
    if (!record) {
        m_state->setText(tr("Not saved yet"));
        return;
    }
    // A product's steps are its cap's sign-off; plans and agreements have a state of their own.
    const bool product = m_entity.name == QLatin1String("grant_product");
    const QString state = product ? CapSignOff::stateOf(record->fields)
                                  : record->fields.value(QStringLiteral("state")).toString();
    if (m_firstRegistration) {
        const QString note = m_repository.firstRegistrationNote(m_id, record->fields);
        m_firstRegistration->setText(note);
        m_firstRegistration->setVisible(!note.isEmpty());
    }
    if (product)
        m_state->setText(CapSignOff::describe(record->fields));
    else
        m_state->setText(tr("State: %1")
                             .arg(isPlan(m_entity.name) ? GrantVocabulary::planStateLabel(state)
                                                        : GrantVocabulary::agreementStateLabel(state)));
    const StepTable* steps = stepTableFor(m_entity.name);
    for (const QString& command : steps->available(state, m_role)) {
        auto* button = new QPushButton(steps->find(command)->title(), this);
        button->setObjectName(QStringLiteral("step-") + command);
        connect(button, &QPushButton::clicked, this, [this, command] { takeStep(command); });
        m_steps->addWidget(button);
    }
}

bool GrantEditorDialog::hasUnsavedChanges() const
{
    if (!mayEdit() || !m_exists)
        return false;
    const std::optional<RecordState> stored = m_repository.record(m_entity.name, m_id);
    if (!stored)
        return false;
    const QJsonObject shown = m_form->values();
    for (auto it = shown.constBegin(); it != shown.constEnd(); ++it) {
        const QJsonValue before = stored->fields.value(it.key());
        if (it.key() == QLatin1String("sections")) { // compare the sections, not their JSON text
            if (QJsonDocument::fromJson(before.toString().toUtf8()).object() !=
                QJsonDocument::fromJson(it.value().toString().toUtf8()).object())
                return true;
        } else if (before.isUndefined() ? !it.value().isNull() : before != it.value()) {
            return true;
        }
    }
    return false;
}

void GrantEditorDialog::takeStep(const QString& command)
{
    // A step acts on what is on file: unsaved edits are saved first or the step waits.
    if (hasUnsavedChanges()) {
        const auto answer =
            QMessageBox::question(this, windowTitle(), tr("Save your changes before taking this step?"),
                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save)
            return;
        if (const QString problem = save(); !problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
    }
    const StepDefinition* step = stepTableFor(m_entity.name)->find(command);
    const std::optional<RecordState> record = m_repository.record(m_entity.name, m_id);
    if (!step || !record)
        return;
    const std::optional<QJsonObject> arguments = StepDialog::askFor(
        *step, record->fields, record->fields.value(QStringLiteral("title")).toString(), {}, this);
    if (!arguments)
        return;
    const DatabaseError error = m_repository.step(m_entity.name, m_id, command, *arguments, m_role);
    if (error.isError()) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    m_changed = true;
    load();
}

void GrantEditorDialog::buildChildren()
{
    // The types whose records belong to this one (an agreement's products, reports and
    // disclosures), as the registry's definitions say.
    for (const EntitySchema* child : ownedEntities(m_entity.name)) {
        auto* list = new QListWidget(this);
        list->setObjectName(QStringLiteral("children-") + child->name);
        m_children.append({child, child->ownerField()->name, list});
    }
}

void GrantEditorDialog::refreshChildren()
{
    for (QPushButton* add : std::as_const(m_addButtons))
        add->setEnabled(mayEdit() && m_exists); // children need their parent on file
    for (const Child& child : std::as_const(m_children)) {
        child.list->clear();
        child.list->setEnabled(m_exists);
        if (!m_exists) {
            child.list->addItem(tr("Save first, then add them here."));
            continue;
        }
        const QString entity = child.entity->name;
        for (const QString& childId : m_repository.children(entity, child.ownerField, m_id)) {
            if (const std::optional<RecordState> record = m_repository.record(entity, childId)) {
                auto* item = new QListWidgetItem(childLabel(entity, record->fields), child.list);
                item->setData(Qt::UserRole, childId);
            }
        }
    }
}

QString GrantEditorDialog::childLabel(const QString& entity, const QJsonObject& fields) const
{
    const auto fen = [&fields](const char* key) {
        return PricingRules::yuan(fields.value(QLatin1String(key)).toInteger());
    };
    if (entity == QLatin1String("grant_price"))
        return tr("%1: %2 yuan (cap %3)")
            .arg(fields.value(QStringLiteral("month")).toString(), fen("price_fen"), fen("cap_fen"));
    if (entity == QLatin1String("grant_report"))
        return tr("%1: revenue %2 yuan, maximum %3 yuan")
            .arg(fields.value(QStringLiteral("year")).toInteger())
            .arg(fen("actual_revenue_fen"), fen("max_revenue_fen"));
    if (entity == QLatin1String("grant_disclosure"))
        return QStringLiteral("%1 · %2")
            .arg(fields.value(QStringLiteral("year")).toInteger())
            .arg(GrantVocabulary::disclosureKindLabel(fields.value(QStringLiteral("kind")).toString()));
    QString label = QStringLiteral("%1 · %2").arg(
        fields.value(QStringLiteral("name")).toString(),
        GrantVocabulary::useClassLabel(fields.value(QStringLiteral("use_class")).toString()));
    if (fields.value(QStringLiteral("trial")).toBool())
        label += tr(" · trial price (试行)");
    if (CapSignOff::stateOf(fields) == CapSignOff::Pending)
        label += tr(" · cap waiting for sign-off");
    return label;
}

} // namespace xs
