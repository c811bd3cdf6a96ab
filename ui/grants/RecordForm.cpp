#include "ui/grants/RecordForm.h"

#include "ui/common/FormComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace xs {

namespace {

const QString Sections = QStringLiteral("sections");

QJsonValue orNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text.trimmed());
}

QJsonValue scaled(const QString& text, int factor)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok) {
        const double plain = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(qint64(std::llround(plain * factor))) : QJsonValue();
    }
    return QJsonValue(qint64(std::llround(value * factor)));
}

/// A whole number as people type it here ("10,000" in a Chinese or English UI) or plain.
qint64 wholeNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = QLocale().toLongLong(text.trimmed(), &ok);
    return ok ? value : text.trimmed().toLongLong();
}

QString unscaled(const QJsonValue& value, int factor)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::number(double(value.toInteger()) / factor, 'f', 2);
}

QJsonArray jsonArray(const QJsonValue& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// Shares (party, %) or tiers (from quantity, unit price in yuan): two columns and add/remove.
QWidget* pairTable(FieldKind kind, QWidget* parent, const std::function<void()>& changed)
{
    auto* box = new QWidget(parent);
    auto* table = new QTableWidget(0, 2, box);
    table->setObjectName(QStringLiteral("pairs"));
    table->setHorizontalHeaderLabels(
        kind == FieldKind::Shares
            ? QStringList{RecordForm::tr("Party"), RecordForm::tr("Share (%)")}
            : QStringList{RecordForm::tr("From quantity"), RecordForm::tr("Unit price (yuan)")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    table->setMaximumHeight(180);
    auto* add = new QPushButton(RecordForm::tr("Add row"), box);
    auto* remove = new QPushButton(RecordForm::tr("Remove row"), box);
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        table->insertRow(table->rowCount());
        table->setCurrentCell(table->rowCount() - 1, 0);
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table, changed] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            changed();
        }
    });
    QObject::connect(table, &QTableWidget::itemChanged, table, [changed] { changed(); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return box;
}

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RecordForm::RecordForm(const FormSpec& spec, const ChoiceSource& choices, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FieldSpec& field : spec.fields) {
        QWidget* editor = createEditor(field, choices);
        editor->setObjectName(QStringLiteral("field-") + field.key);
        editor->setAccessibleName(field.label);
        auto* message = new QLabel(this);
        message->setObjectName(QStringLiteral("message-") + field.key);
        message->setWordWrap(true);
        message->hide();
        auto* cellBox = new QWidget(this);
        // Rows keep their natural height; the form's spare height stays below the last field.
        cellBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        auto* cellLayout = new QVBoxLayout(cellBox);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        auto* label = new QLabel(field.label + QLatin1Char(':'), this);
        label->setBuddy(editor);
        form->addRow(label, cellBox);
        m_editors.insert(field.key, editor);
        m_messages.insert(field.key, message);
    }
}

QWidget* RecordForm::createEditor(const FieldSpec& field, const ChoiceSource& choices)
{
    const auto notify = [this] {
        emit changed();
    };
    switch (field.kind) {
    case FieldKind::LongText:
    case FieldKind::Section:
    case FieldKind::Lines: {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(field.kind == FieldKind::Section ? 70 : 90);
        connect(edit, &QPlainTextEdit::textChanged, this, notify);
        return edit;
    }
    case FieldKind::Choice:
    case FieldKind::Reference: {
        auto* combo = new FormComboBox(this);
        combo->addItem(tr("(choose)"), QString());
        if (field.kind == FieldKind::Choice) {
            for (const QString& code : field.codes)
                combo->addItem(field.codeLabel ? field.codeLabel(code) : code, code);
        } else {
            for (const auto& [id, label] : choices(field.referenceEntity))
                combo->addItem(label.isEmpty() ? id : label, id);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
        return combo;
    }
    case FieldKind::Shares:
    case FieldKind::Tiers:
        return pairTable(field.kind, this, notify);
    case FieldKind::Flag: {
        auto* box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, notify);
        return box;
    }
    default:
        break;
    }
    auto* edit = new QLineEdit(this);
    switch (field.kind) {
    case FieldKind::Date:
        edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        break;
    case FieldKind::Month:
        edit->setPlaceholderText(QStringLiteral("YYYY-MM"));
        break;
    case FieldKind::Money:
        edit->setValidator(new QDoubleValidator(0, 1e13, 2, edit));
        break;
    case FieldKind::BasisPoints:
        edit->setValidator(new QDoubleValidator(0, 100, 2, edit));
        break;
    case FieldKind::Integer:
        edit->setValidator(new QIntValidator(0, 999999999, edit));
        break;
    default:
        break;
    }
    edit->setReadOnly(field.readOnly);
    connect(edit, &QLineEdit::textEdited, this, notify);
    return edit;
}

void RecordForm::setValues(const QJsonObject& fields)
{
    const QSignalBlocker blocker(this);
    m_original = fields;
    for (const FieldSpec& field : m_spec.fields) {
        const QJsonValue value = field.kind == FieldKind::Section
                                     ? QJsonDocument::fromJson(fields.value(Sections).toString().toUtf8())
                                           .object()
                                           .value(field.key)
                                     : fields.value(field.key);
        write(field, value);
    }
}

