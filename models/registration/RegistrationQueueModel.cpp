#include "models/registration/RegistrationQueueModel.h"

#include "models/registration/FirstRegistrationDeadline.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/storage/SqlStatement.h"

namespace xs {

RegistrationQueueModel::RegistrationQueueModel(QSqlDatabase database, WorkingCalendar calendar,
                                               QObject* parent, int pageSize)
    : KeysetPagedModel(pageSize, parent)
    , m_database(std::move(database))
    , m_calendar(std::move(calendar))
{}

QString RegistrationQueueModel::applicantSummary(const QString& firstName, int applicants)
{
    if (applicants <= 0)
        return {};
    return applicants == 1 ? firstName : tr("%1 and %n more", nullptr, applicants - 1).arg(firstName);
}

void RegistrationQueueModel::setFilter(const QueueFilter& filter)
{
    loadFirstPage([&] { m_filter = filter; });
}

void RegistrationQueueModel::setCalendar(WorkingCalendar calendar)
{
    m_calendar = std::move(calendar);
    forEachRowInMemory([](const Row& row) {
        row.remainingKnown = false; // the cache of working days left is mutable
    });
    if (rowCount() > 0)
        emit dataChanged(index(0, DeadlineColumn), index(rowCount() - 1, RemainingColumn));
}

void RegistrationQueueModel::setRules(DeadlineRules rules)
{
    m_rules = std::move(rules);
    if (rowCount() > 0)
        emit dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
}

void RegistrationQueueModel::reload()
{
    reloadKeepingRows();
}

QList<RegistrationQueueModel::Row> RegistrationQueueModel::readRows(const Row* after, int limit,
                                                                    DatabaseError* error) const
{
    std::optional<std::pair<QString, QString>> position;
    if (after)
        position = std::make_pair(after->sortKey, after->id);
    const RegistrationQueueQuery::Statement page = RegistrationQueueQuery::page(m_filter, limit, position);
    SqlStatement statement(m_database, page.sql);
    for (int index = 0; index < page.bindings.size(); ++index)
        statement.bind(index + 1, page.bindings.at(index));
    QList<Row> rows;
    rows.reserve(limit);
    while (statement.next()) {
        Row row;
        row.id = statement.text(0);
        row.sortKey = statement.text(1);
        row.number = statement.text(2);
        row.type = statement.text(3);
        row.applicant = statement.text(4);
        row.applicants = int(statement.integer(5));
        row.dataName = statement.text(6);
        row.state = statement.text(7);
        row.deadline = QDate::fromString(statement.text(8), Qt::ISODate);
        row.assignee = statement.text(9);
        row.expiresOn = QDate::fromString(statement.text(10), Qt::ISODate);
        row.provisional = statement.integer(11) != 0;
        row.movedFrom = QDate::fromString(statement.text(12), Qt::ISODate);
        row.submittedOn = QDate::fromString(statement.text(13), Qt::ISODate);
        row.operationStart = QDate::fromString(statement.text(14), Qt::ISODate);
        rows.append(std::move(row));
    }
    *error = statement.error();
    return rows;
}

StepDeadline RegistrationQueueModel::deadlineOf(const Row& row) const
{
    StepDeadline deadline;
    deadline.date = row.deadline;
    deadline.provisional = row.provisional;
    deadline.movedFrom = row.movedFrom;
    deadline.countedFrom = m_filter.today;
    return deadline;
}

std::optional<WorkdayCount> RegistrationQueueModel::remaining(const Row& row) const
{
    // Asked for the rows on screen only, and computed once per row.
    if (!row.deadline.isValid() || !RegistrationVocabulary::hasRunningClock(row.state))
        return std::nullopt;
    if (!row.remainingKnown) {
        row.remaining = m_calendar.workdaysBetween(m_filter.today, row.deadline);
        row.remainingKnown = true;
    }
    return row.remaining;
}

RegistrationQueueModel::Urgency RegistrationQueueModel::urgency(const Row& row) const
{
    if (!row.deadline.isValid() || !RegistrationVocabulary::hasRunningClock(row.state))
        return Urgency::None;
    return deadlineUrgency(row.deadline, m_filter.today,
                           row.deadline > m_filter.today ? remaining(row) : std::nullopt);
}

int RegistrationQueueModel::workdaysLate(const Row& row) const
{
    return FirstRegistrationDeadline::workdaysLate(row.operationStart, row.submittedOn, m_rules, m_calendar);
}

int RegistrationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationQueueModel::data(const QModelIndex& index, int role) const
{
    const Row* found = index.isValid() ? find(index.row()) : nullptr;
    if (!found)
        return {};
    const Row& row = *found;
    switch (role) {
    case IdRole:
        return row.id;
    case UrgencyRole:
        return int(urgency(row));
    case StepDeadlineRole:
        return row.deadline;
    case RemainingWorkdaysRole: {
        const std::optional<WorkdayCount> left = remaining(row);
        return left ? QVariant(left->days) : QVariant();
    }
    case ProvisionalRole:
        return row.provisional;
    case MovedFromRole:
        return row.movedFrom;
    case FiledLateRole:
        return workdaysLate(row);
    case Qt::ToolTipRole:
        if ((index.column() == RemainingColumn || index.column() == DeadlineColumn) &&
            row.deadline.isValid() && RegistrationVocabulary::hasRunningClock(row.state)) {
            if (const QString explanation = deadlineOf(row).explanation(m_calendar); !explanation.isEmpty())
                return explanation;
        }
        if (index.column() == TypeColumn && row.operationStart.isValid()) {
            const QDate due = FirstRegistrationDeadline::dueOn(row.operationStart, m_rules, m_calendar).date;
            if (const int late = workdaysLate(row); late > 0)
                return tr("Operation started on %1; the first registration was due by %2 and came %n working "
                          "day(s) late.",
                          nullptr, late)
                    .arg(row.operationStart.toString(Qt::ISODate), due.toString(Qt::ISODate));
            return tr("Operation started on %1; the first registration was due by %2.")
                .arg(row.operationStart.toString(Qt::ISODate), due.toString(Qt::ISODate));
        }
        if (index.column() == DeadlineColumn && row.state == QLatin1String("registered"))
            return tr("Registration valid until %1").arg(row.expiresOn.toString(Qt::ISODate));
        return index.column() == DataNameColumn ? row.dataName : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RemainingColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ApplicantColumn:
        return applicantSummary(row.applicant, row.applicants);
    case TypeColumn:
        // A first registration filed after its 20 working days says so where the type is read.
        return workdaysLate(row) > 0 ? tr("%1 (late)").arg(RegistrationVocabulary::typeLabel(row.type))
                                     : RegistrationVocabulary::typeLabel(row.type);
    case DataNameColumn:
        return row.dataName;
    case StateColumn:
        return RegistrationVocabulary::stateLabel(row.state);
    case DeadlineColumn:
        if (row.deadline.isValid())
            return deadlineOf(row).markedText();
        return row.state == QLatin1String("registered") ? row.expiresOn.toString(Qt::ISODate) : QString();
    case RemainingColumn: {
        if (!row.deadline.isValid() || !RegistrationVocabulary::hasRunningClock(row.state))
            return {};
        const std::optional<WorkdayCount> left = remaining(row);
        if (!left)
            return {};
        return workdaysLeftText(left->days);
    }
    case AssigneeColumn:
        return row.assignee;
    }
    return {};
}

QVariant RegistrationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ApplicantColumn:
        return tr("Applicant");
    case TypeColumn:
        return tr("Type");
    case DataNameColumn:
        return tr("Data name");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Deadline");
    case RemainingColumn:
        return tr("Remaining");
    case AssigneeColumn:
        return tr("Assignee");
    }
    return {};
}

void RegistrationQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column != DeadlineColumn && column != RemainingColumn)
        return;
    QueueFilter filter = m_filter;
    filter.descending = order == Qt::DescendingOrder;
    if (filter.descending != m_filter.descending)
        setFilter(filter);
}

} // namespace xs
