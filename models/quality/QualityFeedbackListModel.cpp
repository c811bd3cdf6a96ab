#include "models/quality/QualityFeedbackListModel.h"

#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

#include <algorithm>
#include <tuple>

namespace xs {

namespace {

QString text(const RecordState& record, const char* name)
{
    return record.fields.value(QLatin1String(name)).toString();
}

} // namespace

QualityFeedbackListModel::QualityFeedbackListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void QualityFeedbackListModel::setFeedback(const QList<RecordState>& feedback,
                                           const QList<RecordState>& orders, const QDate& today, Names names)
{
    beginResetModel();
    m_names = std::move(names);
    QHash<QString, RecordState> latestOrder; // by the feedback it follows
    for (const RecordState& order : orders) {
        if (order.deleted || text(order, "subject_entity") != QualityFeedbackWorkflow::Entity)
            continue;
        const QString subject = text(order, "subject_id");
        if (!latestOrder.contains(subject) ||
            text(latestOrder.value(subject), "issued_on") < text(order, "issued_on"))
            latestOrder.insert(subject, order);
    }
    m_all.clear();
    for (const RecordState& item : feedback) {
        if (item.deleted)
            continue;
        Row row;
        row.feedback = item;
        if (latestOrder.contains(item.id)) {
            row.order = latestOrder.value(item.id);
            row.overdue = RectificationWorkflow::isOverdue(row.order->fields, today);
        }
        m_all.append(row);
    }
    std::sort(m_all.begin(), m_all.end(), [](const Row& a, const Row& b) {
        return std::tuple(text(b.feedback, "filed_on"), a.feedback.id) <
               std::tuple(text(a.feedback, "filed_on"), b.feedback.id);
    });
    applyFilter();
    endResetModel();
}

void QualityFeedbackListModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void QualityFeedbackListModel::applyFilter()
{
    m_shown.clear();
    for (const Row& row : m_all) {
        const QString& department = m_filter.department;
        if (!department.isEmpty() && text(row.feedback, "requester_code") != department &&
            text(row.feedback, "provider_code") != department)
            continue;
        if (m_filter.openOnly && text(row.feedback, "state") == QLatin1String("closed"))
            continue;
        m_shown.append(&row);
    }
}

const RecordState* QualityFeedbackListModel::feedback(const QString& id) const
{
    for (const Row& row : m_all) {
        if (row.feedback.id == id)
            return &row.feedback;
    }
    return nullptr;
}

const RecordState* QualityFeedbackListModel::orderFor(const QString& feedbackId) const
{
    for (const Row& row : m_all) {
        if (row.feedback.id == feedbackId)
            return row.order ? &*row.order : nullptr;
    }
    return nullptr;
}

int QualityFeedbackListModel::overdueCount() const
{
    return int(std::count_if(m_shown.cbegin(), m_shown.cend(), [](const Row* row) { return row->overdue; }));
}

int QualityFeedbackListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int QualityFeedbackListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QualityFeedbackListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_shown.at(index.row());
    const RecordState& item = row.feedback;
    if (role == IdRole)
        return item.id;
    if (role == OverdueRole)
        return row.overdue;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FiledColumn:
        return text(item, "filed_on");
    case StateColumn:
        return QualityFeedbackWorkflow::stateLabel(text(item, "state"));
    case DimensionColumn:
        return QualityFeedbackWorkflow::dimensionLabel(text(item, "dimension"));
    case ResourceColumn: {
        const QString resource = entryName(text(item, "entry_id"));
        const QString dataItem = text(item, "item_name");
        return dataItem.isEmpty() ? resource : tr("%1 · %2").arg(resource, dataItem);
    }
    case FiledByColumn:
        return m_names.departments.value(text(item, "requester_code"), text(item, "requester_code"));
    case ProviderColumn:
        return m_names.departments.value(text(item, "provider_code"), text(item, "provider_code"));
    case CorrectionDueColumn:
        if (!row.order || text(*row.order, "state") == QLatin1String("closed"))
            return QStringLiteral("—");
        return row.overdue ? tr("%1 (overdue)").arg(text(*row.order, "due_on")) : text(*row.order, "due_on");
    }
    return {};
}

QVariant QualityFeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FiledColumn:
        return tr("Filed");
    case StateColumn:
        return tr("State");
    case DimensionColumn:
        return tr("Dimension");
    case ResourceColumn:
        return tr("Resource · data item");
    case FiledByColumn:
        return tr("Filed by");
    case ProviderColumn:
        return tr("Provider");
    case CorrectionDueColumn:
        return tr("Correction due");
    }
    return {};
}

} // namespace xs