void RecordForm::write(const FieldSpec& field, const QJsonValue& value)
{
    QWidget* editor = m_editors.value(field.key);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(std::max(0, index));
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (field.kind == FieldKind::Lines) {
            QStringList lines;
            for (const QJsonValue& line : jsonArray(value))
                lines << line.toString();
            text->setPlainText(lines.join(QLatin1Char('\n')));
        } else {
            text->setPlainText(value.toString());
        }
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        if (field.kind == FieldKind::Money || field.kind == FieldKind::BasisPoints) // fen, bp: hundredths
            line->setText(unscaled(value, 100));
        else if (field.kind == FieldKind::Integer)
            line->setText(value.isNull() || value.isUndefined() ? QString()
                                                                : QString::number(value.toInteger()));
        else
            line->setText(value.toString());
    } else if (auto* table = editor->findChild<QTableWidget*>()) {
        const QSignalBlocker blockTable(table);
        table->setRowCount(0);
        for (const QJsonValue& entry : jsonArray(value)) {
            const QJsonObject pair = entry.toObject();
            const int row = table->rowCount();
            table->insertRow(row);
            if (field.kind == FieldKind::Shares) {
                table->setItem(row, 0, new QTableWidgetItem(pair.value(QStringLiteral("party")).toString()));
                table->setItem(row, 1,
                               new QTableWidgetItem(unscaled(pair.value(QStringLiteral("share_bp")), 100)));
            } else {
                table->setItem(
                    row, 0,
                    new QTableWidgetItem(QString::number(pair.value(QStringLiteral("from")).toInteger())));
                table->setItem(
                    row, 1,
                    new QTableWidgetItem(unscaled(pair.value(QStringLiteral("unit_price_fen")), 100)));
            }
        }
    }
}

QJsonValue RecordForm::read(const FieldSpec& field) const
{
    QWidget* editor = m_editors.value(field.key);
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return orNull(combo->currentData().toString());
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (field.kind != FieldKind::Lines)
            return orNull(text->toPlainText());
        QJsonArray lines;
        for (const QString& line : text->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines.isEmpty() ? QJsonValue() : QJsonValue(jsonText(lines));
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        switch (field.kind) {
        case FieldKind::Money:
        case FieldKind::BasisPoints:
            return line->text().trimmed().isEmpty() ? QJsonValue() : scaled(line->text(), 100);
        case FieldKind::Integer:
            return line->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(wholeNumber(line->text()));
        default:
            return orNull(line->text());
        }
    }
    if (auto* table = editor->findChild<QTableWidget*>()) {
        QJsonArray rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString first = cell(table, row, 0);
            const QString second = cell(table, row, 1);
            if (first.isEmpty() && second.isEmpty())
                continue;
            if (field.kind == FieldKind::Shares)
                rows.append(QJsonObject{{QStringLiteral("party"), first},
                                        {QStringLiteral("share_bp"), scaled(second, 100).toInteger(-1)}});
            else
                rows.append(
                    QJsonObject{{QStringLiteral("from"), wholeNumber(first)},
                                {QStringLiteral("unit_price_fen"), scaled(second, 100).toInteger(-1)}});
        }
        return rows.isEmpty() ? QJsonValue() : QJsonValue(jsonText(rows));
    }
    return {};
}

QJsonObject RecordForm::values() const
{
    QJsonObject result;
    QJsonObject sections = QJsonDocument::fromJson(m_original.value(Sections).toString().toUtf8()).object();
    bool hasSections = false;
    for (const FieldSpec& field : m_spec.fields) {
        if (field.readOnly)
            continue;
        const QJsonValue value = read(field);
        if (field.kind == FieldKind::Section) {
            hasSections = true;
            if (value.isNull())
                sections.remove(field.key);
            else
                sections.insert(field.key, value);
        } else {
            result.insert(field.key, value);
        }
    }
    if (hasSections)
        result.insert(Sections, QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact)));
    if (m_spec.complete)
        m_spec.complete(result);
    return result;
}

void RecordForm::showMessages(const QList<GrantRules::FieldMessage>& messages)
{
    QMap<QString, QStringList> errors;
    QMap<QString, QStringList> warnings;
    for (const GrantRules::FieldMessage& message : messages) {
        // A plan's missing sections are reported per section under "sections.<code>".
        const QString key = message.field.startsWith(Sections + QLatin1Char('.'))
                                ? message.field.mid(Sections.size() + 1)
                                : message.field;
        (message.warning ? warnings : errors)[key] << message.text.text();
    }
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        QLabel* label = it.value();
        const QStringList shown = errors.value(it.key()) + warnings.value(it.key());
        label->setVisible(!shown.isEmpty());
        label->setText(shown.join(QLatin1Char('\n')));
        label->setStyleSheet(errors.contains(it.key()) ? QStringLiteral("color: #c62828;")
                                                       : QStringLiteral("color: #a15c00;"));
    }
    const FieldSpec* computed = nullptr;
    for (const FieldSpec& field : m_spec.fields) {
        if (field.readOnly)
            computed = &field;
    }
    if (computed) // show what the rules computed from the other fields
        write(*computed, values().value(computed->key));
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (QWidget* editor : std::as_const(m_editors))
        editor->setEnabled(!readOnly);
}

QString RecordForm::messageFor(const QString& key) const
{
    const QLabel* label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace xs
