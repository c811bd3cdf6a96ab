#include "models/opendata/OpenDataListModel.h"

#include "models/opendata/OpenDataWorkflow.h"

#include <algorithm>
#include <tuple>

namespace xs {

namespace {

QString text(const RecordState& record, const char* name)
{
    return record.fields.value(QLatin1String(name)).toString();
}

} // namespace

OpenDataListModel::OpenDataListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OpenDataListModel::setDemands(const QList<RecordState>& demands, const QDate& today,
                                   const WorkingCalendar& calendar, RequestNames names)
{
    beginResetModel();
    m_names = std::move(names);
    m_calendar = calendar;
    m_all.clear();
    for (const RecordState& demand : demands) {
        if (demand.deleted)
            continue;
        Row row;
        row.demand = demand;
        if (text(demand, "state") == QLatin1String("accepted"))
            row.deadline = QueueDeadline::of(
                QDate::fromString(text(demand, "answer_due_on"), Qt::ISODate),
                demand.fields.value(QStringLiteral("answer_due_provisional")).toBool(), today, calendar);
        row.overdue = OpenDataWorkflow::isOverdue(demand.fields, today);
        m_all.append(row);
    }
    // Soonest deadline first; then the newest received.
    std::sort(m_all.begin(), m_all.end(), [](const Row& a, const Row& b) {
        return std::tuple(!a.deadline.due.date.isValid(), a.deadline.due.date, text(b.demand, "received_on"),
                          a.demand.id) < std::tuple(!b.deadline.due.date.isValid(), b.deadline.due.date,
                                                    text(a.demand, "received_on"), b.demand.id);
    });
    applyFilter();
    endResetModel();
}

void OpenDataListModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

bool OpenDataListModel::passes(const Row& row, bool ignoringDomain) const
{
    if (!ignoringDomain && !m_filter.domain.isEmpty() && text(row.demand, "domain") != m_filter.domain)
        return false;
    if (!m_filter.department.isEmpty() && text(row.demand, "provider_code") != m_filter.department)
        return false;
    return !m_filter.openOnly || text(row.demand, "state") != QLatin1String("answered");
}

void OpenDataListModel::applyFilter()
{
    m_shown.clear();
    for (const Row& row : m_all) {
        if (passes(row, false))
            m_shown.append(&row);
    }
}

const RecordState* OpenDataListModel::demand(const QString& id) const
{
    for (const Row& row : m_all) {
        if (row.demand.id == id)
            return &row.demand;
    }
    return nullptr;
}

QMap<QString, int> OpenDataListModel::domainCounts() const
{
    QMap<QString, int> counts;
    for (const QString& domain : OpenDataWorkflow::domains())
        counts.insert(domain, 0);
    for (const Row& row : m_all) {
        if (passes(row, true))
            ++counts[text(row.demand, "domain")];
    }
    return counts;
}

int OpenDataListModel::overdueCount() const
{
    return int(std::count_if(m_shown.cbegin(), m_shown.cend(), [](const Row* row) { return row->overdue; }));
}

int OpenDataListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int OpenDataListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenDataListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_shown.at(index.row());
    const RecordState& demand = row.demand;
    if (role == IdRole)
        return demand.id;
    if (role == UrgencyRole)
        return int(row.deadline.urgency);
    if (role == Qt::TextAlignmentRole && index.column() == LeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == DueColumn || index.column() == LeftColumn) &&
        row.deadline.due.date.isValid()) {
        const QString rule = tr("Answer within %n working day(s) of acceptance.", nullptr,
                                demand.fields.value(QStringLiteral("answer_days")).toInt());
        const QString explanation = row.deadline.due.explanation(m_calendar);
        return explanation.isEmpty() ? rule : rule + QLatin1Char(' ') + explanation;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueColumn:
        return row.deadline.due.date.isValid() ? row.deadline.due.dateText() : QStringLiteral("—");
    case LeftColumn:
        return row.deadline.left ? workdaysLeftText(row.deadline.left->days) : QString();
    case StateColumn: {
        const QString outcome = text(demand, "outcome");
        return outcome.isEmpty() ? OpenDataWorkflow::stateLabel(text(demand, "state"))
                                 : OpenDataWorkflow::outcomeLabel(outcome);
    }
    case DomainColumn:
        return OpenDataWorkflow::domainLabel(text(demand, "domain"));
    case TitleColumn:
        return text(demand, "title");
    case DemanderColumn:
        return text(demand, "demander");
    case DepartmentColumn:
        return m_names.departments.value(text(demand, "provider_code"), text(demand, "provider_code"));
    case ReceivedColumn:
        return text(demand, "received_on");
    }
    return {};
}

QVariant OpenDataListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case LeftColumn:
        return tr("Remaining");
    case StateColumn:
        return tr("State");
    case DomainColumn:
        return tr("Domain");
    case TitleColumn:
        return tr("Data wanted");
    case DemanderColumn:
        return tr("Asked by");
    case DepartmentColumn:
        return tr("Answering department");
    case ReceivedColumn:
        return tr("Received");
    }
    return {};
}

} // namespace xs
