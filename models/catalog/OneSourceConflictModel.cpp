#include "models/catalog/OneSourceConflictModel.h"

namespace xs {

OneSourceConflictModel::OneSourceConflictModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OneSourceConflictModel::setConflicts(const QList<OneSourceConflict>& conflicts,
                                          const QHash<QString, QString>& departmentNames)
{
    beginResetModel();
    m_conflicts = conflicts;
    m_departmentNames = departmentNames;
    endResetModel();
}

int OneSourceConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int OneSourceConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OneSourceConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OneSourceConflict& conflict = m_conflicts.at(index.row());
    if (role == EntryIdsRole)
        return conflict.entryIds;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdentifierColumn:
        return conflict.identifier;
    case DepartmentsColumn: {
        QStringList names;
        for (const QString& code : conflict.departmentCodes)
            names.append(m_departmentNames.value(code, code));
        return names.join(QStringLiteral("、"));
    }
    case EntriesColumn:
        return int(conflict.entryIds.size());
    default:
        return {};
    }
}

QVariant OneSourceConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdentifierColumn:
        return tr("Data item");
    case DepartmentsColumn:
        return tr("Departments claiming to be its source");
    case EntriesColumn:
        return tr("Entries");
    default:
        return {};
    }
}

} // namespace xs
