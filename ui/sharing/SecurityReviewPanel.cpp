#include "ui/sharing/SecurityReviewPanel.h"

#include "app/areas/SecurityReviewServices.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/securityreview/SecurityReviewListModel.h"
#include "models/securityreview/SecurityReviewWorkflow.h"
#include "ui/common/RecordQueueView.h"
#include "ui/common/StepDialog.h"
#include "ui/sharing/SecurityReviewDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

namespace Flow = SecurityReviewWorkflow;

constexpr const char* DetailFields[] = {"opened_by", "opened_on", "opinion", "concluded_by", "concluded_on"};

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

} // namespace

SecurityReviewPanel::SecurityReviewPanel(SecurityReviewServices& services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_role(role)
    , m_list(std::make_unique<SecurityReviewListModel>())
{
    m_openOnly = new QCheckBox(tr("Open reviews only"), this);
    m_openOnly->setObjectName(QStringLiteral("securityReviewOpenOnly"));
    m_summary = new QLabel(this);
    m_open = new QPushButton(tr("&Open a Review..."), this);
    m_open->setObjectName(QStringLiteral("openSecurityReview"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_openOnly);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    filters->addWidget(m_open);

    m_records = new RecordQueueView(
        *m_list, SecurityReviewListModel::IdRole, SecurityReviewListModel::SubjectColumn,
        QStringLiteral("securityReviewList"), QStringLiteral("securityReviewDetail"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Conditionally shared data and an agreement's data are used only after a "
                                    "security risk assessment and conformity review passes (HN25 item 20)."),
                                 this));
    layout->addLayout(filters);
    layout->addWidget(m_records, 1);

    connect(m_openOnly, &QCheckBox::toggled, this, [this](bool openOnly) {
        const QString chosen = selectedReview();
        m_list->setOpenOnly(openOnly);
        select(chosen);
    });
    connect(m_records, &RecordQueueView::currentChanged, this, &SecurityReviewPanel::showSelected);
    connect(m_open, &QPushButton::clicked, this, &SecurityReviewPanel::openReview);
    setRole(role);
}

SecurityReviewPanel::~SecurityReviewPanel() = default;

void SecurityReviewPanel::setRole(Role role)
{
    m_role = role;
    m_open->setVisible(Flow::mayReview(role));
    reload();
}

QString SecurityReviewPanel::message() const
{
    return m_records->message();
}

QString SecurityReviewPanel::detailText() const
{
    return m_records->detailText();
}

void SecurityReviewPanel::say(const QString& text, bool problem)
{
    m_records->say(text, problem);
}

void SecurityReviewPanel::reload()
{
    const QString chosen = selectedReview();
    m_list->setReviews(m_services.reviews(), m_services.names());
    m_summary->setText(tr("%1 open").arg(m_list->openCount()));
    select(chosen);
}

void SecurityReviewPanel::select(const QString& reviewId)
{
    m_records->select(reviewId);
}

QString SecurityReviewPanel::selectedReview() const
{
    return m_records->currentId();
}

QStringList SecurityReviewPanel::offeredSteps() const
{
    const RecordState* review = m_list->review(selectedReview());
    return review ? Flow::steps().available(text(review->fields, "state"), m_role) : QStringList();
}

void SecurityReviewPanel::showSelected()
{
    m_records->clearSteps();
    const RecordState* review = m_list->review(selectedReview());
    if (!review) {
        m_records->setDetail(m_list->rowCount() == 0
                                 ? tr("No security reviews here.")
                                 : tr("Choose a review to see its checklist and conclusion."));
        return;
    }
    const QJsonObject& fields = review->fields;
    const bool open = text(fields, "state") != QLatin1String("concluded");
    const QString state =
        open ? Flow::stateLabel(text(fields, "state")) : Flow::conclusionLabel(text(fields, "conclusion"));
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p><table cellspacing=\"4\">")
                       .arg(m_list->subjectName(*review).toHtmlEscaped(),
                            Flow::subjectLabel(text(fields, "subject_entity")).toHtmlEscaped(),
                            m_list->checklistName(*review).toHtmlEscaped(), state.toHtmlEscaped());
    for (const char* name : DetailFields) {
        const QString value = text(fields, name);
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(fieldLabel(Flow::Entity, QLatin1String(name)).toHtmlEscaped(),
                             value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    // The items found not to conform, with their notes: what a conclusion rests on.
    const QList<Flow::ItemAnswer> answers = Flow::answersOf(fields);
    QString nonconforming;
    for (const Flow::ItemAnswer& answer : answers) {
        if (answer.result == QLatin1String("nonconforming"))
            nonconforming += QStringLiteral("<li>%1 %2</li>")
                                 .arg(answer.code.toHtmlEscaped(), answer.note.toHtmlEscaped());
    }
    html += tr("<p>%1 of %2 items answered.</p>")
                .arg(answers.size())
                .arg(m_list->checklistSize(*review) >= 0 ? QString::number(m_list->checklistSize(*review))
                                                         : QStringLiteral("?"));
    if (!nonconforming.isEmpty())
        html += tr("<p><b>Does not conform:</b></p><ul>%1</ul>").arg(nonconforming);
    m_records->setDetail(html);
    if (open && Flow::mayReview(m_role)) {
        auto* answer =
            m_records->addStep(QStringLiteral("securityReview-answer"), tr("Answer the &Checklist..."));
        connect(answer, &QPushButton::clicked, this, &SecurityReviewPanel::answerChecklist);
    }
    for (const QString& command : offeredSteps()) {
        auto* button = m_records->addStep(QStringLiteral("securityReview-") + command,
                                          Flow::steps().find(command)->title());
        connect(button, &QPushButton::clicked, this, [this, command] { askStep(command); });
    }
    m_records->finishSteps();
}

void SecurityReviewPanel::openReview()
{
    SecurityReviewDialog dialog(m_services, m_role, nullptr, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.savedId());
    say(tr("Saved here; the hub receives it at the next sync."), false);
}

void SecurityReviewPanel::answerChecklist()
{
    const RecordState* review = m_list->review(selectedReview());
    if (!review)
        return;
    const QString reviewId = review->id;
    SecurityReviewDialog dialog(m_services, m_role, review, m_list->subjectName(*review), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(reviewId);
    say(tr("Saved here; the hub receives it at the next sync."), false);
}

void SecurityReviewPanel::askStep(const QString& command)
{
    const StepDefinition* step = Flow::steps().find(command);
    const RecordState* review = m_list->review(selectedReview());
    if (!step || !review)
        return;
    if (const std::optional<QJsonObject> arguments = StepDialog::askFor(
            *step, review->fields, m_list->subjectName(*review), m_services.clock().today(), this))
        takeStep(command, *arguments);
}

bool SecurityReviewPanel::takeStep(const QString& command, const QJsonObject& arguments)
{
    const StepDefinition* step = Flow::steps().find(command);
    const QString reviewId = selectedReview();
    if (!step || reviewId.isEmpty())
        return false;
    const DatabaseError error = m_services.step(m_role, reviewId, command, arguments);
    if (error.isError()) {
        say(StepDialog::refusedText(*step, error.detailOrMessage()), true);
        return false;
    }
    reload();
    select(reviewId);
    say(StepDialog::doneText(*step), false);
    return true;
}

} // namespace xs
