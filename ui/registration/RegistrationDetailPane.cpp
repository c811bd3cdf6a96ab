#include "ui/registration/RegistrationDetailPane.h"

#include "models/calendar/DeadlineText.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/registration/RegistrationAmendment.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"
#include "ui/registration/RegistrationNoticeWriter.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

namespace {

QJsonDocument parsed(const RecordState& record, const char* field)
{
    return QJsonDocument::fromJson(record.fields.value(QLatin1String(field)).toString().toUtf8());
}

// Steps that end or refuse something are set apart from the everyday ones.
bool isFinal(const QString& command)
{
    return command == QLatin1String("refuse") || command == QLatin1String("reject") ||
           command == QLatin1String("uphold_objection") || command == QLatin1String("cancel") ||
           command == QLatin1String("revoke");
}

} // namespace

RegistrationDetailPane::RegistrationDetailPane(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(
        tr("Select an application in the queue to see its materials, timeline and next steps."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_content);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(m_content);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadline = new QLabel(m_content);
    m_deadline->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_deadline);

    m_actions = new QWidget(m_content);
    m_actionLayout = new QHBoxLayout(m_actions);
    m_actionLayout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_actions);

    auto* materials = new QGroupBox(tr("Materials checklist"), m_content);
    auto* materialsLayout = new QVBoxLayout(materials);
    m_materials = new QListWidget(materials);
    m_materials->setFocusPolicy(Qt::NoFocus);
    m_materials->setSelectionMode(QAbstractItemView::NoSelection);
    materialsLayout->addWidget(m_materials);
    layout->addWidget(materials);

    auto* timeline = new QGroupBox(tr("Timeline"), m_content);
    auto* timelineLayout = new QVBoxLayout(timeline);
    m_timeline = new QListWidget(timeline);
    m_timeline->setWordWrap(true);
    timelineLayout->addWidget(m_timeline);
    layout->addWidget(timeline, 1);

    m_notice = new QPushButton(m_content);
    m_notice->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    connect(m_notice, &QPushButton::clicked, this, &RegistrationDetailPane::noticeRequested);
    layout->addWidget(m_notice, 0, Qt::AlignLeft);
    outer->addWidget(m_content);
    clear();
}

void RegistrationDetailPane::clear()
{
    m_id.clear();
    m_content->hide();
    m_empty->show();
}

QPushButton* RegistrationDetailPane::stepButton(const QString& command) const
{
    for (QPushButton* button : m_actions->findChildren<QPushButton*>()) {
        if (button->property("command").toString() == command)
            return button;
    }
    return nullptr;
}

QStringList RegistrationDetailPane::amendmentFacts(const QJsonObject& fields, const QJsonObject& amended)
{
    const QString type = fields.value(QStringLiteral("type")).toString();
    if (!RegistrationAmendment::actsOnARegistration(type))
        return {};
    QStringList facts;
    const QString relatedNumber = amended.value(QStringLiteral("number")).toString();
    const QString relatedCode = amended.value(QStringLiteral("registration_code")).toString();
    facts << (relatedNumber.isEmpty()
                  ? tr("Acts on a registration this desktop does not hold yet")
                  : tr("Acts on registration %1 (code %2)").arg(relatedNumber, relatedCode));
    // Open: what the registration says now beside what it would say; applied: what it says since
    // (the values it replaced are in its timeline).
    const bool applied = !fields.value(QStringLiteral("applied_on")).toString().isEmpty();
    const QJsonObject changes = RegistrationAmendment::changesOf(fields);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const bool list = it.key() == QLatin1String("applicants");
        const QString label = fieldLabel(RegistrationWorkflow::Entity, it.key());
        const QString value = list ? tr("(a new list of applicants)") : displayValue(it.value());
        facts << (applied || amended.isEmpty()
                      ? tr("%1 → %2").arg(label, value)
                      : tr("%1: %2 → %3")
                            .arg(label, list ? tr("(list)") : displayValue(amended.value(it.key())), value));
    }
    if (applied)
        facts << tr("Applied to the registration on %1")
                     .arg(fields.value(QStringLiteral("applied_on")).toString());
    else if (fields.value(QStringLiteral("amendment_pending")).toBool())
        facts << tr("The hub applies it to the registration at the next sync.");
    return facts;
}

