#include "ui/registration/RegistrationStepDialog.h"

#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

namespace {

QJsonObject objectOf(const QJsonValue& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

bool overdue(const QJsonObject& record, const QDate& today)
{
    const QDate deadline =
        QDate::fromString(record.value(QStringLiteral("step_deadline")).toString(), Qt::ISODate);
    return deadline.isValid() && today > deadline;
}

} // namespace

QString RegistrationStepDialog::commandLabel(const QString& command)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("accept"), QT_TR_NOOP("Accept")},
        {QStringLiteral("request_materials"), QT_TR_NOOP("Send missing-materials notice")},
        {QStringLiteral("resubmit"), QT_TR_NOOP("Record resubmitted materials")},
        {QStringLiteral("refuse"), QT_TR_NOOP("Refuse to accept")},
        {QStringLiteral("pause_review"), QT_TR_NOOP("Pause review")},
        {QStringLiteral("resume_review"), QT_TR_NOOP("Resume review")},
        {QStringLiteral("approve"), QT_TR_NOOP("Pass formal review")},
        {QStringLiteral("reject"), QT_TR_NOOP("Fail formal review")},
        {QStringLiteral("object"), QT_TR_NOOP("Record objection")},
        {QStringLiteral("dismiss_objection"), QT_TR_NOOP("Dismiss objection")},
        {QStringLiteral("uphold_objection"), QT_TR_NOOP("Uphold objection")},
        {QStringLiteral("close_notice"), QT_TR_NOOP("Close public notice")},
        {QStringLiteral("issue_code"), QT_TR_NOOP("Request code")},
        {QStringLiteral("renew"), QT_TR_NOOP("Renew")},
        {QStringLiteral("expire"), QT_TR_NOOP("Mark expired")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancel registration")},
        {QStringLiteral("revoke"), QT_TR_NOOP("Revoke registration")},
        {QStringLiteral("assign"), QT_TR_NOOP("Assign")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("recompute_deadline"),
         QT_TR_NOOP("Deadline counted again on the published schedule")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submitted")},
    };
    const auto found = labels.constFind(command);
    return found == labels.cend() ? command : tr(*found);
}

bool RegistrationStepDialog::needsInput(const QString& command, const QJsonObject& record, const QDate& today)
{
    if (!RegistrationWorkflow::requiredArguments(command).isEmpty() || command == QLatin1String("resubmit") ||
        command == QLatin1String("assign"))
        return true;
    return (command == QLatin1String("approve") || command == QLatin1String("reject")) &&
           overdue(record, today);
}

