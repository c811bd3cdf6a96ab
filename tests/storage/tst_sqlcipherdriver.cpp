// Driver conformance: QSqlQuery, QSqlQueryModel and QSqlTableModel on QSQLCIPHER.
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace xs;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bindsEveryTypeByPosition();
    void bindsByName();
    void nullsKeepTheirColumnType();
    void reexecutesPreparedStatement();
    void reportsParameterCountMismatch();
    void refusesSeveralStatementsInOneQuery();
    void errorsCarrySqliteNativeCode();
    void transactionsCommitAndRollBack();
    void batchBindsEveryRowStraightToTheStatement();
    void batchOfUnequalListsIsRefused();
    void replayableTransactionRestoresFullSync();
    void lastInsertIdAndRowsAffected();
    void scrollsBackAndForth();
    void forwardOnlyReadsOnce();
    void recordAndPrimaryIndexDescribeTable();
    void queryModelFetchesInSteps();
    void tableModelEditsUnderModelTester();
    void registeredDriverOpensByName();
    void emptyResultHasColumns();

private:
    QSqlDatabase db() const { return m_database->connection(); }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSqlCipherDriver::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QStringLiteral("driver-%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
    m_database = test::createDatabase(path, DatabaseKey::generate());
    QVERIFY(m_database);
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE sample (id INTEGER PRIMARY KEY, name TEXT, amount REAL, "
                                       "big INTEGER, payload BLOB, day DATE, stamp TEXT, flag INTEGER)")),
             qPrintable(query.lastError().text()));
}

void TestSqlCipherDriver::cleanup()
{
    m_database.reset();
}

void TestSqlCipherDriver::bindsEveryTypeByPosition()
{
    const QByteArray payload = QByteArray("\x00\x01\xff binary \x00 end", 16);
    const QDate day(2026, 10, 1);
    const QDateTime stamp(QDate(2026, 11, 28), QTime(13, 45, 12, 345), Qt::UTC);
    const qint64 big = std::numeric_limits<qint64>::max();

    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, amount, big, payload, day, stamp, flag) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)")));
    insert.addBindValue(QStringLiteral("湖南省数据局·公共数据资源目录"));
    insert.addBindValue(3.25);
    insert.addBindValue(big);
    insert.addBindValue(payload);
    insert.addBindValue(day);
    insert.addBindValue(stamp);
    insert.addBindValue(true);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QSqlQuery select(db());
    QVERIFY(select.exec(
        QStringLiteral("SELECT name, amount, big, payload, day, stamp, flag, big - 1 FROM sample")));
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("湖南省数据局·公共数据资源目录"));
    QCOMPARE(select.value(1).toDouble(), 3.25);
    QCOMPARE(select.value(2).typeId(), QMetaType::LongLong);
    QCOMPARE(select.value(2).toLongLong(), big);
    QCOMPARE(select.value(3).toByteArray(), payload);
    QCOMPARE(select.value(4).toDate(), day);
    QCOMPARE(select.value(5).toDateTime(), stamp);
    QCOMPARE(select.value(6).toBool(), true);
    QCOMPARE(select.value(7).toLongLong(), big - 1);
    QVERIFY(!select.next());
}

void TestSqlCipherDriver::bindsByName()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, big) VALUES (:name, :big)")));
    insert.bindValue(QStringLiteral(":big"), Q_INT64_C(-9007199254740993));
    insert.bindValue(QStringLiteral(":name"), QStringLiteral("株洲市"));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    QSqlQuery select(db());
    QVERIFY(select.prepare(QStringLiteral("SELECT big FROM sample WHERE name = :name AND big < :limit")));
    select.bindValue(QStringLiteral(":name"), QStringLiteral("株洲市"));
    select.bindValue(QStringLiteral(":limit"), 0);
    QVERIFY(select.exec());
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toLongLong(), Q_INT64_C(-9007199254740993));
}

