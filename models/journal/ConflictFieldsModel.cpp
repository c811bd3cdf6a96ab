#include "models/journal/ConflictFieldsModel.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"

namespace xs {

namespace {

QString recordPresence(const RecordState& record)
{
    return record.deleted ? ConflictFieldsModel::tr("Deleted") : ConflictFieldsModel::tr("Kept (edited)");
}

} // namespace

ConflictFieldsModel::ConflictFieldsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ConflictFieldsModel::setConflict(const ConflictRecord& conflict, const RecordState& local)
{
    beginResetModel();
    m_conflictId = conflict.id;
    m_rows.clear();
    if (conflict.deleteConflict)
        m_rows.append({DeletedKey, tr("The record itself"), recordPresence(conflict.base),
                       recordPresence(local), recordPresence(conflict.hub), true, std::nullopt});
    QList<Row> merged;
    if (const EntitySchema* entity = findEntity(conflict.entity)) {
        for (const FieldSchema& field : entity->fields) {
            const QJsonValue base = conflict.base.fields.value(field.name);
            const QJsonValue mine = local.fields.value(field.name);
            const QJsonValue theirs = conflict.hub.fields.value(field.name);
            const bool conflicting = conflict.fields.contains(field.name);
            if (!conflicting && base == mine && base == theirs)
                continue;
            Row row{field.name,           fieldLabel(conflict.entity, field.name),
                    displayValue(base),   displayValue(mine),
                    displayValue(theirs), conflicting,
                    std::nullopt};
            (conflicting ? m_rows : merged).append(row);
        }
    }
    m_rows.append(merged);
    endResetModel();
    emit choicesChanged();
}

bool ConflictFieldsModel::isComplete() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row& row) { return !row.needsChoice || row.choice.has_value(); });
}

QHash<QString, SyncApplier::Take> ConflictFieldsModel::choices() const
{
    QHash<QString, SyncApplier::Take> result;
    for (const Row& row : m_rows) {
        if (row.needsChoice && row.choice)
            result.insert(row.key, *row.choice);
    }
    return result;
}

void ConflictFieldsModel::chooseAll(SyncApplier::Take take)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).needsChoice)
            choose(row, take);
    }
}

void ConflictFieldsModel::choose(int row, SyncApplier::Take take)
{
    Row& target = m_rows[row];
    if (!target.needsChoice || target.choice == take)
        return;
    target.choice = take;
    emit dataChanged(index(row, LocalColumn), index(row, HubColumn), {Qt::CheckStateRole});
    emit choicesChanged();
}

int ConflictFieldsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictFieldsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case FieldColumn:
            return role == Qt::ToolTipRole && !row.needsChoice
                       ? tr("Merged by itself: only one side changed it")
                       : QVariant(row.label);
        case BaseColumn:
            return row.base;
        case LocalColumn:
            return row.local;
        case HubColumn:
            return row.hub;
        }
        break;
    case Qt::CheckStateRole:
        if (row.needsChoice && (column == LocalColumn || column == HubColumn)) {
            const SyncApplier::Take side =
                column == LocalColumn ? SyncApplier::Take::Local : SyncApplier::Take::Hub;
            return row.choice == side ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case NeedsChoiceRole:
        return row.needsChoice;
    case Qt::AccessibleDescriptionRole:
        return row.needsChoice ? tr("Conflict: choose this computer's value or the hub's")
                               : tr("Merged by itself");
    }
    return {};
}

bool ConflictFieldsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    // Ticking a side chooses it; unticking a side chooses the other one. Never neither.
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    const bool localColumn = index.column() == LocalColumn;
    choose(index.row(), localColumn == checked ? SyncApplier::Take::Local : SyncApplier::Take::Hub);
    return true;
}

Qt::ItemFlags ConflictFieldsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_rows.at(index.row()).needsChoice && (index.column() == LocalColumn || index.column() == HubColumn))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant ConflictFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BaseColumn:
        return tr("Last agreed");
    case LocalColumn:
        return tr("This computer");
    case HubColumn:
        return tr("Hub");
    }
    return {};
}

} // namespace xs
