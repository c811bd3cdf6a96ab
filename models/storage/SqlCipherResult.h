#pragma once

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace xs {

class SqlCipherDriver;

/// One statement on a QSQLCIPHER connection. Rows are read lazily with sqlite3_step; unless the
/// query is forward-only they are kept, so seek() and previous() work (QSqlCachedResult, which
/// Qt's own drivers use for this, is private API).
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    /// Called by the driver when its connection closes: the statement must not outlive it.
    void finalizeStatement();

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    /// Runs the statement once per row of the bound lists, binding each value straight to the
    /// statement: QSqlResult's fallback rebinds every value through its named-placeholder map,
    /// which costs more than the insert itself when a sync writes thousands of rows.
    bool execBatch(bool arrayBind) override;

    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;

    QVariant data(int column) override;
    bool isNull(int column) override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    using Row = QList<QVariant>;

    /// Resets the statement, binds `parameters` (if any) and steps it once.
    bool execute(const QList<QVariant>* parameters);
    bool bindParameters(const QList<QVariant>& values);
    /// Steps the statement once. Returns a row, or nothing at the end or on error.
    std::optional<Row> stepRow();
    Row readCurrentRow() const;
    QVariant columnValue(int column) const;
    void buildRecord();
    void clearRows();
    const Row* currentRow() const;

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_statement = nullptr;
    QSqlRecord m_record;
    QList<Row> m_rows;             // rows read so far (scrollable queries)
    Row m_forwardRow;              // the current row (forward-only queries)
    std::optional<Row> m_firstRow; // stepped by exec() to detect errors early
    bool m_exhausted = true;
    int m_rowsRead = 0;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
    QList<QByteArray> m_boundBytes; // text and BLOB parameters, bound without a copy
};

} // namespace xs