void TestSqlCipherDriver::nullsKeepTheirColumnType()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, amount, payload) VALUES (?, ?, ?)")));
    insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(QVariant());
    insert.addBindValue(QByteArray()); // a null byte array is NULL, as in Qt's own drivers
    QVERIFY(insert.exec());

    QSqlQuery select(db());
    QVERIFY(select.exec(QStringLiteral("SELECT name, amount, payload, name IS NULL AND amount IS NULL AND "
                                       "payload IS NULL FROM sample")));
    QVERIFY(select.next());
    QVERIFY(select.isNull(0));
    QVERIFY(select.value(0).isNull());
    QCOMPARE(select.value(0).metaType(), QMetaType::fromType<QString>());
    QCOMPARE(select.value(1).metaType(), QMetaType::fromType<double>());
    QCOMPARE(select.value(2).metaType(), QMetaType::fromType<QByteArray>());
    QCOMPARE(select.value(3).toInt(), 1);
}

void TestSqlCipherDriver::reexecutesPreparedStatement()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, big) VALUES (?, ?)")));
    for (int i = 0; i < 100; ++i) {
        insert.bindValue(0, QStringLiteral("行%1").arg(i));
        insert.bindValue(1, i);
        QVERIFY(insert.exec());
        QCOMPARE(insert.numRowsAffected(), 1);
    }
    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*), sum(big) FROM sample")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 100);
    QCOMPARE(count.value(1).toInt(), 4950);
}

void TestSqlCipherDriver::reportsParameterCountMismatch()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, big) VALUES (?, ?)")));
    insert.addBindValue(QStringLiteral("only one"));
    QVERIFY(!insert.exec());
    QCOMPARE(insert.lastError().nativeErrorCode(), QStringLiteral("25")); // SQLITE_RANGE
}

void TestSqlCipherDriver::refusesSeveralStatementsInOneQuery()
{
    QSqlQuery query(db());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO sample (name) VALUES ('a'); DROP TABLE sample")));
    QVERIFY(db().tables().contains(QStringLiteral("sample")));
    // Trailing blanks and comments are not a second statement.
    QVERIFY2(query.exec(QStringLiteral("SELECT 1;  -- done\n")), qPrintable(query.lastError().text()));
}

void TestSqlCipherDriver::errorsCarrySqliteNativeCode()
{
    QSqlQuery query(db());
    QVERIFY(!query.exec(QStringLiteral("SELEC nonsense")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);

    QVERIFY(query.exec(QStringLiteral("CREATE TABLE unique_codes (code TEXT UNIQUE)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO unique_codes VALUES ('430100')")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO unique_codes VALUES ('430100')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
}

void TestSqlCipherDriver::batchBindsEveryRowStraightToTheStatement()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, amount, payload) VALUES (?, ?, ?)")));
    insert.addBindValue(
        QVariantList{QStringLiteral("甲"), QVariant(QMetaType::fromType<QString>()), QStringLiteral("丙")});
    insert.addBindValue(QVariantList{1.5, 2.5, QVariant(QMetaType::fromType<double>())});
    insert.addBindValue(QVariantList{QByteArray("a\0b", 3), QByteArray(), QByteArray("c")});
    QVERIFY2(insert.execBatch(), qPrintable(insert.lastError().text()));

    QSqlQuery read(db());
    QVERIFY(read.exec(QStringLiteral("SELECT name, amount, payload FROM sample ORDER BY id")));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QStringLiteral("甲"));
    QCOMPARE(read.value(1).toDouble(), 1.5);
    QCOMPARE(read.value(2).toByteArray(), QByteArray("a\0b", 3));
    QVERIFY(read.next());
    QVERIFY(read.value(0).isNull());
    QCOMPARE(read.value(1).toDouble(), 2.5);
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toString(), QStringLiteral("丙"));
    QVERIFY(read.value(1).isNull());
    QCOMPARE(read.value(2).toByteArray(), QByteArray("c"));
    QVERIFY(!read.next());
}

