#pragma once

#include "models/grants/GrantQuery.h"
#include "models/storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace xs {

/// The agreements behind a dashboard figure: what a click on a bar or a slice opens. Filtered in
/// SQL by the same GrantFilter the figure was counted with; ordered by end date (the soonest to
/// end first), then title. A province has at most thousands of agreements, so all rows are held.
class GrantListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        OperatorColumn,
        ModeColumn,
        DomainColumn,
        DivisionColumn,
        StateColumn,
        StartsColumn,
        EndsColumn,
        ProductsColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the agreement's id
        RawValueRole,              // the stored value (a code rather than its label)
    };

    struct Row
    {
        QString id;
        QString values[ColumnCount];
    };
    using Rows = QList<Row>;

    explicit GrantListModel(QSqlDatabase database, QObject* parent = nullptr);

    /// The rows a filter selects; safe on any thread with a connection of its own, so a large list
    /// can be read off the UI thread and handed to setRows().
    static Rows query(QSqlDatabase database, const GrantFilter& filter, DatabaseError* error);
    /// Reads the rows here and now (small lists, tests).
    void setFilter(const GrantFilter& filter);
    void setRows(const GrantFilter& filter, Rows rows, const DatabaseError& error);
    const GrantFilter& filter() const { return m_filter; }
    DatabaseError lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_database;
    GrantFilter m_filter;
    QList<Row> m_rows;
    DatabaseError m_error;
};

} // namespace xs
