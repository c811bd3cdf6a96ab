#pragma once

#include "models/catalog/CatalogRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xs {

/// 一数一源 issues: each data item that more than one department declares as its authoritative
/// source, with the departments and how many entries claim it.
class OneSourceConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdentifierColumn,
        DepartmentsColumn,
        EntriesColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryIdsRole = Qt::UserRole + 1, // QStringList: the entries that claim the item
    };

    explicit OneSourceConflictModel(QObject* parent = nullptr);

    /// departmentNames: code → name, for display.
    void setConflicts(const QList<OneSourceConflict>& conflicts,
                      const QHash<QString, QString>& departmentNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OneSourceConflict> m_conflicts;
    QHash<QString, QString> m_departmentNames;
};

} // namespace xs