void TestSqlCipherDriver::batchOfUnequalListsIsRefused()
{
    QSqlQuery insert(db());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO sample (name, amount) VALUES (?, ?)")));
    insert.addBindValue(QVariantList{QStringLiteral("a"), QStringLiteral("b")});
    insert.addBindValue(QVariantList{1.0});
    QVERIFY(!insert.execBatch());
    QVERIFY(insert.lastError().isValid());
    QSqlQuery count(db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sample")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestSqlCipherDriver::replayableTransactionRestoresFullSync()
{
    const auto synchronous = [this] {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt() : -1;
    };
    constexpr int Normal = 1;
    constexpr int Full = 2;
    QCOMPARE(synchronous(), Full);
    {
        Transaction transaction(db(), QStringLiteral("replay"), Transaction::Durability::Replayable);
        QVERIFY(!transaction.begin().isError());
        QCOMPARE(synchronous(), Normal);
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sample (name) VALUES ('page')")));
        QVERIFY(!transaction.commit().isError());
    }
    QCOMPARE(synchronous(), Full);
    {
        Transaction transaction(db(), QStringLiteral("replay"), Transaction::Durability::Replayable);
        QVERIFY(!transaction.begin().isError());
        // Nested inside it, a second one is a savepoint and leaves the setting alone.
        Transaction inner(db(), QStringLiteral("inner"), Transaction::Durability::Replayable);
        QVERIFY(!inner.begin().isError());
        inner.rollback();
        QCOMPARE(synchronous(), Normal);
    } // rolled back by the destructor
    QCOMPARE(synchronous(), Full);
}

void TestSqlCipherDriver::transactionsCommitAndRollBack()
{
    QVERIFY(db().transaction());
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sample (name) VALUES ('kept')")));
    QVERIFY(db().commit());

    QVERIFY(db().transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sample (name) VALUES ('discarded')")));
    QVERIFY(db().rollback());

    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(name) FROM sample")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    QVERIFY(!db().commit()); // no transaction is open
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sample (id, name) VALUES (41, 'a')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sample (name) VALUES ('b')")));
    QCOMPARE(query.lastInsertId().toLongLong(), 42);
    QVERIFY(query.exec(QStringLiteral("UPDATE sample SET flag = 1")));
    QCOMPARE(query.numRowsAffected(), 2);
    QVERIFY(query.exec(QStringLiteral("UPDATE sample SET flag = 1 WHERE id = 999")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t2 (x)")));
    QCOMPARE(query.numRowsAffected(), 0);
}

void TestSqlCipherDriver::scrollsBackAndForth()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
                       "SELECT i FROM n")));
    QCOMPARE(query.size(), -1);
    QVERIFY(query.seek(4));
    QCOMPARE(query.value(0).toInt(), 5);
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toInt(), 4);
    QVERIFY(query.last());
    QCOMPARE(query.value(0).toInt(), 10);
    QCOMPARE(query.at(), 9);
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(!query.seek(10));
    QVERIFY(query.seek(2));
    QCOMPARE(query.value(0).toInt(), 3);
}

void TestSqlCipherDriver::forwardOnlyReadsOnce()
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    QVERIFY(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) "
                       "SELECT i FROM n")));
    int sum = 0;
    while (query.next())
        sum += query.value(0).toInt();
    QCOMPARE(sum, 15);
    QVERIFY(!query.isValid());
    query.finish();
    QVERIFY(!query.isActive());
}

void TestSqlCipherDriver::recordAndPrimaryIndexDescribeTable()
{
    const QSqlRecord record = db().record(QStringLiteral("sample"));
    QCOMPARE(record.count(), 8);
    QCOMPARE(record.field(QStringLiteral("id")).metaType(), QMetaType::fromType<qlonglong>());
    QVERIFY(record.field(QStringLiteral("id")).isAutoValue());
    QCOMPARE(record.field(QStringLiteral("amount")).metaType(), QMetaType::fromType<double>());
    QCOMPARE(record.field(QStringLiteral("payload")).metaType(), QMetaType::fromType<QByteArray>());
    const QSqlIndex key = db().primaryIndex(QStringLiteral("sample"));
    QCOMPARE(key.count(), 1);
    QCOMPARE(key.fieldName(0), QStringLiteral("id"));
    QVERIFY(db().tables().contains(QStringLiteral("meta")));
    QVERIFY(db().record(QStringLiteral("no_such_table")).isEmpty());
}

