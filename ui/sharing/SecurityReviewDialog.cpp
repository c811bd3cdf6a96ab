#include "ui/sharing/SecurityReviewDialog.h"

#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/securityreview/SecurityReviewWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xs {

namespace {

namespace Flow = SecurityReviewWorkflow;

enum ItemColumn
{
    SectionColumn,
    TextColumn,
    ResultColumn,
    NoteColumn,
    ItemColumnCount,
};

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

} // namespace

SecurityReviewDialog::SecurityReviewDialog(SecurityReviewServices& services, Role role,
                                           const RecordState* review, const QString& subjectName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_role(role)
{
    setObjectName(QStringLiteral("securityReviewDialog"));
    auto* form = new QFormLayout;
    m_items = new QTableWidget(0, ItemColumnCount, this);
    m_items->setObjectName(QStringLiteral("securityReviewItems"));
    m_items->setHorizontalHeaderLabels({tr("Section"), tr("What to check"), tr("Finding"), tr("Note")});
    m_items->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setWordWrap(true);
    m_progress = new QLabel(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("securityReviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    if (review) {
        m_reviewId = review->id;
        for (const char* fixed : {"subject_entity", "subject_id", "template_id"})
            m_fixed.insert(QLatin1String(fixed), review->fields.value(QLatin1String(fixed)));
        setWindowTitle(tr("Answer the Review Checklist"));
        const std::optional<SecurityReviewServices::Checklist> checklist =
            services.checklist(text(review->fields, "template_id"));
        form->addRow(tr("Reviewed:"),
                     new QLabel(QStringLiteral("%1 · %2").arg(
                                    Flow::subjectLabel(text(review->fields, "subject_entity")), subjectName),
                                this));
        form->addRow(tr("Checklist:"),
                     new QLabel(checklist ? checklist->label : tr("(not on this computer)"), this));
        showChecklist(checklist ? checklist->items : QList<QJsonObject>{}, Flow::answersOf(review->fields));
    } else {
        setWindowTitle(tr("Open a Security Review"));
        m_subjects = services.openSubjects();
        m_checklists = services.publishedChecklists();
        m_subject = new QComboBox(this);
        m_subject->setObjectName(QStringLiteral("securityReviewSubject"));
        for (const SecurityReviewServices::Subject& subject : m_subjects)
            m_subject->addItem(subject.label);
        m_checklist = new QComboBox(this);
        m_checklist->setObjectName(QStringLiteral("securityReviewChecklist"));
        for (const SecurityReviewServices::Checklist& checklist : m_checklists)
            m_checklist->addItem(checklist.label);
        form->addRow(tr("&Reviewed:"), m_subject);
        form->addRow(tr("&Checklist:"), m_checklist);
        connect(m_checklist, &QComboBox::currentIndexChanged, this, &SecurityReviewDialog::chooseChecklist);
        chooseChecklist();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SecurityReviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* hint =
        new QLabel(tr("Answer every item before concluding. An item found not to conform allows only "
                      "a conclusion with conditions or a failure."),
                   this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 560);
}

void SecurityReviewDialog::chooseChecklist()
{
    const int index = m_checklist->currentIndex();
    showChecklist(index >= 0 ? m_checklists.at(index).items : QList<QJsonObject>{}, {});
}

void SecurityReviewDialog::showChecklist(const QList<QJsonObject>& items,
                                         const QList<SecurityReviewWorkflow::ItemAnswer>& answers)
{
    m_items->setRowCount(0);
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject& item = items.at(row);
        const QString code = text(item, "code");
        auto* section = new QTableWidgetItem(text(item, "section"));
        section->setData(Qt::UserRole, code);
        section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* what = new QTableWidgetItem(text(item, "text"));
        what->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        what->setToolTip(text(item, "text"));
        m_items->setItem(row, SectionColumn, section);
        m_items->setItem(row, TextColumn, what);
        auto* result = new QComboBox(m_items);
        result->addItem(tr("(not answered)"), QString());
        for (const VocabularyTerm& term : FieldAuditVocabulary::results()) {
            const QString value = QString::fromLatin1(term.code);
            result->addItem(FieldAuditVocabulary::resultLabel(value), value);
        }
        const auto given = std::ranges::find_if(
            answers, [&](const SecurityReviewWorkflow::ItemAnswer& answer) { return answer.code == code; });
        if (given != answers.cend())
            result->setCurrentIndex(std::max(0, result->findData(given->result)));
        connect(result, &QComboBox::currentIndexChanged, this, &SecurityReviewDialog::countAnswers);
        m_items->setCellWidget(row, ResultColumn, result);
        m_items->setItem(row, NoteColumn,
                         new QTableWidgetItem(given != answers.cend() ? given->note : QString()));
    }
    m_items->resizeColumnToContents(SectionColumn);
    // Every row as tall as its finding's list, and that column as wide as its longest choice: a
    // cell widget is not measured with the cells.
    if (const auto* first = qobject_cast<QComboBox*>(m_items->cellWidget(0, ResultColumn))) {
        int widest = 0;
        for (int i = 0; i < first->count(); ++i)
            widest = std::max(widest, first->fontMetrics().horizontalAdvance(first->itemText(i)));
        m_items->verticalHeader()->setDefaultSectionSize(first->sizeHint().height() + 4);
        m_items->setColumnWidth(ResultColumn, widest + 56); // the text, the arrow and the frame
    }
    countAnswers();
}

void SecurityReviewDialog::countAnswers()
{
    m_progress->setText(tr("%1 of %2 items answered").arg(answers().size()).arg(m_items->rowCount()));
}

QList<SecurityReviewWorkflow::ItemAnswer> SecurityReviewDialog::answers() const
{
    QList<SecurityReviewWorkflow::ItemAnswer> given;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const auto* result = qobject_cast<QComboBox*>(m_items->cellWidget(row, ResultColumn));
        if (!result || result->currentData().toString().isEmpty())
            continue;
        given.append({m_items->item(row, SectionColumn)->data(Qt::UserRole).toString(),
                      result->currentData().toString(), m_items->item(row, NoteColumn)->text().trimmed()});
    }
    return given;
}

void SecurityReviewDialog::answer(const QString& code, const QString& result, const QString& note)
{
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->item(row, SectionColumn)->data(Qt::UserRole).toString() != code)
            continue;
        auto* combo = qobject_cast<QComboBox*>(m_items->cellWidget(row, ResultColumn));
        combo->setCurrentIndex(std::max(0, combo->findData(result)));
        m_items->item(row, NoteColumn)->setText(note);
    }
}

QString SecurityReviewDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool SecurityReviewDialog::save()
{
    QJsonObject fields = m_fixed;
    if (isNew()) {
        const int subject = m_subject->currentIndex();
        const int checklist = m_checklist->currentIndex();
        if (subject < 0 || checklist < 0) {
            m_problem->setText(m_subjects.isEmpty()
                                   ? tr("Nothing awaits a review here: no conditional sharing request awaits "
                                        "its reply and no signed agreement awaits its start.")
                                   : tr("No published security-review checklist here yet: sync first."));
            m_problem->show();
            return false;
        }
        fields.insert(QStringLiteral("subject_entity"), m_subjects.at(subject).entity);
        fields.insert(QStringLiteral("subject_id"), m_subjects.at(subject).id);
        fields.insert(QStringLiteral("template_id"), m_checklists.at(checklist).id);
    }
    fields.insert(QStringLiteral("answers"), SecurityReviewWorkflow::answersText(answers()));
    const DatabaseError error = m_services.save(m_role, m_reviewId, fields, &m_savedId);
    if (error.isError()) {
        m_problem->setText(tr("The review was not saved: %1").arg(error.detailOrMessage()));
        m_problem->show();
        return false;
    }
    accept();
    return true;
}

} // namespace xs
