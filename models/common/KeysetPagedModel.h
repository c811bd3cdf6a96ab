#pragma once

#include "models/storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QScopedValueRollback>

#include <algorithm>
#include <functional>

namespace xs {

/// The paging every long list shares (the catalog table, the registration queue, data item
/// search): rows come a page at a time, each page read after the last row of the one before
/// (keyset paging: page 2,000 costs what page 1 costs), as the view scrolls to them.
///
/// Memory stays bounded however far the view scrolls: the model keeps the rows of a few pages
/// (the ones the view asked for last) and, for every page, only its last row: the keyset position
/// the next page is read after. A page the view comes back to is read again from the page before's
/// last row. With a million rows that is 5,000 positions instead of a million rows.
///
/// The pages after the first may be read elsewhere too (a worker's connection: under a plan that
/// sorts every match, each page takes seconds at a million rows): fetchMore() then hands the read
/// over (readNextPageElsewhere()) and the rows come back through appendPageReadElsewhere().
///
/// A subclass says how rows are read and shows them; a row has an id. A template so each list
/// keeps its own compact row type; the subclass declares Q_OBJECT, and the meta-object chain goes
/// straight to QAbstractTableModel.
template <typename Row>
class KeysetPagedModel : public QAbstractTableModel
{
public:
    /// Pages kept in memory by default: a screen or two of rows either side of the view, at
    /// 200 rows a page.
    static constexpr int DefaultPagesInMemory = 16;

    /// The last read's error, if it failed (the model then holds the rows read before it).
    DatabaseError lastError() const { return m_error; }
    int pageSize() const { return m_pageSize; }
    /// Rows held in memory now (at most pagesInMemory pages, plus one position per page).
    qsizetype rowsInMemory() const
    {
        qsizetype rows = 0;
        for (const Page& page : m_inMemory)
            rows += page.rows.size();
        return rows;
    }
    /// The id of a row (empty outside the list).
    QString idAt(int row) const
    {
        const Row* found = find(row);
        return found ? found->id : QString();
    }
    /// The row of an id among the rows in memory (the pages around what the view shows), or -1.
    int rowOf(const QString& id) const
    {
        for (auto page = m_inMemory.cbegin(); page != m_inMemory.cend(); ++page) {
            for (qsizetype offset = 0; offset < page->rows.size(); ++offset) {
                if (page->rows.at(offset).id == id)
                    return page.key() * m_pageSize + int(offset);
            }
        }
        return -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }

    /// False while a page read elsewhere is on its way: a loop of fetchMore() until there is no
    /// more must wait for isReadingNextPage() to end.
    bool canFetchMore(const QModelIndex& parent) const override
    {
        // Views and the model tester ask during resets and inserts; a fetch then would nest
        // notifications.
        return !parent.isValid() && m_hasMore && !m_notifying && !m_readingNextPage;
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent) || m_pageEnds.isEmpty())
            return;
        if (readNextPageElsewhere(m_pageEnds.constLast(), m_pageSize + 1, m_listNumber)) {
            m_readingNextPage = true;
            return;
        }
        const QScopedValueRollback notifying(m_notifying, true);
        QList<Row> more = readPageHere(&m_pageEnds.constLast());
        if (more.isEmpty())
            return;
        beginInsertRows({}, m_rowCount, m_rowCount + int(more.size()) - 1);
        append(std::move(more));
        endInsertRows();
    }

    /// fetchMore() handed a page to be read elsewhere and it has not come yet.
    bool isReadingNextPage() const { return m_readingNextPage; }