void TestSqlCipherDriver::queryModelFetchesInSteps()
{
    QSqlQuery fill(db());
    QVERIFY(fill.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                       "INSERT INTO sample (name, big) SELECT '资源' || i, i FROM n")));
    QSqlQueryModel model;
    // Qt 6.4's QSqlQueryModel::setQuery() calls fetchMore() between beginResetModel() and
    // endResetModel() for drivers without QuerySize (Qt's QSQLITE included), which the tester
    // rightly flags. So the tester joins after the first query and watches every fetch after it.
    model.setQuery(QStringLiteral("SELECT id, name, big FROM sample ORDER BY id"), db());
    QVERIFY(!model.lastError().isValid());
    QCOMPARE(model.rowCount(), 256); // no QuerySize: the model fetches in steps
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.canFetchMore());
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(999, 1)).toString(), QStringLiteral("资源1000"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
}

void TestSqlCipherDriver::tableModelEditsUnderModelTester()
{
    QSqlQuery fill(db());
    QVERIFY(fill.exec(
        QStringLiteral("INSERT INTO sample (id, name, big) VALUES (1, '长沙', 10), (2, '株洲', 20), "
                       "(3, '湘潭', 30)")));
    QSqlTableModel model(nullptr, db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(QStringLiteral("sample"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 3);

    const int nameColumn = model.fieldIndex(QStringLiteral("name"));
    QVERIFY(model.setData(model.index(1, nameColumn), QStringLiteral("株洲市")));
    QVERIFY(model.removeRow(2));
    const int newRow = model.rowCount();
    QVERIFY(model.insertRow(newRow));
    QVERIFY(model.setData(model.index(newRow, nameColumn), QStringLiteral("衡阳")));
    QVERIFY(model.setData(model.index(newRow, model.fieldIndex(QStringLiteral("big"))), 40));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

    QSqlQuery check(db());
    QVERIFY(check.exec(
        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sample ORDER BY id)")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("长沙,株洲市,衡阳"));

    model.setFilter(QStringLiteral("big >= 20"));
    QVERIFY(model.select());
    QCOMPARE(model.rowCount(), 2);
    model.setSort(model.fieldIndex(QStringLiteral("big")), Qt::DescendingOrder);
    QVERIFY(model.select());
    QCOMPARE(model.data(model.index(0, nameColumn)).toString(), QStringLiteral("衡阳"));

    // A failed submit (a constraint violation) reports SQLite's code and keeps the edit pending.
    QVERIFY(check.exec(QStringLiteral("CREATE UNIQUE INDEX sample_name ON sample (name)")));
    QVERIFY(model.setData(model.index(0, nameColumn), QStringLiteral("长沙")));
    QVERIFY(!model.submitAll());
    QCOMPARE(model.lastError().nativeErrorCode(), QStringLiteral("2067"));
    QVERIFY(model.isDirty());
    model.revertAll();
}

void TestSqlCipherDriver::registeredDriverOpensByName()
{
    SqlCipherDriver::registerDriver();
    QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));
    const QString path = m_dir.filePath(QStringLiteral("by-name.db"));
    const QString keySpec = QStringLiteral("x'%1'").arg(QString::fromLatin1(DatabaseKey::generate().toHex()));
    {
        QSqlDatabase byName =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("by-name"));
        byName.setDatabaseName(path);
        byName.setPassword(keySpec);
        byName.setConnectOptions(QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=100"));
        QVERIFY2(byName.open(), qPrintable(byName.lastError().text()));
        QSqlQuery query(byName);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('secret')")));
        byName.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-name"));
    QVERIFY(!test::readFile(path).contains("secret"));
    QVERIFY(!test::readFile(path).startsWith("SQLite format 3"));
}

void TestSqlCipherDriver::emptyResultHasColumns()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM sample WHERE 0")));
    QVERIFY(query.isSelect());
    QCOMPARE(query.record().count(), 2);
    QVERIFY(!query.next());
    QVERIFY(!query.last());
}

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
