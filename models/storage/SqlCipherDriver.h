#pragma once

#include <QSet>
#include <QSqlDriver>
#include <QSqlField>

#include <atomic>

struct sqlite3;

namespace xs {

class SqlCipherResult;

/// QSQLCIPHER: a Qt SQL driver for the bundled SQLCipher, written against public Qt headers.
///
/// Qt's own QSQLITE plugin links the system libsqlite3, which can neither encrypt nor be allowed to
/// share a process with our SQLCipher symbols, so the app never loads it. This driver is registered
/// in-process (registerDriver()) and also accepts a connection handed over by Database, which keys
/// and configures the file before Qt sees it.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr const char* Name = "QSQLCIPHER";

    /// Makes "QSQLCIPHER" available to QSqlDatabase::addDatabase(). Safe to call more than once.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    /// Opens path and applies keySpec (SQLCipher's key syntax, e.g. x'<hex>') before anything is read.
    /// With an empty keySpec the file is plain SQLite (used only by benchmarks as the baseline).
    bool openFile(const QString& path, const QByteArray& keySpec, bool readOnly, bool create);
    /// Registers the SQL functions and the FTS5 tokenizer the schema uses (PinyinCollation,
    /// BigramTokenizer). Reads the schema, so only once the key and cipher settings are in place;
    /// open() does it itself, Database::open after its first read.
    bool registerSqlExtensions();

    /// QSqlDatabase::open(): the password, if any, is the key spec. Connect options:
    /// QSQLCIPHER_OPEN_READONLY, QSQLCIPHER_BUSY_TIMEOUT=<ms>.
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;

    bool hasFeature(DriverFeature feature) const override;
    QSqlResult* createResult() const override;
    QVariant handle() const override;
    sqlite3* nativeHandle() const { return m_db; }

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;
    bool cancelQuery() override;
    /// While *flag is true, every statement on this connection stops (SQLITE_INTERRUPT, read as
    /// DatabaseError::Kind::Cancelled) within a few thousand steps of SQLite's machine: how a read on
    /// a worker thread is cancelled by the thread that asked for it. Unlike cancelQuery(), it also
    /// stops the statements a read starts after the flag was set. nullptr: nothing cancels.
    void setCancelFlag(const std::atomic_bool* flag);

    /// Runs a script of several statements (migrations). Not for user input: nothing is bound.
    bool executeScript(const QString& sql);

private:
    friend class SqlCipherResult;
    struct TableColumn
    {
        QSqlField field;
        int keyPosition = 0; // 1-based position in the primary key, 0 if not part of it
        QString declaredType;
    };
    QList<TableColumn> tableColumns(const QString& tableName) const;
    void registerResult(SqlCipherResult* result) const;
    void unregisterResult(SqlCipherResult* result) const;
    bool executeSimple(const char* sql, const QString& what);

    sqlite3* m_db = nullptr;
    mutable QSet<SqlCipherResult*> m_results;
};

} // namespace xs
