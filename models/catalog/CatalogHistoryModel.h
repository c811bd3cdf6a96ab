#pragma once

#include "models/catalog/CatalogRepository.h"

#include <QAbstractTableModel>

namespace xs {

/// The history of one resource as a diff: newest change first, one row per changed field with
/// its old and new value, who, when and why. Each row is also a version the entry can go back to.
class CatalogHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ReasonColumn,
        ColumnCount,
    };
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1, // qint64: the history row, for CatalogRepository::restore
        ItemChangeRole,                  // bool: a data item's change (not restorable from here)
    };

    explicit CatalogHistoryModel(QObject* parent = nullptr);

    void setChanges(const QList<CatalogChange>& changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "name" → 目录名称 (translated); item.name → 数据项·中文名称.
    static QString fieldLabel(const QString& field);

private:
    QList<CatalogChange> m_changes;
};

} // namespace xs
