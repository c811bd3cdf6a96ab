#include "ui/catalog/CatalogEntryForm.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "ui/common/FormComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace xs {

namespace {

const QString Entity = QStringLiteral("catalog_entry");

} // namespace

CatalogEntryForm::CatalogEntryForm(const QList<QPair<QString, QString>>& departments,
                                   const QStringList& frequencies, QWidget* parent)
    : QWidget(parent)
{
    QStringList departmentCodes;
    for (const auto& department : departments)
        departmentCodes.append(department.first);
    // The definition decides which fields the form shows, in which order and with which editor;
    // only the two lists kept in the database are handed in.
    const auto choicesOf = [&](const QString& vocabulary) {
        if (vocabulary == QLatin1String("department"))
            return departmentCodes;
        if (vocabulary == QLatin1String("update_frequency"))
            return frequencies;
        return CatalogVocabulary::vocabulary(vocabulary);
    };
    for (const FieldSchema& schema : findEntity(Entity)->fields) {
        switch (schema.editor) {
        case FieldEditor::None:
            continue;
        case FieldEditor::MultiLine:
            m_fields.append({schema.name, Kind::Text, {}});
            continue;
        case FieldEditor::Choice:
            m_fields.append({schema.name, Kind::Choice, choicesOf(schema.vocabulary)});
            continue;
        case FieldEditor::Default:
            break;
        }
        const Kind kind = schema.type == FieldType::Boolean ? Kind::Flag
                          : schema.type == FieldType::Date  ? Kind::Date
                                                            : Kind::Line;
        m_fields.append({schema.name, kind, {}});
    }
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const Field& field : std::as_const(m_fields))
        addField(layout, field);
    // Departments show by name; the choice stores the code.
    if (auto* combo = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("department_code")))) {
        for (int index = 0; index < departments.size(); ++index)
            combo->setItemText(index + 1, departments.at(index).second);
    }
}

void CatalogEntryForm::addField(QFormLayout* layout, const Field& field)
{
    QWidget* editor = nullptr;
    switch (field.kind) {
    case Kind::Line:
    case Kind::Date: {
        auto* line = new QLineEdit(this);
        if (field.kind == Kind::Date) {
            line->setPlaceholderText(tr("YYYY-MM-DD"));
            line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), line));
        }
        connect(line, &QLineEdit::textEdited, this, &CatalogEntryForm::edited);
        editor = line;
        break;
    }
    case Kind::Text: {
        auto* text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
        connect(text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
        editor = text;
        break;
    }
    case Kind::Choice: {
        auto* combo = new FormComboBox(this);
        combo->addItem(tr("(not set)"), QString());
        for (const QString& choice : field.choices)
            combo->addItem(CatalogVocabulary::label(choice), choice);
        connect(combo, &QComboBox::activated, this, &CatalogEntryForm::edited);
        editor = combo;
        break;
    }
    case Kind::Flag: {
        auto* check = new QCheckBox(fieldLabel(Entity, field.name), this);
        connect(check, &QCheckBox::clicked, this, &CatalogEntryForm::edited);
        editor = check;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("field-") + field.name);
    auto* message = new QLabel(this);
    message->setObjectName(QStringLiteral("message-") + field.name);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    message->hide();
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(message);
    if (field.kind == Kind::Flag) {
        layout->addRow(QString(), cell);
    } else {
        auto* label = new QLabel(fieldLabel(Entity, field.name), this);
        label->setBuddy(editor);
        layout->addRow(label, cell);
    }
    m_editors.insert(field.name, editor);
    m_messages.insert(field.name, message);
}

void CatalogEntryForm::setValues(const QJsonObject& fields)
{
    const QScopedValueRollback loading(m_loading, true);
    for (const Field& field : std::as_const(m_fields)) {
        const QJsonValue value = fields.value(field.name);
        QWidget* editor = m_editors.value(field.name);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setText(value.toString());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
            text->setPlainText(value.toString());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            int index = combo->findData(value.toString());
            if (index < 0 && !value.toString().isEmpty()) { // a value from a newer list: keep it
                combo->addItem(value.toString(), value.toString());
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(index, 0));
        } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
            check->setChecked(value.toBool());
        }
    }
    showProblems({});
}

QJsonObject CatalogEntryForm::values() const
{
    QJsonObject fields;
    for (const Field& field : std::as_const(m_fields)) {
        QWidget* editor = m_editors.value(field.name);
        QString text;
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            text = line->text().trimmed();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
            text = plain->toPlainText().trimmed();
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            text = combo->currentData().toString();
        } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
            fields.insert(field.name, check->isChecked());
            continue;
        }
        if (field.kind == Kind::Date && !text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            fields.insert(field.name, text); // kept as typed, so the rule check can name it
        else
            fields.insert(field.name, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    return fields;
}

void CatalogEntryForm::setReadOnly(bool readOnly)
{
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
}

void CatalogEntryForm::setDepartmentLocked(bool locked)
{
    if (QWidget* department = m_editors.value(QStringLiteral("department_code")))
        department->setEnabled(!locked);
}

QWidget* CatalogEntryForm::showProblems(const QList<FieldProblem>& problems)
{
    QHash<QString, QStringList> byField;
    for (const FieldProblem& problem : problems)
        byField[problem.field].append(problem.message.text());
    QWidget* first = nullptr;
    for (const Field& field : std::as_const(m_fields)) {
        QLabel* message = m_messages.value(field.name);
        const QStringList messages = byField.value(field.name);
        message->setText(messages.join(QLatin1Char('\n')));
        message->setVisible(!messages.isEmpty());
        // A form row does not grow for a wrapped label by itself: give it the height its text needs.
        const int width = m_editors.value(field.name)->width();
        message->setMinimumHeight(messages.isEmpty() ? 0 : message->heightForWidth(width > 0 ? width : 320));
        if (!messages.isEmpty() && !first)
            first = m_editors.value(field.name);
    }
    return first;
}

} // namespace xs
