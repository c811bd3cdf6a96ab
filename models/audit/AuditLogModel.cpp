#include "models/audit/AuditLogModel.h"

#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/storage/SqlStatement.h"

#include <QScopedValueRollback>

namespace xs {

namespace {

const QString Columns = QStringLiteral("seq, at, actor, origin, entity, record_id, action, field, old_value, "
                                       "new_value, reason");

} // namespace

AuditLogModel::AuditLogModel(QSqlDatabase database, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_pageSize(std::max(1, pageSize))
{}

QString AuditLogModel::actionLabel(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("command"))
        return tr("Workflow step");
    if (action == QLatin1String("received"))
        return tr("Received from the hub");
    if (action == QLatin1String("received_batch"))
        return tr("Received from the hub (batch)");
    if (action == QLatin1String("received_delete"))
        return tr("Deleted on the hub");
    if (action == QLatin1String("rejected"))
        return tr("Refused by the hub");
    return action;
}

QString AuditLogModel::whereClause(QVariantList* bindings) const
{
    QStringList conditions{QStringLiteral("1")};
    if (!m_filter.entity.isEmpty()) {
        conditions << QStringLiteral("entity = ?");
        bindings->append(m_filter.entity);
    }
    if (!m_filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        bindings->append(m_filter.actor);
    }
    if (m_filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        bindings->append(m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        bindings->append(m_filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (!m_filter.text.trimmed().isEmpty()) {
        // instr, not LIKE: the user's % and _ are text, not wildcards.
        conditions << QStringLiteral(
            "(instr(record_id, ?) OR instr(coalesce(field, ''), ?) OR "
            "instr(coalesce(old_value, ''), ?) OR instr(coalesce(new_value, ''), ?) OR "
            "instr(coalesce(reason, ''), ?))");
        for (int i = 0; i < 5; ++i)
            bindings->append(m_filter.text.trimmed());
    }
    return conditions.join(QStringLiteral(" AND "));
}

QList<QStringList> AuditLogModel::load(qint64 beforeSeq, int limit, DatabaseError* error) const
{
    QVariantList bindings;
    QString where = whereClause(&bindings);
    if (beforeSeq > 0) {
        where += QStringLiteral(" AND seq < ?");
        bindings.append(beforeSeq);
    }
    const QString sql =
        QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY seq DESC%3")
            .arg(Columns, where, limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
    SqlStatement statement(m_database, sql);
    for (int index = 0; index < bindings.size(); ++index)
        statement.bind(index + 1, bindings.at(index));
    QList<QStringList> rows;
    while (statement.next()) {
        QStringList row;
        row.reserve(ColumnCount);
        for (int column = 0; column < ColumnCount; ++column)
            row << statement.text(column);
        rows << row;
    }
    if (statement.error().isError())
        *error = statement.error();
    return rows;
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_filter = filter;
    m_error = {};
    m_rows = load(0, m_pageSize + 1, &m_error);
    m_hasMore = m_rows.size() > m_pageSize;
    if (m_hasMore)
        m_rows.removeLast();
    endResetModel();
}

QList<QStringList> AuditLogModel::allRows(DatabaseError* error) const
{
    QList<QStringList> rows = load(0, 0, error);
    for (QStringList& row : rows) {
        row[OriginColumn] = row[OriginColumn] == QLatin1String("hub") ? tr("Hub") : tr("This computer");
        row[EntityColumn] = entityLabel(row[EntityColumn]);
        row[ActionColumn] = actionLabel(row[ActionColumn]);
    }
    return rows;
}

QStringList AuditLogModel::headers() const
{
    QStringList list;
    for (int column = 0; column < ColumnCount; ++column)
        list << headerData(column, Qt::Horizontal).toString();
    return list;
}

QStringList AuditLogModel::distinct(const QString& column) const
{
    QStringList values;
    if (column != QLatin1String("entity") && column != QLatin1String("actor"))
        return values;
    SqlStatement statement(m_database,
                           QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column));
    while (statement.next())
        values << statement.text(0);
    return values;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString& value = m_rows.at(index.row()).at(index.column());
    if (role == Qt::ToolTipRole)
        return index.column() >= OldValueColumn ? value : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        return at.isValid() ? Clock::chinaTime(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : value;
    }
    case OriginColumn:
        return value == QLatin1String("hub") ? tr("Hub") : tr("This computer");
    case EntityColumn:
        return entityLabel(value);
    case ActionColumn:
        return actionLabel(value);
    case FieldColumn: {
        const QString entity = m_rows.at(index.row()).at(EntityColumn);
        if (m_rows.at(index.row()).at(ActionColumn) == QLatin1String("received_batch"))
            return tr("Sync cursor");
        return fieldLabel(entity, value);
    }
    case ReasonColumn:
        // A batch row keeps the number of records as its reason (see SyncApplier).
        if (m_rows.at(index.row()).at(ActionColumn) == QLatin1String("received_batch"))
            return tr("%n record(s) in this cursor range", "", value.toInt());
        return value;
    default:
        return value;
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case OriginColumn:
        return tr("Origin");
    case EntityColumn:
        return tr("Kind of record");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_notifying;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QScopedValueRollback notifying(m_notifying, true);
    QList<QStringList> more = load(m_rows.constLast().at(SeqColumn).toLongLong(), m_pageSize + 1, &m_error);
    m_hasMore = more.size() > m_pageSize;
    if (m_hasMore)
        more.removeLast();
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += std::move(more);
    endInsertRows();
}

} // namespace xs
