#include "models/sharing/SharingQueueModel.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/sharing/SharingWorkflow.h"

#include <algorithm>
#include <tuple>

namespace xs {

namespace {

QString text(const RecordState& request, const char* name)
{
    return request.fields.value(QLatin1String(name)).toString();
}

bool isOpen(const RecordState& request)
{
    const QString state = text(request, "state");
    return state != QLatin1String("refused") && state != QLatin1String("delivered") &&
           state != QLatin1String("withdrawn");
}

} // namespace

SharingQueueModel::SharingQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SharingQueueModel::setRequests(const QList<RecordState>& requests, const QDate& today,
                                    const WorkingCalendar& calendar, Names names)
{
    beginResetModel();
    m_names = std::move(names);
    m_calendar = calendar;
    m_all.clear();
    for (const RecordState& request : requests) {
        if (request.deleted)
            continue;
        Row row;
        row.request = request;
        if (const QString field = SharingWorkflow::runningDeadlineField(request.fields); !field.isEmpty()) {
            const bool delivery = field == QLatin1String("delivery_due_on");
            row.deadline =
                QueueDeadline::of(QDate::fromString(request.fields.value(field).toString(), Qt::ISODate),
                                  request.fields
                                      .value(delivery ? QStringLiteral("delivery_due_provisional")
                                                      : QStringLiteral("reply_due_provisional"))
                                      .toBool(),
                                  today, calendar);
        }
        row.overdue = SharingWorkflow::isOverdue(request.fields, today);
        m_all.append(row);
    }
    // Soonest running deadline first; then those waiting on nobody's clock (material asked, closed),
    // the latest asked first.
    std::sort(m_all.begin(), m_all.end(), [](const Row& a, const Row& b) {
        return std::tuple(!a.deadline.due.date.isValid(), a.deadline.due.date,
                          text(b.request, "submitted_on"),
                          a.request.id) < std::tuple(!b.deadline.due.date.isValid(), b.deadline.due.date,
                                                     text(a.request, "submitted_on"), b.request.id);
    });
    applyFilter();
    endResetModel();
}

void SharingQueueModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

bool SharingQueueModel::onSide(const Row& row) const
{
    if (m_filter.department.isEmpty())
        return true;
    const bool provides = text(row.request, "provider_code") == m_filter.department;
    const bool asked = text(row.request, "requester_code") == m_filter.department;
    switch (m_filter.side) {
    case Side::ToAnswer:
        return provides;
    case Side::Asked:
        return asked;
    case Side::All:
        return provides || asked;
    }
    return false;
}

void SharingQueueModel::applyFilter()
{
    m_shown.clear();
    for (const Row& row : m_all) {
        if (!onSide(row) || (m_filter.openOnly && !isOpen(row.request)) ||
            (m_filter.overdueOnly && !row.overdue))
            continue;
        m_shown.append(&row);
    }
}

const RecordState* SharingQueueModel::request(const QString& id) const
{
    for (const Row& row : m_all) {
        if (row.request.id == id)
            return &row.request;
    }
    return nullptr;
}

int SharingQueueModel::sideCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [this](const Row& row) { return onSide(row); }));
}

int SharingQueueModel::overdueCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [this](const Row& row) { return row.overdue && onSide(row); }));
}

QString SharingQueueModel::entryName(const QString& entryId) const
{
    return m_names.entries.value(entryId, entryId);
}

QString SharingQueueModel::departmentName(const QString& code) const
{
    return m_names.departments.value(code, code);
}

int SharingQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SharingQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharingQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_shown.at(index.row());
    const RecordState& request = row.request;
    if (role == IdRole)
        return request.id;
    if (role == UrgencyRole)
        return int(row.deadline.urgency);
    if (role == Qt::TextAlignmentRole && index.column() == LeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == DueColumn || index.column() == LeftColumn)) {
        const QString field = SharingWorkflow::runningDeadlineField(request.fields);
        if (field.isEmpty())
            return {};
        const int extension = request.fields.value(QStringLiteral("extension_days")).toInt();
        QString rule =
            field == QLatin1String("delivery_due_on")
                ? tr("Delivery within %1 working days of approval.").arg(SharingWorkflow::DeliveryDays)
            : extension > 0 ? tr("Reply within %1 working days, extended once by %2.")
                                  .arg(SharingWorkflow::replyDays(text(request, "share_attribute")))
                                  .arg(extension)
                            : tr("Reply within %1 working day(s).")
                                  .arg(SharingWorkflow::replyDays(text(request, "share_attribute")));
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
    case StateColumn:
        return SharingWorkflow::stateLabel(text(request, "state"));
    case ResourceColumn:
        return entryName(text(request, "entry_id"));
    case RequesterColumn:
        return departmentName(text(request, "requester_code"));
    case ProviderColumn:
        return departmentName(text(request, "provider_code"));
    case AttributeColumn:
        return CatalogVocabulary::label(text(request, "share_attribute"));
    case SubmittedColumn:
        return text(request, "submitted_on");
    }
    return {};
}

QVariant SharingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ResourceColumn:
        return tr("Resource");
    case RequesterColumn:
        return tr("Requested by");
    case ProviderColumn:
        return tr("Provider");
    case AttributeColumn:
        return tr("Sharing");
    case SubmittedColumn:
        return tr("Submitted");
    }
    return {};
}

} // namespace xs
