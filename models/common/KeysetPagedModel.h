#pragma once

#include "models/storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QList>
#include <QScopedValueRollback>

#include <algorithm>
#include <functional>

namespace xs {

/// The paging every long list shares (the catalog table, the registration queue): rows come a page
/// at a time, each page read after the last row loaded (keyset paging: page 2,000 costs what page 1
/// costs), as the view scrolls to them. A subclass says how one page is read and shows its rows;
/// a row has an id.
///
/// A template so each list keeps its own compact row type; the subclass declares Q_OBJECT, and
/// the meta-object chain goes straight to QAbstractTableModel.
template <typename Row>
class KeysetPagedModel : public QAbstractTableModel
{
public:
    /// The last read's error, if it failed (the model then holds the rows read before it).
    DatabaseError lastError() const { return m_error; }
    int pageSize() const { return m_pageSize; }
    /// The id of a loaded row (empty outside them), and the row of an id among those loaded (-1).
    QString idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString(); }
    int rowOf(const QString& id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        // Views and the model tester ask during resets and inserts; a fetch then would nest
        // notifications.
        return !parent.isValid() && m_hasMore && !m_notifying;
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent) || m_rows.isEmpty())
            return;
        const QScopedValueRollback notifying(m_notifying, true);
        QList<Row> more = readPage(&m_rows.constLast());
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
        m_rows += std::move(more);
        endInsertRows();
    }

protected:
    KeysetPagedModel(int pageSize, QObject* parent)
        : QAbstractTableModel(parent)
        , m_pageSize(std::max(1, pageSize))
    {}

    /// Up to limit rows after `after` in the list's order (from the start when null); an error
    /// sets *error. The base asks for one row more than a page, to know whether there is more.
    virtual QList<Row> readRows(const Row* after, int limit, DatabaseError* error) = 0;

    /// Starts again at the first page, as one reset; change (a new filter or order) is made inside
    /// the reset, so views never see the old rows under the new filter.
    void loadFirstPage(const std::function<void()>& change = {})
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        if (change)
            change();
        m_rows = readPage(nullptr);
        endResetModel();
    }

    /// Reads again, keeping as many rows as were loaded (after an edit or a sync), as one reset.
    void reloadKeepingRows(const std::function<void()>& change = {})
    {
        const qsizetype wanted = std::max<qsizetype>(m_rows.size(), m_pageSize);
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        if (change)
            change();
        m_rows = readPage(nullptr);
        while (m_hasMore && m_rows.size() < wanted)
            m_rows += readPage(&m_rows.constLast());
        endResetModel();
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row& rowAt(int row) const { return m_rows.at(row); }

private:
    QList<Row> readPage(const Row* after)
    {
        m_error = {};
        QList<Row> page = readRows(after, m_pageSize + 1, &m_error);
        if (m_error.isError())
            page.clear();
        m_hasMore = page.size() > m_pageSize;
        if (m_hasMore)
            page.resize(m_pageSize);
        return page;
    }

    QList<Row> m_rows;
    bool m_hasMore = false;
    bool m_notifying = false;
    int m_pageSize = 1;
    DatabaseError m_error;
};

} // namespace xs