void RegistrationDetailPane::showMaterialFiles(const QList<RecordState>& files)
{
    for (int row = 0; row < m_materials->count(); ++row) {
        QListWidgetItem* item = m_materials->item(row);
        QStringList names;
        for (const RecordState& file : files) {
            if (file.fields.value(QStringLiteral("material")).toString() ==
                item->data(Qt::UserRole).toString())
                names << file.fields.value(QStringLiteral("file_name")).toString();
        }
        if (names.isEmpty())
            continue;
        item->setText(tr("%1 — %2").arg(item->text(), names.join(tr(", "))));
        item->setToolTip(tr("%1; files on record: %2").arg(item->toolTip(), names.join(tr(", "))));
    }
}

void RegistrationDetailPane::showRegistration(const RecordState& record, const QStringList& commands,
                                              const WorkingCalendar& calendar, const QDate& today,
                                              bool awaitingHub, const QJsonObject& amended,
                                              const QString& firstRegistrationNote)
{
    m_id = record.id;
    m_empty->hide();
    m_content->show();
    const QJsonObject& fields = record.fields;
    const QString state = fields.value(QStringLiteral("state")).toString();
    m_title->setText(fields.value(QStringLiteral("data_name")).toString());

    QStringList applicants;
    for (const QJsonValue& applicant : parsed(record, "applicants").array()) {
        const QJsonObject object = applicant.toObject();
        applicants << QStringLiteral("%1（%2）")
                          .arg(object.value(QStringLiteral("name")).toString(),
                               RegistrationVocabulary::applicantKindLabel(
                                   object.value(QStringLiteral("kind")).toString()));
    }
    QStringList facts{
        tr("Number: %1").arg(fields.value(QStringLiteral("number")).toString()),
        tr("Type: %1")
            .arg(RegistrationVocabulary::typeLabel(fields.value(QStringLiteral("type")).toString())),
        tr("State: %1").arg(RegistrationVocabulary::stateLabel(state)),
        tr("Applicants: %1").arg(applicants.join(QStringLiteral("、"))),
    };
    facts << amendmentFacts(fields, amended);
    if (!firstRegistrationNote.isEmpty())
        facts << firstRegistrationNote;
    if (const QString code = fields.value(QStringLiteral("registration_code")).toString(); !code.isEmpty()) {
        const QString expires = fields.value(QStringLiteral("expires_on")).toString();
        // An applied change keeps the code of the registration it changed; the validity is that one's.
        facts << (expires.isEmpty() ? tr("Registration code: %1").arg(code)
                                    : tr("Registration code: %1, valid until %2").arg(code, expires));
    }
    if (const QString reason = fields.value(QStringLiteral("decision_reason")).toString(); !reason.isEmpty())
        facts << tr("Decision: %1").arg(reason);
    if (awaitingHub)
        facts << tr(
            "Steps taken here wait for the hub: they are proposals until the next sync confirms them.");
    m_facts->setText(facts.join(QLatin1Char('\n')));

    const StepDeadline deadline = StepDeadline::of(fields);
    if (deadline.date.isValid() && RegistrationVocabulary::hasRunningClock(state)) {
        const WorkdayCount left = calendar.workdaysBetween(today, deadline.date);
        QString text =
            left.days < 0
                ? tr("Deadline %1: %n working day(s) overdue", nullptr, -left.days).arg(deadline.markedText())
                : tr("Deadline %1: %n working day(s) left", nullptr, left.days).arg(deadline.markedText());
        if (const QString explanation = deadline.explanation(calendar); !explanation.isEmpty())
            text += QLatin1Char('\n') + explanation;
        // A rule published later does not move a deadline already running.
        if (const QJsonValue workdays = fields.value(QStringLiteral("deadline_workdays"));
            workdays.isDouble())
            text += QLatin1Char('\n') +
                    tr("Counted as %n working day(s) from %1, by the rule in force when the step "
                       "started.",
                       nullptr, workdays.toInt())
                        .arg(fields.value(QStringLiteral("deadline_from")).toString());
        m_deadline->setText(text);
        m_deadline->setStyleSheet(left.days < 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                                : QString());
    } else if (state == QLatin1String("awaiting_materials") || state == QLatin1String("review_paused")) {
        m_deadline->setText(tr("The clock is stopped: waiting for the applicant."));
        m_deadline->setStyleSheet({});
    } else {
        m_deadline->setText({});
    }

    // Materials: what the type requires, ticked as delivered.
    m_materials->clear();
    const QJsonObject provided = parsed(record, "materials").object();
    for (const QString& material :
         RegistrationVocabulary::materialsFor(fields.value(QStringLiteral("type")).toString())) {
        const bool delivered = provided.value(material).toBool();
        auto* item = new QListWidgetItem((delivered ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) +
                                             RegistrationVocabulary::materialLabel(material),
                                         m_materials);
        item->setData(Qt::UserRole, material);
        item->setForeground(delivered ? QColor(0x1b, 0x6e, 0x2b) : QColor(0xb3, 0x26, 0x1e));
        item->setToolTip(delivered ? tr("Delivered") : tr("Missing"));
    }
    // Every required material in sight, without scrolling.
    m_materials->setFixedHeight(m_materials->sizeHintForRow(0) * qMax(1, m_materials->count()) +
                                2 * m_materials->frameWidth() + 4);

    m_timeline->clear();
    const QJsonArray events = parsed(record, "events").array();
    for (qsizetype index = events.size() - 1; index >= 0; --index) { // newest first
        const QJsonObject event = events.at(index).toObject();
        const QDateTime at =
            QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QString line =
            QStringLiteral("%1  %2  %3")
                .arg(at.isValid() ? Clock::chinaTime(at).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString(),
                     event.value(QStringLiteral("by")).toString(),
                     RegistrationWorkflow::actionLabel(event.value(QStringLiteral("action")).toString()));
        const QJsonObject arguments = event.value(QStringLiteral("arguments")).toObject();
        for (const char* key : {"text", "reason", "overrun_explanation", "assignee", "number"}) {
            if (const QString value = arguments.value(QLatin1String(key)).toString(); !value.isEmpty())
                line += QStringLiteral("：") + value;
        }
        if (const QString before = arguments.value(QStringLiteral("old_deadline")).toString();
            !before.isEmpty())
            line +=
                QStringLiteral("：") +
                tr("%1 → %2").arg(
                    before, StepDeadline::dateText(
                                QDate::fromString(arguments.value(QStringLiteral("new_deadline")).toString(),
                                                  Qt::ISODate),
                                arguments.value(QStringLiteral("provisional")).toBool()));
        new QListWidgetItem(line, m_timeline);
    }
    if (events.isEmpty())
        new QListWidgetItem(tr("No events yet."), m_timeline);

    // One button per step available now; steps that refuse or end come last.
    while (QLayoutItem* item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList ordered;
    for (const QString& command : commands) {
        if (!isFinal(command) && command != QLatin1String("comment") && command != QLatin1String("assign"))
            ordered << command;
    }
    for (const QString& command : commands) {
        if (isFinal(command))
            ordered << command;
    }
    if (commands.contains(QStringLiteral("comment")))
        ordered << QStringLiteral("comment");
    for (const QString& command : ordered) {
        auto* button = new QPushButton(RegistrationWorkflow::actionLabel(command), m_actions);
        button->setProperty("command", command);
        if (ordered.indexOf(command) == 0)
            button->setDefault(true);
        connect(button, &QPushButton::clicked, this, [this, command] { emit stepRequested(command); });
        m_actionLayout->addWidget(button);
    }
    m_actionLayout->addStretch();
    m_actions->setVisible(!ordered.isEmpty());

    const std::optional<RegistrationNoticeWriter::Kind> notice = RegistrationNoticeWriter::noticeFor(fields);
    m_notice->setVisible(notice.has_value());
    if (notice)
        m_notice->setText(tr("Export %1 (PDF)…").arg(RegistrationNoticeWriter::title(*notice)));
}

} // namespace xs
