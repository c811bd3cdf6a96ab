#pragma once

#include "models/catalog/CatalogFacetCounts.h"
#include "models/catalog/CatalogFilter.h"

#include <QAbstractItemModel>
#include <QSqlDatabase>

namespace xs {

/// The facet panel: a two-level tree of facets and their values, each value checkable and showing
/// how many resources it would give. The values are fixed when the model is built (the vocabulary,
/// the departments, the frequencies in use), so new counts only change numbers, never the tree, and
/// the view keeps its expanded groups and scroll position.
class CatalogFacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        CountColumn,
        ColumnCount,
    };
    enum Role
    {
        FacetRole = Qt::UserRole + 1, // int(CatalogFacet)
        ValueRole,                    // the stored value a choice filters by
        CountRole,                    // qint64
    };

    explicit CatalogFacetModel(QSqlDatabase database, QObject* parent = nullptr);

    /// Reads the values again (departments or frequencies may have changed); keeps choices.
    void rebuild();
    void setCounts(const CatalogFacetCounts& counts);
    QHash<CatalogFacet, QSet<QString>> chosen() const;
    void clearChoices();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString facetLabel(CatalogFacet facet);

signals:
    /// The user checked or unchecked a value.
    void choicesChanged();

private:
    struct Value
    {
        QString value;
        QString label;
        qint64 count = 0;
        bool checked = false;
    };
    struct Group
    {
        CatalogFacet facet;
        QList<Value> values;
    };

    QList<Group> buildGroups() const;

    QSqlDatabase m_database;
    QList<Group> m_groups;
};

} // namespace xs