protected:
    KeysetPagedModel(int pageSize, QObject* parent, int pagesInMemory = DefaultPagesInMemory)
        : QAbstractTableModel(parent)
        , m_pageSize(std::max(1, pageSize))
        , m_pagesInMemory(std::max(2, pagesInMemory)) // a row handed out stays while the next is read
    {}

    /// Up to limit rows after `after` in the list's order (from the start when null); an error
    /// sets *error. The base asks for one row more than a page when it reads on, to know whether
    /// there is more. Called from data() too (a page read again), hence const.
    virtual QList<Row> readRows(const Row* after, int limit, DatabaseError* error) const = 0;

    /// Asks for up to limit rows after `after` to be read elsewhere, for appendPageReadElsewhere()
    /// with the same list number; false reads them here instead (readRows()). The list number
    /// changes with every reset, so a page read for rows no longer shown is known when it comes.
    virtual bool readNextPageElsewhere(const Row& after, int limit, quint64 listNumber)
    {
        Q_UNUSED(after)
        Q_UNUSED(limit)
        Q_UNUSED(listNumber)
        return false;
    }

    /// A page asked for by readNextPageElsewhere(): the rows as readRows() gives them, or the error
    /// that stopped the read (the list then ends there, as a failed read here ends it). Appended
    /// if the list is still the one it was read for (returns true), dropped otherwise.
    bool appendPageReadElsewhere(quint64 listNumber, QList<Row> rows, const DatabaseError& error)
    {
        if (listNumber != m_listNumber || !m_readingNextPage)
            return false;
        m_readingNextPage = false;
        m_error = error;
        QList<Row> more = trimmed(error.isError() ? QList<Row>() : std::move(rows));
        if (more.isEmpty())
            return true;
        const QScopedValueRollback notifying(m_notifying, true);
        beginInsertRows({}, m_rowCount, m_rowCount + int(more.size()) - 1);
        append(std::move(more));
        endInsertRows();
        return true;
    }

    /// Starts again at the first page, as one reset; change (a new filter or order) is made inside
    /// the reset, so views never see the old rows under the new filter.
    void loadFirstPage(const std::function<void()>& change = {})
    {
        startAgain([this] { return readPageHere(nullptr); }, change);
    }

    /// loadFirstPage() with rows read elsewhere (a worker's connection, so the UI thread does not
    /// wait on a slow first page): up to pageSize() + 1 rows from the start, as readRows() gives
    /// them, or the error that stopped the read.
    void showFirstPage(QList<Row> rows, const DatabaseError& error, const std::function<void()>& change = {})
    {
        startAgain(
            [&] {
                m_error = error;
                return trimmed(error.isError() ? QList<Row>() : std::move(rows));
            },
            change);
    }

    /// Reads again, keeping as many rows as there were (after an edit or a sync), as one reset.
    /// Every page up to there is read for its position; the pages that were in memory (around
    /// where the view is) stay, so the owner finds the row it selects again with rowOf().
    void reloadKeepingRows(const std::function<void()>& change = {})
    {
        const int wanted = std::max(m_rowCount, m_pageSize);
        const QList<int> wasInMemory = m_inMemory.keys();
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        if (change)
            change();
        clear();
        append(readPageHere(nullptr), wasInMemory.isEmpty() || wasInMemory.contains(0));
        while (m_hasMore && m_rowCount < wanted)
            append(readPageHere(&m_pageEnds.constLast()), wasInMemory.contains(int(m_pageEnds.size())));
        endResetModel();
    }

    /// A row, read again with its page if that page has left memory; null outside the list or
    /// if the page cannot be read (lastError() says why). Valid until the next row is asked for.
    const Row* find(int row) const
    {
        if (row < 0 || row >= m_rowCount)
            return nullptr;
        const QList<Row>& rows = page(row / m_pageSize);
        const qsizetype offset = row % m_pageSize;
        return offset < rows.size() ? &rows.at(offset) : nullptr;
    }
    /// find(), with an empty row where there is none.
    const Row& rowAt(int row) const
    {
        const Row* found = find(row);
        return found ? *found : m_noRow;
    }
    /// Each row in memory (for caches kept in rows, which a page read again starts without).
    template <typename Visit>
    void forEachRowInMemory(Visit visit) const
    {
        for (const Page& page : m_inMemory) {
            for (const Row& row : page.rows)
                visit(row);
        }
    }

private:
    struct Page
    {
        QList<Row> rows;
        quint64 lastUse = 0;
    };

    void startAgain(const std::function<QList<Row>()>& firstPage, const std::function<void()>& change)
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        if (change)
            change();
        clear();
        append(firstPage());
        endResetModel();
    }

    QList<Row> readPageHere(const Row* after)
    {
        m_error = {};
        QList<Row> rows = readRows(after, m_pageSize + 1, &m_error);
        return trimmed(m_error.isError() ? QList<Row>() : std::move(rows));
    }

    /// A page read with one row more than it holds: the extra row says there is more.
    QList<Row> trimmed(QList<Row> rows)
    {
        m_hasMore = rows.size() > m_pageSize;
        if (m_hasMore)
            rows.resize(m_pageSize);
        return rows;
    }

    void clear()
    {
        m_inMemory.clear();
        m_pageEnds.clear();
        m_rowCount = 0;
        ++m_listNumber; // a page still being read elsewhere is for the list that was
        m_readingNextPage = false;
    }

    /// Adds a page read after the last one; its rows stay in memory unless told otherwise.
    void append(QList<Row> rows, bool inMemory = true)
    {
        if (rows.isEmpty())
            return;
        m_pageEnds.append(rows.constLast());
        m_rowCount += int(rows.size());
        if (inMemory)
            keep(int(m_pageEnds.size()) - 1, std::move(rows));
    }

    const QList<Row>& page(int index) const
    {
        if (auto found = m_inMemory.find(index); found != m_inMemory.end()) {
            found->lastUse = ++m_uses;
            return found->rows;
        }
        // Read again after the page before's last row, as many rows as the page had. If the
        // data changed meanwhile the page shows it as it is now, until the owner reloads.
        const int rowsInPage = std::min(m_pageSize, m_rowCount - index * m_pageSize);
        DatabaseError error;
        QList<Row> rows = readRows(index == 0 ? nullptr : &m_pageEnds.at(index - 1), rowsInPage, &error);
        if (error.isError()) {
            m_error = error;
            rows.clear(); // kept empty, so a page that cannot be read is not read on every paint
        }
        rows.resize(std::min<qsizetype>(rows.size(), rowsInPage));
        return keep(index, std::move(rows));
    }

    const QList<Row>& keep(int index, QList<Row> rows) const
    {
        if (m_inMemory.size() >= m_pagesInMemory) {
            auto oldest = m_inMemory.begin();
            for (auto candidate = m_inMemory.begin(); candidate != m_inMemory.end(); ++candidate) {
                if (candidate->lastUse < oldest->lastUse)
                    oldest = candidate;
            }
            m_inMemory.erase(oldest);
        }
        return m_inMemory.insert(index, Page{std::move(rows), ++m_uses})->rows;
    }

    // The pages in memory, by index; mutable because data() reads a page back in.
    mutable QHash<int, Page> m_inMemory;
    mutable quint64 m_uses = 0;
    mutable DatabaseError m_error;
    QList<Row> m_pageEnds; // the last row of every page: where the next page starts
    int m_rowCount = 0;
    bool m_hasMore = false;
    bool m_notifying = false;
    quint64 m_listNumber = 0;       // changes with every reset (clear())
    bool m_readingNextPage = false; // handed to readNextPageElsewhere(), not come yet
    int m_pageSize = 1;
    int m_pagesInMemory = DefaultPagesInMemory;
    Row m_noRow;
};

} // namespace xs
