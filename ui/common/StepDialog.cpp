#include "ui/common/StepDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace xs {

namespace {

/// An argument with a condition is asked only where the record needs it; the others always.
bool asked(const ArgumentSpec& argument, const QJsonObject& record, const QDate& today)
{
    return !argument.neededFor || argument.neededFor(record, today);
}

bool requiredHere(const ArgumentSpec& argument, const QJsonObject& record, const QDate& today)
{
    return argument.required || (argument.neededFor && argument.neededFor(record, today));
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString StepDialog::doneText(const StepDefinition& step)
{
    return tr("%1: done here; the hub confirms it at the next sync.").arg(step.title());
}

QString StepDialog::refusedText(const StepDefinition& step, const QString& reason)
{
    return tr("%1: %2").arg(step.title(), reason);
}

bool StepDialog::asksAnything(const StepDefinition& step, const QJsonObject& record, const QDate& today)
{
    return std::any_of(step.arguments.cbegin(), step.arguments.cend(),
                       [&](const ArgumentSpec& argument) { return asked(argument, record, today); });
}

std::optional<QJsonObject> StepDialog::askFor(const StepDefinition& step, const QJsonObject& record,
                                              const QString& subject, const QDate& today, QWidget* parent)
{
    if (!asksAnything(step, record, today))
        return QJsonObject();
    StepDialog dialog(step, record, subject, today, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.arguments();
}

StepDialog::StepDialog(const StepDefinition& step, const QJsonObject& record, const QString& subject,
                       const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
{
    setObjectName(QStringLiteral("stepDialog-") + step.command);
    setWindowTitle(step.title());
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        wrapped(subject.isEmpty() ? step.title() : tr("%1 — %2").arg(step.title(), subject), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);
    for (const ArgumentSpec& argument : step.arguments) {
        if (asked(argument, record, today))
            ask(argument, requiredHere(argument, record, today), record);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(step.title());
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void StepDialog::ask(const ArgumentSpec& argument, bool required, const QJsonObject& record)
{
    if (argument.hint) {
        QLabel* hint = wrapped(argument.hint(record), this);
        // A hint that comes with a condition (a deadline passed) is a warning, not a note.
        if (argument.neededFor)
            hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_form->addRow(hint);
    }
    const QString start =
        argument.startsFrom ? record.value(QLatin1String(argument.startsFrom)).toString() : QString();
    QWidget* editor = nullptr;
    std::function<QString()> answer;
    switch (argument.input) {
    case ArgumentInput::Line:
    case ArgumentInput::Date: {
        auto* line = new QLineEdit(start, this);
        line->setMaxLength(argument.maxLength);
        if (argument.input == ArgumentInput::Date) {
            line->setPlaceholderText(tr("YYYY-MM-DD"));
            line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), line));
        }
        answer = [line] {
            return line->text().trimmed();
        };
        editor = line;
        break;
    }
    case ArgumentInput::Text: {
        auto* text = new QPlainTextEdit(start, this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(110);
        answer = [text] {
            return text->toPlainText().trimmed();
        };
        editor = text;
        break;
    }
    case ArgumentInput::Checklist: {
        auto* list = new QListWidget(this);
        const QList<ChecklistOption> options =
            argument.options ? argument.options(record) : QList<ChecklistOption>();
        for (const ChecklistOption& option : options) {
            auto* item = new QListWidgetItem(option.label, list);
            item->setData(Qt::UserRole, option.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(option.ticked ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * int(std::max<qsizetype>(3, options.size())) + 8);
        answer = [list] {
            QJsonArray ticked;
            for (int row = 0; row < list->count(); ++row) {
                if (list->item(row)->checkState() == Qt::Checked)
                    ticked.append(list->item(row)->data(Qt::UserRole).toString());
            }
            return ticked.isEmpty() ? QString()
                                    : QString::fromUtf8(QJsonDocument(ticked).toJson(QJsonDocument::Compact));
        };
        editor = list;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("argument-") + argument.name);
    editor->setAccessibleName(argument.title());
    auto* label = new QLabel(required ? tr("%1 *").arg(argument.title()) : argument.title(), this);
    label->setBuddy(editor);
    m_form->addRow(label, editor);
    auto* problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem-") + argument.name);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    m_form->addRow(QString(), problem);
    m_questions.append({&argument, required, std::move(answer), editor, problem});
}

QJsonObject StepDialog::arguments() const
{
    QJsonObject result;
    for (const Question& question : m_questions) {
        const QString answer = question.answer();
        // A cleared answer that started from the record (the assignee) is an answer too.
        if (!answer.isEmpty() || question.required || question.argument->startsFrom)
            result.insert(question.argument->name, answer);
    }
    return result;
}

void StepDialog::accept()
{
    bool complete = true;
    QWidget* first = nullptr;
    for (const Question& question : m_questions) {
        const QString answer = question.answer();
        QString problem;
        if (question.required && answer.isEmpty())
            problem = question.argument->input == ArgumentInput::Checklist ? tr("Tick at least one.")
                                                                           : tr("This field is required.");
        else if (answer.size() > question.argument->maxLength)
            problem = tr("At most %1 characters; this has %2.")
                          .arg(question.argument->maxLength)
                          .arg(answer.size());
        question.problem->setText(problem);
        question.problem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty() && !first)
            first = question.editor;
        complete = complete && problem.isEmpty();
    }
    if (first)
        first->setFocus();
    if (complete)
        QDialog::accept();
}

} // namespace xs