RegistrationStepDialog::RegistrationStepDialog(const QString& command, const QJsonObject& record,
                                               const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_command(command)
{
    setWindowTitle(commandLabel(command));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("%1 — %2").arg(commandLabel(command), record.value(QStringLiteral("data_name")).toString()), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    const QString type = record.value(QStringLiteral("type")).toString();
    const QJsonObject provided = objectOf(record.value(QStringLiteral("materials")));
    QStringList missing;
    for (const QString& material : RegistrationVocabulary::materialsFor(type)) {
        if (!provided.value(material).toBool())
            missing << material;
    }
    if (command == QLatin1String("request_materials")) {
        auto* note =
            new QLabel(tr("One notice lists every missing material (一次性告知); it cannot be sent twice. "
                          "The acceptance clock stops until the materials arrive."),
                       this);
        note->setWordWrap(true);
        m_form->addRow(note);
        addChecklist(QStringLiteral("missing"), tr("Missing materials"),
                     RegistrationVocabulary::materialsFor(type), missing);
    } else if (command == QLatin1String("resubmit")) {
        addChecklist(QStringLiteral("materials"), tr("Materials now delivered"), missing, missing);
    } else if (command == QLatin1String("object")) {
        addLine(QStringLiteral("objector_name"), tr("Objector's real name"), true);
        addLine(QStringLiteral("objector_id"), tr("Identity document number"), true);
        addText(QStringLiteral("evidence"), tr("Evidence"), true);
    } else if (command == QLatin1String("assign")) {
        QLineEdit* assignee = addLine(QStringLiteral("assignee"), tr("Reviewer (empty: unassigned)"), false);
        assignee->setText(record.value(QStringLiteral("assignee")).toString());
    } else if (command == QLatin1String("comment")) {
        addText(QStringLiteral("text"), tr("Comment"), true);
    } else if (RegistrationWorkflow::requiredArguments(command).contains(QStringLiteral("reason"))) {
        addText(QStringLiteral("reason"),
                command == QLatin1String("refuse") ? tr("Reasons for refusal") : tr("Reason"), true);
    }
    if ((command == QLatin1String("approve") || command == QLatin1String("reject")) &&
        overdue(record, today)) {
        auto* warning = new QLabel(
            tr("The formal review passed its deadline (%1). The delay must be explained to the applicant.")
                .arg(record.value(QStringLiteral("step_deadline")).toString()),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_form->addRow(warning);
        addText(QStringLiteral("overrun_explanation"), tr("Explanation of the delay"), true);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(commandLabel(command));
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrationStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QPlainTextEdit* RegistrationStepDialog::addText(const QString& key, const QString& label, bool required)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(110);
    m_form->addRow(label, edit);
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    m_form->addRow(QString(), problem);
    m_texts.insert(key, edit);
    m_problems.insert(key, problem);
    if (required)
        m_required << key;
    return edit;
}

QLineEdit* RegistrationStepDialog::addLine(const QString& key, const QString& label, bool required)
{
    auto* edit = new QLineEdit(this);
    m_form->addRow(label, edit);
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    m_form->addRow(QString(), problem);
    m_lines.insert(key, edit);
    m_problems.insert(key, problem);
    if (required)
        m_required << key;
    return edit;
}

QListWidget* RegistrationStepDialog::addChecklist(const QString& key, const QString& label,
                                                  const QStringList& materials, const QStringList& checked)
{
    auto* list = new QListWidget(this);
    for (const QString& material : materials) {
        auto* item = new QListWidgetItem(RegistrationVocabulary::materialLabel(material), list);
        item->setData(Qt::UserRole, material);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(material) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * int(qMax<qsizetype>(3, materials.size())) + 8);
    m_form->addRow(label, list);
    auto* problem = new QLabel(this);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    m_form->addRow(QString(), problem);
    m_lists.insert(key, list);
    m_problems.insert(key, problem);
    m_required << key;
    return list;
}

QJsonObject RegistrationStepDialog::arguments() const
{
    QJsonObject result;
    for (auto it = m_texts.constBegin(); it != m_texts.constEnd(); ++it)
        result.insert(it.key(), it.value()->toPlainText().trimmed());
    for (auto it = m_lines.constBegin(); it != m_lines.constEnd(); ++it)
        result.insert(it.key(), it.value()->text().trimmed());
    for (auto it = m_lists.constBegin(); it != m_lists.constEnd(); ++it) {
        QJsonArray checked;
        QJsonObject delivered;
        for (int row = 0; row < it.value()->count(); ++row) {
            const QListWidgetItem* item = it.value()->item(row);
            if (item->checkState() == Qt::Checked) {
                checked.append(item->data(Qt::UserRole).toString());
                delivered.insert(item->data(Qt::UserRole).toString(), true);
            }
        }
        // The notice lists what is missing; a resubmission says what was delivered.
        const QByteArray json = it.key() == QLatin1String("materials")
                                    ? QJsonDocument(delivered).toJson(QJsonDocument::Compact)
                                    : QJsonDocument(checked).toJson(QJsonDocument::Compact);
        result.insert(it.key(), checked.isEmpty() ? QString() : QString::fromUtf8(json));
    }
    return result;
}

void RegistrationStepDialog::accept()
{
    const QJsonObject values = arguments();
    bool complete = true;
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        const bool missing = m_required.contains(it.key()) && values.value(it.key()).toString().isEmpty();
        it.value()->setText(m_lists.contains(it.key()) ? tr("Tick at least one material.")
                                                       : tr("This field is required."));
        it.value()->setVisible(missing);
        complete = complete && !missing;
    }
    if (complete)
        QDialog::accept();
}

} // namespace xs
