#include "models/catalog/CatalogFacetModel.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/UpdateFrequencies.h"

#include <QSqlQuery>

namespace xs {

namespace {

// Internal ids: 0 for a facet row, 1 + group for a value row (its parent's row is the group).
constexpr quintptr FacetRow = 0;

} // namespace

CatalogFacetModel::CatalogFacetModel(QSqlDatabase database, QObject* parent)
    : QAbstractItemModel(parent)
    , m_database(std::move(database))
{
    rebuild();
}

QString CatalogFacetModel::facetLabel(CatalogFacet facet)
{
    switch (facet) {
    case CatalogFacet::Department:
        return tr("Provider department");
    case CatalogFacet::Catalog:
        return tr("Catalog");
    case CatalogFacet::Grade:
        return tr("Data grade");
    case CatalogFacet::ShareAttribute:
        return tr("Sharing attribute");
    case CatalogFacet::OpenAttribute:
        return tr("Open attribute");
    case CatalogFacet::Frequency:
        return tr("Update frequency");
    case CatalogFacet::Status:
        return tr("Status");
    case CatalogFacet::Overdue:
        return tr("Timeliness");
    }
    return {};
}

QList<CatalogFacetModel::Group> CatalogFacetModel::buildGroups() const
{
    auto fromVocabulary = [](const QStringList& values) {
        QList<Value> list;
        for (const QString& value : values)
            list.append({value, CatalogVocabulary::label(value)});
        return list;
    };
    QList<Group> groups;
    for (const CatalogFacet facet : allCatalogFacets())
        groups.append({facet, {}});
    QSqlQuery departments(m_database);
    departments.setForwardOnly(true);
    if (departments.exec(QStringLiteral("SELECT d.code, d.name FROM department d LEFT JOIN division v ON "
                                        "v.code = d.division_code WHERE d.deleted = 0 "
                                        "ORDER BY v.sort_order, d.kind, d.sort_order, d.code"))) {
        while (departments.next())
            groups[0].values.append({departments.value(0).toString(), departments.value(1).toString()});
    }
    using CatalogVocabulary::Catalog;
    for (const Catalog catalog : {Catalog::Share, Catalog::Open, Catalog::Authorized})
        groups[1].values.append(
            {CatalogVocabulary::catalogKey(catalog), CatalogVocabulary::catalogLabel(catalog)});
    groups[2].values = fromVocabulary(CatalogVocabulary::grades());
    groups[3].values = fromVocabulary(CatalogVocabulary::shareAttributes());
    groups[4].values = fromVocabulary(CatalogVocabulary::openAttributes());
    groups[5].values = fromVocabulary(UpdateFrequencies::load(m_database).allNames());
    groups[6].values = fromVocabulary(CatalogVocabulary::statuses());
    groups[7].values = {{QStringLiteral("overdue"), tr("Overdue")},
                        {QStringLiteral("current"), tr("Up to date")}};
    return groups;
}

void CatalogFacetModel::rebuild()
{
    const QHash<CatalogFacet, QSet<QString>> kept = chosen();
    beginResetModel();
    m_groups = buildGroups();
    for (Group& group : m_groups) {
        for (Value& value : group.values)
            value.checked = kept.value(group.facet).contains(value.value);
    }
    endResetModel();
}

void CatalogFacetModel::setCounts(const CatalogFacetCounts& counts)
{
    for (qsizetype row = 0; row < m_groups.size(); ++row) {
        Group& group = m_groups[row];
        const QHash<QString, qint64> byValue = counts.counts.value(group.facet);
        for (Value& value : group.values)
            value.count = byValue.value(value.value);
        if (!group.values.isEmpty()) {
            const QModelIndex parent = index(int(row), 0);
            emit dataChanged(index(0, 0, parent), index(int(group.values.size() - 1), CountColumn, parent));
        }
    }
}

QHash<CatalogFacet, QSet<QString>> CatalogFacetModel::chosen() const
{
    QHash<CatalogFacet, QSet<QString>> result;
    for (const Group& group : m_groups) {
        for (const Value& value : group.values) {
            if (value.checked)
                result[group.facet].insert(value.value);
        }
    }
    return result;
}

void CatalogFacetModel::clearChoices()
{
    bool changed = false;
    for (qsizetype row = 0; row < m_groups.size(); ++row) {
        for (qsizetype child = 0; child < m_groups[row].values.size(); ++child) {
            Value& value = m_groups[row].values[child];
            if (!value.checked)
                continue;
            value.checked = false;
            changed = true;
            const QModelIndex changedIndex = index(int(child), LabelColumn, index(int(row), 0));
            emit dataChanged(changedIndex, changedIndex, {Qt::CheckStateRole});
        }
    }
    if (changed)
        emit choicesChanged();
}

QModelIndex CatalogFacetModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, FacetRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CatalogFacetModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == FacetRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, FacetRow);
}

int CatalogFacetModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == FacetRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).values.size());
    return 0;
}

int CatalogFacetModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CatalogFacetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == FacetRow) {
        const Group& group = m_groups.at(index.row());
        if (role == FacetRole)
            return int(group.facet);
        if (role == Qt::DisplayRole && index.column() == LabelColumn)
            return facetLabel(group.facet);
        return {};
    }
    const Group& group = m_groups.at(int(index.internalId() - 1));
    const Value& value = group.values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? QVariant(value.label) : QVariant(QString::number(value.count));
    case Qt::CheckStateRole:
        if (index.column() == LabelColumn)
            return value.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FacetRole:
        return int(group.facet);
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

bool CatalogFacetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.internalId() == FacetRow || index.column() != LabelColumn)
        return false;
    Value& target = m_groups[int(index.internalId() - 1)].values[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    if (target.checked == checked)
        return true;
    target.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choicesChanged();
    return true;
}

Qt::ItemFlags CatalogFacetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == FacetRow)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == LabelColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CatalogFacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Filter") : tr("Count");
}

} // namespace xs
