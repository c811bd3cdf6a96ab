#include "ui/common/RecordForm.h"

#include "models/journal/FieldLabels.h"

#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace xs {

namespace {

const QString ErrorColour = QStringLiteral("color: #b3261e;");
const QString WarningColour = QStringLiteral("color: #a15c00;");

QJsonObject objectOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool shownInForms(const EntitySchema& entity, const FieldSchema& field)
{
    return field.editor != FieldEditor::None && &field != entity.ownerField();
}

} // namespace

RecordForm::RecordForm(const EntitySchema& entity, FormChoices choices, QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
{
    setObjectName(QStringLiteral("recordForm-") + entity.name);
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const FieldSchema& field : entity.fields) {
        if (!shownInForms(entity, field))
            continue;
        if (field.editor == FieldEditor::Sections) {
            for (const LabelledValue& section : choices(field))
                addRow(field, section.value, section.label, choices);
            continue;
        }
        addRow(field, {}, labelWithUnit(field, fieldLabel(entity.name, field.name)), choices);
    }
}

void RecordForm::addRow(const FieldSchema& field, const QString& section, const QString& label,
                        const FormChoices& choices)
{
    const QString key = section.isEmpty() ? field.name : field.name + QLatin1Char('.') + section;
    std::unique_ptr<FieldInput> input = createFieldInput(field, label, choices, this, [this] { edited(); });
    QWidget* editor = input->widget();
    editor->setObjectName(QStringLiteral("field-") + key);
    editor->setAccessibleName(label);
    if (field.derive)
        input->setReadOnly(true);
    auto* message = new QLabel(this);
    message->setObjectName(QStringLiteral("message-") + key);
    message->setWordWrap(true);
    message->hide();
    auto* cell = new QWidget(this);
    // Rows keep their natural height; the form's spare height stays below the last field.
    cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(message);
    auto* layout = static_cast<QFormLayout*>(this->layout());
    if (input->labelsItself()) {
        layout->addRow(QString(), cell);
    } else {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(editor);
        layout->addRow(caption, cell);
    }
    m_rows.push_back({key, &field, section, std::move(input), message});
}

void RecordForm::setValues(const QJsonObject& fields)
{
    const QScopedValueRollback loading(m_loading, true);
    m_originalSections.clear();
    for (const Row& row : m_rows) {
        const QJsonValue value = fields.value(row.field->name);
        if (row.section.isEmpty()) {
            row.input->write(value);
            continue;
        }
        m_originalSections.insert(row.field->name, value.toString());
        row.input->write(objectOf(value.toString()).value(row.section));
    }
    showMessages({});
}

QJsonObject RecordForm::values() const
{
    QJsonObject result;
    QHash<QString, QJsonObject> sections;
    for (const Row& row : m_rows) {
        if (row.field->derive)
            continue;
        const QJsonValue value = row.input->read();
        if (row.section.isEmpty()) {
            result.insert(row.field->name, value);
            continue;
        }
        // Sections this version does not know are kept as they were.
        auto found = sections.find(row.field->name);
        if (found == sections.end())
            found = sections.insert(row.field->name, objectOf(m_originalSections.value(row.field->name)));
        if (value.isNull())
            found->remove(row.section);
        else
            found->insert(row.section, value);
    }
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        result.insert(it.key(), it.value().isEmpty()
                                    ? QJsonValue()
                                    : QJsonValue(QString::fromUtf8(
                                          QJsonDocument(it.value()).toJson(QJsonDocument::Compact))));
    m_entity.derive(result);
    return result;
}

void RecordForm::edited()
{
    if (m_loading)
        return;
    showDerived();
    emit changed();
}

void RecordForm::showDerived()
{
    const QScopedValueRollback loading(m_loading, true);
    QJsonObject computed;
    bool any = false;
    for (const Row& row : m_rows) {
        if (!row.field->derive)
            continue;
        if (!any)
            computed = values();
        any = true;
        row.input->write(computed.value(row.field->name));
    }
}

QWidget* RecordForm::showMessages(const QList<FieldProblem>& problems)
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    for (const FieldProblem& problem : problems)
        (problem.warning ? warnings : errors)[problem.field].append(problem.message.text());
    QWidget* firstError = nullptr;
    QWidget* firstWarning = nullptr;
    for (const Row& row : m_rows) {
        const QStringList shown = errors.value(row.key) + warnings.value(row.key);
        row.message->setText(shown.join(QLatin1Char('\n')));
        row.message->setStyleSheet(errors.contains(row.key) ? ErrorColour : WarningColour);
        row.message->setVisible(!shown.isEmpty());
        // A form row does not grow for a wrapped label by itself: give it the height its text needs.
        // Before the form is laid out the editor is narrow; a form is never narrower than 320.
        const int width = std::max(row.input->widget()->width(), 320);
        row.message->setMinimumHeight(shown.isEmpty() ? 0 : row.message->heightForWidth(width));
        if (errors.contains(row.key) && !firstError)
            firstError = row.input->widget();
        if (warnings.contains(row.key) && !firstWarning)
            firstWarning = row.input->widget();
    }
    showDerived();
    return firstError ? firstError : firstWarning;
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& row : m_rows)
        row.input->setReadOnly(readOnly || row.field->derive);
}

void RecordForm::setFieldLocked(const QString& field, bool locked)
{
    for (const Row& row : m_rows) {
        if (row.field->name == field)
            row.input->setReadOnly(locked || m_readOnly);
    }
}

QString RecordForm::messageFor(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return row.message->isHidden() ? QString() : row.message->text();
    }
    return {};
}

QWidget* RecordForm::editorFor(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return row.input->widget();
    }
    return nullptr;
}

} // namespace xs
