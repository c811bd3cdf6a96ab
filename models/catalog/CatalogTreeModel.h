#pragma once

#include <QAbstractItemModel>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace xs {

/// Department → resources → data items, loaded as the tree opens: departments first (with how
/// many resources each provides), a department's resources a page at a time (canFetchMore /
/// fetchMore, keyset on name and id), a resource's items when it is expanded.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // department code, entry id or item id
        KindRole,                  // "department", "entry" or "item"
    };
    static constexpr int PageSize = 200;

    explicit CatalogTreeModel(QSqlDatabase database, QObject* parent = nullptr);
    ~CatalogTreeModel() override;

    /// Reads the departments again and forgets everything loaded below them.
    void reload();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    std::vector<std::unique_ptr<Node>> loadChildren(Node& node);

    QSqlDatabase m_database;
    std::unique_ptr<Node> m_root;
    bool m_notifying = false;
};

} // namespace xs
