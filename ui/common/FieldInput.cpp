#include "ui/common/FieldInput.h"

#include "ui/common/ChoiceListInput.h"
#include "ui/common/FormComboBox.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDate>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace xs {

FieldInput::~FieldInput() = default;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldInput)
};

QJsonValue orNull(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue() : QJsonValue(trimmed);
}

/// Fen and basis points are hundredths of what people type (yuan, percent).
constexpr int Hundredths = 100;

bool scaledBy100(FieldEditor editor)
{
    return editor == FieldEditor::Money || editor == FieldEditor::Percent;
}

/// A number as people type it here ("10,000.5" in a Chinese or English UI) or plain.
std::optional<double> number(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// What a number typed as text is stored as: an integer, in hundredths for money and percent.
QJsonValue storedNumber(const QString& text, FieldEditor editor)
{
    if (text.trimmed().isEmpty())
        return {};
    const std::optional<double> typed = number(text);
    if (!typed)
        return text.trimmed(); // kept as typed: the type check names the field
    return qint64(std::llround(*typed * (scaledBy100(editor) ? Hundredths : 1)));
}

QString shownNumber(const QJsonValue& stored, FieldEditor editor)
{
    if (stored.isNull() || stored.isUndefined())
        return {};
    if (!stored.isDouble())
        return stored.toString();
    if (scaledBy100(editor))
        return QString::number(double(stored.toInteger()) / Hundredths, 'f', 2);
    return QString::number(stored.toInteger());
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// A line: text, a date, a month, or a number in the unit the field is typed in.
class LineInput final : public FieldInput
{
public:
    LineInput(const FieldSchema& field, QWidget* parent, const std::function<void()>& changed)
        : m_field(field)
        , m_line(new QLineEdit(parent))
    {
        if (field.type == FieldType::Date) {
            m_line->setPlaceholderText(Text::tr("YYYY-MM-DD"));
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), m_line));
        } else if (field.editor == FieldEditor::Month) {
            m_line->setPlaceholderText(Text::tr("YYYY-MM"));
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2})?$")), m_line));
        } else if (scaledBy100(field.editor)) {
            m_line->setValidator(
                new QDoubleValidator(0, field.editor == FieldEditor::Percent ? 100 : 1e13, 2, m_line));
        } else if (field.type == FieldType::Integer) {
            m_line->setValidator(new QIntValidator(0, 999999999, m_line));
        }
        if (field.maxLength > 0)
            m_line->setMaxLength(field.maxLength);
        QObject::connect(m_line, &QLineEdit::textEdited, m_line, [changed] { changed(); });
    }

    QWidget* widget() const override { return m_line; }

    void write(const QJsonValue& stored) override
    {
        m_line->setText(m_field.type == FieldType::Integer ? shownNumber(stored, m_field.editor)
                                                           : stored.toString());
    }

    QJsonValue read() const override
    {
        if (m_field.type == FieldType::Integer)
            return storedNumber(m_line->text(), m_field.editor);
        return orNull(m_line->text());
    }

    void setReadOnly(bool readOnly) override { m_line->setReadOnly(readOnly); }

private:
    FieldSchema m_field;
    QLineEdit* m_line;
};

/// Several lines of text, or a list kept as a JSON array with one entry per line.
class TextInput final : public FieldInput
{
public:
    TextInput(const FieldSchema& field, QWidget* parent, const std::function<void()>& changed)
        : m_asList(field.editor == FieldEditor::Lines)
        , m_text(new QPlainTextEdit(parent))
    {
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        QObject::connect(m_text, &QPlainTextEdit::textChanged, m_text, [changed] { changed(); });
    }

    QWidget* widget() const override { return m_text; }

    void write(const QJsonValue& stored) override
    {
        if (!m_asList) {
            m_text->setPlainText(stored.toString());
            return;
        }
        QStringList lines;
        for (const QJsonValue& line : QJsonDocument::fromJson(stored.toString().toUtf8()).array())
            lines << line.toString();
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
    }

    QJsonValue read() const override
    {
        if (!m_asList)
            return orNull(m_text->toPlainText());
        QJsonArray lines;
        for (const QString& line : m_text->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        return lines.isEmpty() ? QJsonValue() : QJsonValue(jsonText(lines));
    }

    void setReadOnly(bool readOnly) override { m_text->setReadOnly(readOnly); }

private:
    bool m_asList;
    QPlainTextEdit* m_text;
};

/// One value of a list, shown by its label: a vocabulary's, or a referenced type's records.
class ChoiceInput final : public FieldInput
{
public:
    ChoiceInput(const QList<LabelledValue>& choices, QWidget* parent, const std::function<void()>& changed)
        : m_combo(new FormComboBox(parent))
    {
        m_combo->addItem(Text::tr("(not set)"), QString());
        for (const LabelledValue& choice : choices)
            m_combo->addItem(choice.label.isEmpty() ? choice.value : choice.label, choice.value);
        QObject::connect(m_combo, &QComboBox::currentIndexChanged, m_combo, [changed] { changed(); });
    }

    QWidget* widget() const override { return m_combo; }

    void write(const QJsonValue& stored) override
    {
        const QString value = stored.toString();
        int index = m_combo->findData(value);
        if (index < 0 && !value.isEmpty()) { // a value from a newer list: kept, shown as stored
            m_combo->addItem(value, value);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(std::max(index, 0));
    }

    QJsonValue read() const override { return orNull(m_combo->currentData().toString()); }
    void setReadOnly(bool readOnly) override { m_combo->setEnabled(!readOnly); }

private:
    QComboBox* m_combo;
};

class FlagInput final : public FieldInput
{
public:
    FlagInput(const QString& label, QWidget* parent, const std::function<void()>& changed)
        : m_check(new QCheckBox(label, parent))
    {
        QObject::connect(m_check, &QCheckBox::toggled, m_check, [changed] { changed(); });
    }

