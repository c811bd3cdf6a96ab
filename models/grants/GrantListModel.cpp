#include "models/grants/GrantListModel.h"

#include "models/grants/GrantVocabulary.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

GrantListModel::GrantListModel(QSqlDatabase database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
{}

GrantListModel::Rows GrantListModel::query(QSqlDatabase database, const GrantFilter& filter,
                                           DatabaseError* error)
{
    Rows rows;
    const SqlCondition where = GrantQuery::where(filter);
    QSqlQuery query(database);
    if (runPrepared(
            query,
            QStringLiteral("SELECT a.id, coalesce(a.title, ''), coalesce(o.name, ''), a.mode, a.domain, "
                           "coalesce(v.short_name, a.division_code), a.state, a.starts_on, a.ends_on, "
                           "(SELECT count(*) FROM grant_product p WHERE p.agreement_id = a.id "
                           "AND p.deleted = 0) "
                           "FROM grant_agreement a LEFT JOIN grant_operator o ON o.id = a.operator_id "
                           "AND o.deleted = 0 LEFT JOIN division v ON v.code = a.division_code WHERE %1 "
                           "ORDER BY coalesce(a.ends_on, '9999-12-31'), a.title, a.id")
                .arg(where.sql),
            where.bindings, error)) {
        while (query.next()) {
            Row row;
            row.id = query.value(0).toString();
            for (int column = 0; column < ColumnCount; ++column)
                row.values[column] = query.value(column + 1).toString();
            rows.append(row);
        }
    }
    return rows;
}

void GrantListModel::setFilter(const GrantFilter& filter)
{
    DatabaseError error;
    Rows rows = query(m_database, filter, &error);
    setRows(filter, std::move(rows), error);
}

void GrantListModel::setRows(const GrantFilter& filter, Rows rows, const DatabaseError& error)
{
    beginResetModel();
    m_filter = filter;
    m_rows = std::move(rows);
    m_error = error;
    endResetModel();
}

int GrantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GrantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QString& value = row.values[index.column()];
    switch (role) {
    case IdRole:
        return row.id;
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return index.column() == ProductsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModeColumn:
            return GrantVocabulary::modeLabel(value);
        case StateColumn:
            return GrantVocabulary::agreementStateLabel(value);
        case ProductsColumn:
            return value.toInt();
        default:
            return value;
        }
    default:
        return {};
    }
}

QVariant GrantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Agreement");
    case OperatorColumn:
        return tr("Operator");
    case ModeColumn:
        return tr("Mode");
    case DomainColumn:
        return tr("Domain");
    case DivisionColumn:
        return tr("City or prefecture");
    case StateColumn:
        return tr("State");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case ProductsColumn:
        return tr("Products");
    }
    return {};
}

} // namespace xs
