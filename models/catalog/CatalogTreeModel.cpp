#include "models/catalog/CatalogTreeModel.h"

#include <QScopedValueRollback>
#include <QSqlQuery>

namespace xs {

struct CatalogTreeModel::Node
{
    enum class Kind
    {
        Root,
        Department,
        Entry,
        Item,
    };
    Kind kind = Kind::Root;
    QString id;
    QString label;
    QString detail;        // resources' count, a resource's code, an item's identifier
    qint64 childCount = 0; // known before loading (departments' resources)
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    bool complete = false; // every child is loaded
    QByteArray lastKey;    // keyset position of the last loaded child (the name's pinyin key)
    qint64 lastRowid = 0;  // 0: nothing loaded yet
};

CatalogTreeModel::CatalogTreeModel(QSqlDatabase database, QObject* parent)
    : QAbstractItemModel(parent)
    , m_database(std::move(database))
    , m_root(std::make_unique<Node>())
{
    reload();
}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::reload()
{
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->children = loadChildren(*m_root);
    m_root->complete = true;
    endResetModel();
}

std::vector<std::unique_ptr<CatalogTreeModel::Node>> CatalogTreeModel::loadChildren(Node& node)
{
    std::vector<std::unique_ptr<Node>> loaded;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    switch (node.kind) {
    case Node::Kind::Root:
        query.exec(QStringLiteral("SELECT d.code, d.name, (SELECT count(*) FROM catalog_entry e WHERE "
                                  "e.department_code = d.code AND "
                                  "e.deleted = 0) FROM department d LEFT JOIN division v ON v.code = "
                                  "d.division_code WHERE d.deleted = 0 "
                                  "ORDER BY v.sort_order, d.kind, d.sort_order"));
        break;
    case Node::Kind::Department:
        // In pinyin order, as the catalog table sorts names.
        query.prepare(QStringLiteral("SELECT e.id, coalesce(e.name, ''), e.code, e.name_pinyin, e.rowid "
                                     "FROM catalog_entry e WHERE e.department_code = ? AND e.deleted = 0 %1 "
                                     "ORDER BY e.name_pinyin, e.rowid LIMIT %2")
                          .arg(node.lastRowid > 0
                                   ? QStringLiteral("AND (e.name_pinyin, e.rowid) > (coalesce(?, x''), ?)")
                                   : QString())
                          .arg(PageSize));
        query.addBindValue(node.id);
        if (node.lastRowid > 0) {
            query.addBindValue(node.lastKey);
            query.addBindValue(node.lastRowid);
        }
        query.exec();
        break;
    case Node::Kind::Entry:
        query.prepare(
            QStringLiteral("SELECT id, name, identifier FROM data_item WHERE entry_id = ? AND deleted = 0 "
                           "ORDER BY position, id"));
        query.addBindValue(node.id);
        query.exec();
        break;
    case Node::Kind::Item:
        return loaded;
    }
    const Node::Kind childKind = node.kind == Node::Kind::Root         ? Node::Kind::Department
                                 : node.kind == Node::Kind::Department ? Node::Kind::Entry
                                                                       : Node::Kind::Item;
    QByteArray lastKey;
    qint64 lastRowid = 0;
    while (query.next()) {
        if (childKind == Node::Kind::Entry) {
            lastKey = query.value(3).toByteArray(); // an empty key may read as null: coalesced above
            lastRowid = query.value(4).toLongLong();
        }
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = query.value(0).toString();
        child->label = query.value(1).toString();
        if (childKind == Node::Kind::Department) {
            child->childCount = query.value(2).toLongLong();
            child->detail = QString::number(child->childCount);
        } else {
            child->detail = query.value(2).toString();
        }
        child->parent = &node;
        child->row = int(node.children.size() + loaded.size());
        loaded.push_back(std::move(child));
    }
    if (node.kind == Node::Kind::Department) {
        if (!loaded.empty()) {
            node.lastKey = lastKey;
            node.lastRowid = lastRowid;
        }
        node.complete = loaded.size() < size_t(PageSize);
    } else {
        node.complete = true;
    }
    return loaded;
}

CatalogTreeModel::Node* CatalogTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

bool CatalogTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    switch (node->kind) {
    case Node::Kind::Root:
        return !node->children.empty();
    case Node::Kind::Department:
        return node->childCount > 0;
    case Node::Kind::Entry:
        return !node->complete || !node->children.empty();
    case Node::Kind::Item:
        return false;
    }
    return false;
}

bool CatalogTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0 || m_notifying)
        return false;
    const Node* node = nodeOf(parent);
    return node->kind != Node::Kind::Item && !node->complete;
}

void CatalogTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* node = nodeOf(parent);
    std::vector<std::unique_ptr<Node>> loaded = loadChildren(*node);
    if (loaded.empty())
        return;
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows(parent, int(node->children.size()), int(node->children.size() + loaded.size() - 1));
    for (std::unique_ptr<Node>& child : loaded)
        node->children.push_back(std::move(child));
    endInsertRows();
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? node->label : node->detail;
    case IdRole:
        return node->id;
    case KindRole:
        switch (node->kind) {
        case Node::Kind::Department:
            return QStringLiteral("department");
        case Node::Kind::Entry:
            return QStringLiteral("entry");
        case Node::Kind::Item:
            return QStringLiteral("item");
        case Node::Kind::Root:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Department / resource / data item") : tr("Resources / code / identifier");
}

} // namespace xs
