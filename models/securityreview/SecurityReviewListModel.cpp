#include "models/securityreview/SecurityReviewListModel.h"

#include "models/securityreview/SecurityReviewWorkflow.h"

#include <algorithm>
#include <tuple>

namespace xs {

namespace {

QString text(const RecordState& record, const char* name)
{
    return record.fields.value(QLatin1String(name)).toString();
}

bool isOpen(const RecordState& review)
{
    return text(review, "state") != QLatin1String("concluded");
}

} // namespace

SecurityReviewListModel::SecurityReviewListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SecurityReviewListModel::setReviews(const QList<RecordState>& reviews, Names names)
{
    beginResetModel();
    m_names = std::move(names);
    m_all.clear();
    for (const RecordState& review : reviews) {
        if (!review.deleted)
            m_all.append(review);
    }
    // Open reviews first (the work to do), then the newest.
    std::sort(m_all.begin(), m_all.end(), [](const RecordState& a, const RecordState& b) {
        return std::tuple(!isOpen(a), text(b, "opened_on"), a.id) <
               std::tuple(!isOpen(b), text(a, "opened_on"), b.id);
    });
    applyFilter();
    endResetModel();
}

void SecurityReviewListModel::setOpenOnly(bool openOnly)
{
    beginResetModel();
    m_openOnly = openOnly;
    applyFilter();
    endResetModel();
}

void SecurityReviewListModel::applyFilter()
{
    m_shown.clear();
    for (const RecordState& review : m_all) {
        if (!m_openOnly || isOpen(review))
            m_shown.append(&review);
    }
}

const RecordState* SecurityReviewListModel::review(const QString& id) const
{
    const auto found =
        std::ranges::find_if(m_all, [&](const RecordState& review) { return review.id == id; });
    return found == m_all.cend() ? nullptr : &*found;
}

QString SecurityReviewListModel::subjectName(const RecordState& review) const
{
    return m_names.subjects.value(text(review, "subject_id"), text(review, "subject_id"));
}

QString SecurityReviewListModel::checklistName(const RecordState& review) const
{
    const QString templateId = text(review, "template_id");
    return tr("%1 (version %2)")
        .arg(m_names.checklists.value(templateId, templateId))
        .arg(review.fields.value(QStringLiteral("template_version")).toInteger());
}

int SecurityReviewListModel::checklistSize(const RecordState& review) const
{
    return m_names.checklistSizes.value(text(review, "template_id"), -1);
}

int SecurityReviewListModel::openCount() const
{
    return int(std::ranges::count_if(m_all, isOpen));
}

int SecurityReviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SecurityReviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityReviewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordState& review = *m_shown.at(index.row());
    if (role == IdRole)
        return review.id;
    if (role == Qt::TextAlignmentRole && index.column() == AnsweredColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return text(review, "opinion").isEmpty() ? QVariant() : QVariant(text(review, "opinion"));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StateColumn:
        return isOpen(review) ? SecurityReviewWorkflow::stateLabel(text(review, "state"))
                              : SecurityReviewWorkflow::conclusionLabel(text(review, "conclusion"));
    case SubjectKindColumn:
        return SecurityReviewWorkflow::subjectLabel(text(review, "subject_entity"));
    case SubjectColumn:
        return subjectName(review);
    case ChecklistColumn:
        return checklistName(review);
    case AnsweredColumn: {
        const int answered = int(SecurityReviewWorkflow::answersOf(review.fields).size());
        const int size = checklistSize(review);
        return size < 0 ? QString::number(answered) : QStringLiteral("%1/%2").arg(answered).arg(size);
    }
    case ReviewerColumn:
        return text(review, "concluded_by").isEmpty() ? text(review, "opened_by")
                                                      : text(review, "concluded_by");
    case OpenedColumn:
        return text(review, "opened_on");
    case ConcludedColumn:
        return text(review, "concluded_on");
    }
    return {};
}

QVariant SecurityReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case SubjectKindColumn:
        return tr("Reviewed");
    case SubjectColumn:
        return tr("Request or agreement");
    case ChecklistColumn:
        return tr("Checklist");
    case AnsweredColumn:
        return tr("Answered");
    case ReviewerColumn:
        return tr("Reviewer");
    case OpenedColumn:
        return tr("Opened");
    case ConcludedColumn:
        return tr("Concluded");
    }
    return {};
}

} // namespace xs