    QWidget* widget() const override { return m_check; }
    void write(const QJsonValue& stored) override { m_check->setChecked(stored.toBool()); }
    QJsonValue read() const override { return m_check->isChecked(); }
    void setReadOnly(bool readOnly) override { m_check->setEnabled(!readOnly); }
    bool labelsItself() const override { return true; }

private:
    QCheckBox* m_check;
};

/// Rows of a JSON array of objects, one column per FieldColumn, with buttons to add and remove.
class TableInput final : public FieldInput
{
public:
    TableInput(const FieldSchema& field, QWidget* parent, std::function<void()> changed)
        : m_columns(field.columns)
        , m_box(new QWidget(parent))
        , m_table(new QTableWidget(0, int(field.columns.size()), m_box))
    {
        m_table->setObjectName(QStringLiteral("pairs"));
        QStringList headings;
        for (const FieldColumn& column : m_columns) {
            FieldSchema asField;
            asField.editor = column.editor;
            headings << labelWithUnit(asField, QCoreApplication::translate("xs::FieldLabels", column.label));
        }
        m_table->setHorizontalHeaderLabels(headings);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setMinimumHeight(110);
        m_table->setMaximumHeight(180);
        m_add = new QPushButton(Text::tr("Add row"), m_box);
        m_remove = new QPushButton(Text::tr("Remove row"), m_box);
        QTableWidget* table = m_table;
        QObject::connect(m_add, &QPushButton::clicked, table, [table] {
            table->insertRow(table->rowCount());
            table->setCurrentCell(table->rowCount() - 1, 0);
        });
        QObject::connect(m_remove, &QPushButton::clicked, table, [table, changed] {
            if (table->currentRow() >= 0) {
                table->removeRow(table->currentRow());
                changed();
            }
        });
        QObject::connect(table, &QTableWidget::itemChanged, table, [changed] { changed(); });
        auto* buttons = new QVBoxLayout;
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        auto* layout = new QHBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_table, 1);
        layout->addLayout(buttons);
    }

    QWidget* widget() const override { return m_box; }

    void write(const QJsonValue& stored) override
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const QJsonValue& entry : QJsonDocument::fromJson(stored.toString().toUtf8()).array()) {
            const QJsonObject row = entry.toObject();
            const int index = m_table->rowCount();
            m_table->insertRow(index);
            for (int column = 0; column < m_columns.size(); ++column) {
                const FieldColumn& spec = m_columns.at(column);
                const QJsonValue value = row.value(QLatin1String(spec.name));
                m_table->setItem(index, column,
                                 new QTableWidgetItem(spec.type == FieldType::Integer
                                                          ? shownNumber(value, spec.editor)
                                                          : value.toString()));
            }
        }
    }

    QJsonValue read() const override
    {
        QJsonArray rows;
        for (int index = 0; index < m_table->rowCount(); ++index) {
            QJsonObject row;
            bool blank = true;
            for (int column = 0; column < m_columns.size(); ++column) {
                const QTableWidgetItem* item = m_table->item(index, column);
                const QString text = item ? item->text().trimmed() : QString();
                blank = blank && text.isEmpty();
                const FieldColumn& spec = m_columns.at(column);
                // A cell that is not a number is kept as -1, which every rule on these refuses.
                row.insert(QLatin1String(spec.name),
                           spec.type == FieldType::Integer
                               ? QJsonValue(storedNumber(text, spec.editor).toInteger(-1))
                               : QJsonValue(text));
            }
            if (!blank)
                rows.append(row);
        }
        return rows.isEmpty() ? QJsonValue() : QJsonValue(jsonText(rows));
    }

    void setReadOnly(bool readOnly) override
    {
        m_table->setEditTriggers(readOnly
                                     ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed);
        m_add->setVisible(!readOnly);
        m_remove->setVisible(!readOnly);
    }

private:
    QList<FieldColumn> m_columns;
    QWidget* m_box;
    QTableWidget* m_table;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace

QString labelWithUnit(const FieldSchema& field, const QString& label)
{
    switch (field.editor) {
    case FieldEditor::Money:
        return Text::tr("%1 (yuan)").arg(label);
    case FieldEditor::Percent:
        return Text::tr("%1 (%)").arg(label);
    case FieldEditor::Lines:
        return Text::tr("%1 (one per line)").arg(label);
    default:
        return label;
    }
}

std::unique_ptr<FieldInput> createFieldInput(const FieldSchema& field, const QString& label,
                                             const FormChoices& choices, QWidget* parent,
                                             std::function<void()> changed)
{
    switch (field.editor) {
    case FieldEditor::MultiLine:
    case FieldEditor::Lines:
    case FieldEditor::Sections:
        return std::make_unique<TextInput>(field, parent, changed);
    case FieldEditor::Choice:
        return std::make_unique<ChoiceInput>(choices(field), parent, changed);
    case FieldEditor::Table:
        return std::make_unique<TableInput>(field, parent, std::move(changed));
    case FieldEditor::ChoiceList:
        return createChoiceListInput(field, label, choices(field), parent, std::move(changed));
    default:
        break;
    }
    if (!field.parent.isEmpty())
        return std::make_unique<ChoiceInput>(choices(field), parent, changed);
    if (field.type == FieldType::Boolean)
        return std::make_unique<FlagInput>(label, parent, changed);
    return std::make_unique<LineInput>(field, parent, changed);
}

} // namespace xs
