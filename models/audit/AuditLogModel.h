#pragma once

#include "models/storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace xs {

/// Which audit records to show: all filters combine; empty ones do not filter.
struct AuditFilter
{
    QString entity;
    QString actor; // exact user name
    QString text;  // in the record id, field, old or new value, or reason
    QDate from;    // inclusive, by the record's time (UTC)
    QDate to;      // inclusive
};

/// The audit trail, newest first, a page at a time (keyset on the record number), filtered in SQL.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        OriginColumn,
        EntityColumn,
        RecordColumn,
        ActionColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        ColumnCount,
    };
    static constexpr int PageSize = 300;

    explicit AuditLogModel(QSqlDatabase database, QObject* parent = nullptr, int pageSize = PageSize);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    DatabaseError lastError() const { return m_error; }

    /// Every record matching the filter (not only those loaded), for export: header and rows as text.
    QList<QStringList> allRows(DatabaseError* error) const;
    QStringList headers() const;
    /// The entities and actors present, for the filter lists.
    QStringList distinct(const QString& column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString actionLabel(const QString& action);

private:
    QString whereClause(QVariantList* bindings) const;
    QList<QStringList> load(qint64 beforeSeq, int limit, DatabaseError* error) const;

    QSqlDatabase m_database;
    AuditFilter m_filter;
    QList<QStringList> m_rows; // the columns as stored (labels are applied when shown)
    bool m_hasMore = false;
    bool m_notifying = false;
    int m_pageSize = PageSize;
    DatabaseError m_error;
};

} // namespace xs
