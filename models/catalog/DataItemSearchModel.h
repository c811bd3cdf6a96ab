#pragma once

#include "models/common/KeysetPagedModel.h"
#include "models/storage/PreparedQuery.h" // SqlCondition

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace xs {

struct DataItemHit
{
    QString id; // the data item's
    qint64 rowid = 0;
    QString name;
    QString identifier;
    QString entryId;
    QString entryName;
    QString departmentCode;
};

/// Data items found by their name, identifier or description (the pair index of migration 0033),
/// each with the resource that holds it, a page at a time in index order. Deleted items and items
/// of deleted resources are left out. An empty search lists nothing: a province has millions.
class DataItemSearchModel : public KeysetPagedModel<DataItemHit>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdentifierColumn,
        EntryColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        ItemIdRole,
    };

    static constexpr int PageSize = 200;

    explicit DataItemSearchModel(QSqlDatabase database, QObject* parent = nullptr, int pageSize = PageSize);

    /// Searches again (whitespace separates terms, each must match; quotes keep a phrase whole).
    void setText(const QString& text);
    QString text() const { return m_text; }
    /// Department names for the tooltips (code → name).
    void setDepartmentNames(QHash<QString, QString> names) { m_departmentNames = std::move(names); }

    /// The FTS5 expression for text: each term a phrase of character pairs, a one-character term a
    /// prefix query. Empty when nothing in text can be searched (only punctuation, say).
    static QString matchExpression(const QString& text);
    /// One page of hits after a rowid: rowid, item id, name, identifier, entry id, entry name,
    /// department code. The model and the benchmark run this statement.
    static SqlCondition page(const QString& match, int limit, std::optional<qint64> afterRowid);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<DataItemHit> readRows(const DataItemHit* after, int limit, DatabaseError* error) const override;

private:
    QSqlDatabase m_database;
    QString m_text;
    QString m_match;
    QHash<QString, QString> m_departmentNames;
};

} // namespace xs
