#include "models/catalog/DataItemSearchModel.h"

#include "models/catalog/CatalogQuery.h"
#include "models/storage/SqlStatement.h"

#include <algorithm>

namespace xs {

DataItemSearchModel::DataItemSearchModel(QSqlDatabase database, QObject* parent, int pageSize)
    : KeysetPagedModel(pageSize, parent)
    , m_database(std::move(database))
{}

void DataItemSearchModel::setText(const QString& text)
{
    loadFirstPage([&] {
        m_text = text;
        m_match = matchExpression(text);
    });
}

QString DataItemSearchModel::matchExpression(const QString& text)
{
    QStringList phrases;
    for (const QString& term : CatalogQuery::terms(text)) {
        // Counted as the tokenizer counts: letters and digits, by code point.
        const QList<uint> codePoints = term.toUcs4();
        const auto characters = std::count_if(codePoints.cbegin(), codePoints.cend(),
                                              [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
        if (characters == 0)
            continue; // punctuation alone: the tokenizer gives it no token, so it cannot be searched
        // Text the user typed never becomes syntax: it is an FTS5 string, quotes doubled.
        QString quoted = term;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"') +
                       (characters == 1 ? QLatin1String(" *") : QLatin1String("")));
    }
    return phrases.join(QLatin1String(" AND "));
}

SqlCondition DataItemSearchModel::page(const QString& match, int limit, std::optional<qint64> afterRowid)
{
    // The index gives its matches in rowid order, so LIMIT stops the walk after one page; the
    // joins look up each hit's item and resource by key.
    SqlCondition page;
    page.sql =
        QStringLiteral("SELECT s.rowid, i.id, i.name, i.identifier, i.entry_id, e.name, e.department_code "
                       "FROM data_item_search s JOIN data_item i ON i.rowid = s.rowid "
                       "JOIN catalog_entry e ON e.id = i.entry_id "
                       "WHERE data_item_search MATCH ? AND s.rowid > ? AND i.deleted = 0 AND e.deleted = 0 "
                       "ORDER BY s.rowid LIMIT %1")
            .arg(limit);
    page.bindings = {match, afterRowid.value_or(0)};
    return page;
}

QList<DataItemHit> DataItemSearchModel::readRows(const DataItemHit* after, int limit,
                                                 DatabaseError* error) const
{
    QList<DataItemHit> hits;
    if (m_match.isEmpty())
        return hits;
    const SqlCondition query =
        page(m_match, limit, after ? std::optional<qint64>(after->rowid) : std::nullopt);
    SqlStatement statement(m_database, query.sql);
    for (int index = 0; index < query.bindings.size(); ++index)
        statement.bind(index + 1, query.bindings.at(index));
    while (statement.next()) {
        DataItemHit hit;
        hit.rowid = statement.integer(0);
        hit.id = statement.text(1);
        hit.name = statement.text(2);
        hit.identifier = statement.text(3);
        hit.entryId = statement.text(4);
        hit.entryName = statement.text(5);
        hit.departmentCode = statement.text(6);
        hits.append(std::move(hit));
    }
    *error = statement.error();
    return hits;
}

int DataItemSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataItemSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DataItemHit& hit = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return hit.name;
        case IdentifierColumn:
            return hit.identifier;
        case EntryColumn:
            return hit.entryName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2) in %3, %4")
            .arg(hit.name, hit.identifier, hit.entryName,
                 m_departmentNames.value(hit.departmentCode, hit.departmentCode));
    case EntryIdRole:
        return hit.entryId;
    case ItemIdRole:
        return hit.id;
    default:
        return {};
    }
}

QVariant DataItemSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Data item");
    case IdentifierColumn:
        return tr("Identifier");
    case EntryColumn:
        return tr("Resource");
    default:
        return {};
    }
}

} // namespace xs
