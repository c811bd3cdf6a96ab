// 来源信息系统 (source_system), the field added to the catalog entry by its definition, a migration
// and the translations only: an older database upgrades, the form offers it, files carry it, search
// finds it, the history keeps it, and it syncs through the real hub, which keeps its limit.
#include "app/Localization.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogRecordTypes.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/io/CatalogExporter.h"
#include "models/catalog/io/CatalogImporter.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/journal/ChangeJournal.h"
#include "models/storage/Migrator.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"
#include "ui/common/RecordForm.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {

const QString DepartmentCode = QStringLiteral("430000027");
const QString SourceSystem = QStringLiteral("湖南省不动产登记信息平台");
const QString Field = QStringLiteral("source_system");

qint64 scalar(QSqlDatabase database, const QString& sql)
{
    QSqlQuery query(database);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

/// The ids of the live entries a search in the catalog's search box finds.
QStringList found(QSqlDatabase database, const QString& text)
{
    CatalogFilter filter;
    filter.text = text;
    filter.sort = CatalogSort::Relevance;
    // Told of the index's backlog, as the catalog's models are (a first sync indexes afterwards).
    const SqlCondition condition = CatalogQuery::where(CatalogSearchBacklog(database).withBacklog(filter));
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT e.id FROM catalog_entry e WHERE e.deleted = 0 AND ") +
                  condition.sql + QStringLiteral(" ORDER BY e.id"));
    for (const QVariant& value : condition.bindings)
        query.addBindValue(value);
    QStringList ids;
    if (!query.exec())
        return {QStringLiteral("<error> ") + query.lastError().text()};
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QStringList searchIndexColumns(QSqlDatabase database)
{
    QSqlQuery query(database);
    QStringList columns;
    query.exec(QStringLiteral("PRAGMA table_info(catalog_search)"));
    while (query.next())
        columns << query.value(1).toString();
    return columns;
}

} // namespace

class TestSourceSystem : public QObject
{
    Q_OBJECT

private slots:
    void olderDatabasesUpgradeAndStaySearchable();
    void theFormOffersItWhereTheDefinitionPutsIt();
    void filesCarryIt();
    void searchAndHistoryFollowIt();
    void itSyncsAndTheHubKeepsItsLimit();

private:
    QTemporaryDir m_dir;
};

void TestSourceSystem::olderDatabasesUpgradeAndStaySearchable()
{
    // A database as the release before this field left it (schema 9), with an entry and a search
    // backlog left by an interrupted first sync. Plain SQLite: a new encrypted file records its
    // cipher settings in a table of the latest schema, and the migration's SQL is the same.
    DatabaseError error;
    Database::Options options;
    options.migrate = false;
    std::unique_ptr<Database> database = Database::openPlaintextBaselineForBenchmark(
        m_dir.filePath(QStringLiteral("older.db")), options, &error);
    QVERIFY2(database, qPrintable(error.fullText()));
    const QList<Migrator::Migration> all = Migrator::bundled();
    QVERIFY(all.size() >= 10);
    QCOMPARE(all.at(9).version, 10);
    QVERIFY(!Migrator(all.mid(0, 9)).migrate(database->driver()).isError());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO catalog_entry (id, name, code, department_code, abstract, updated_at, updated_by) "
        "VALUES ('old', '长沙市公交线路信息', '101001001/000001', '430100001', '线路与站点', "
        "'2026-01-01T00:00:00Z', 'wang')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO catalog_search_backlog (singleton, indexed_through) "
                                      "VALUES (1, 0)")));
    QVERIFY(!searchIndexColumns(database->connection()).contains(Field));

    QVERIFY(!Migrator(all).migrate(database->driver()).isError());
    QCOMPARE(searchIndexColumns(database->connection()), catalogSearchColumns());
    QVERIFY(catalogSearchColumns().contains(Field));
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry "
                                                           "WHERE id = 'old' AND source_system IS NULL")),
             1);
    // The rebuilt index holds the old entry, so the backlog is closed.
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT count(*) FROM catalog_search_backlog")),
             0);
    QCOMPARE(found(database->connection(), QStringLiteral("公交线路")), QStringList{QStringLiteral("old")});
    QVERIFY(query.exec(QStringLiteral("UPDATE catalog_entry SET source_system = '长沙公交调度系统' "
                                      "WHERE id = 'old'")));
    QCOMPARE(found(database->connection(), QStringLiteral("公交调度")), QStringList{QStringLiteral("old")});
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO catalog_search (catalog_search, rank) VALUES ('integrity-check', 1)")));
}

void TestSourceSystem::theFormOffersItWhereTheDefinitionPutsIt()
{
    QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
    const QList<LabelledValue> departments{{DepartmentCode, QStringLiteral("省自然资源厅")}};
    RecordForm form(*findEntity(QStringLiteral("catalog_entry")), [&departments](const FieldSchema& field) {
        return field.vocabulary == QLatin1String("department") ? departments
                                                               : vocabularyChoices(field.vocabulary);
    });
    auto* editor = qobject_cast<QLineEdit*>(form.editorFor(Field));
    QVERIFY(editor);
    auto* layout = qobject_cast<QFormLayout*>(form.layout());
    QVERIFY(layout);
    // Its row follows the quality statement, as in the definition, under its Chinese label.
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(editor->parentWidget(), &row, &role);
    QVERIFY(row > 0);
    auto* label = qobject_cast<QLabel*>(layout->itemAt(row, QFormLayout::LabelRole)->widget());
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("来源信息系统"));
    int previousRow = -1;
    layout->getWidgetPosition(form.editorFor(QStringLiteral("quality_statement"))->parentWidget(),
                              &previousRow, &role);
    QCOMPARE(previousRow, row - 1);

    QJsonObject values = validCatalogEntry(QStringLiteral("不动产登记信息"), DepartmentCode);
    values.insert(Field, SourceSystem);
    form.setValues(values);
    QCOMPARE(editor->text(), SourceSystem);
    editor->setText(QStringLiteral("  新平台  "));
    QCOMPARE(form.values().value(Field).toString(), QStringLiteral("新平台"));
    editor->clear();
    QVERIFY(form.values().value(Field).isNull());
    // Scrolling the form over a choice it has not focused leaves the choice as it was.
    auto* grade = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("grade")));
    QVERIFY(grade);
    grade->setCurrentIndex(1); // a value the wheel could move from, either way
    const QString gradeBefore = grade->currentText();
    QWheelEvent wheel(QPointF(5, 5), grade->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(grade, &wheel);
    QCOMPARE(grade->currentText(), gradeBefore);
    QVERIFY(!wheel.isAccepted());

    // The status is the workflow's: the definition keeps it out of forms.
    QVERIFY(!form.editorFor(QStringLiteral("status")));
    QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
}

void TestSourceSystem::filesCarryIt()
{
    auto database = createDatabase(m_dir.filePath(QStringLiteral("files.db")), DatabaseKey::generate());
    QVERIFY(!DepartmentRepository(database->connection()).insert(DemoDataGenerator::departments()).isError());
    CatalogImporter importer(database->connection(), QStringLiteral("wang"), TestClock);
    const QByteArray header =
        "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率,来源信息系统\r\n";
    const QByteArray row = "不动产登记信息,101001001/000009,430100001,无条件共享,服务接口,一般数据,每日,";
    const ImportPlan plan =
        importer.plan(header + row + SourceSystem.toUtf8() + "\r\n", CatalogFileFormat::Csv);
    QVERIFY2(plan.canApply(), qPrintable(plan.fileError.message));
    QVERIFY(!importer.apply(plan, QStringLiteral("导入")).isError());
    QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry WHERE "
                                                           "source_system = '%1'")
                                                .arg(SourceSystem)),
             1);

    // Longer than the definition allows: that row is refused, with the column named.
    const ImportPlan tooLong =
        importer.plan(header + row + QString(201, QChar(u'系')).toUtf8() + "\r\n", CatalogFileFormat::Csv);
    QVERIFY(!tooLong.canApply());
    QVERIFY(!tooLong.rows.isEmpty());
    QVERIFY2(tooLong.rows.constFirst().reasons.join(' ').contains(QStringLiteral("来源信息系统")),
             qPrintable(tooLong.rows.constFirst().reasons.join(' ')));

    const QString file = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(!CatalogExporter(database->connection(), TestClock)
                 .exportTo(file, CatalogFileFormat::Csv, std::nullopt)
                 .isError());
    const QString exported = QString::fromUtf8(readFile(file));
    const QStringList lines = exported.split(QStringLiteral("\r\n"));
    QVERIFY(lines.size() >= 2);
    const QStringList headings = lines.at(0).split(QLatin1Char(','));
    const qsizetype column = headings.indexOf(QStringLiteral("来源信息系统"));
    QVERIFY2(column > 0, qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1).split(QLatin1Char(',')).value(column), SourceSystem);
}

void TestSourceSystem::searchAndHistoryFollowIt()
{
    auto database = createDatabase(m_dir.filePath(QStringLiteral("search.db")), DatabaseKey::generate());
    QVERIFY(!DepartmentRepository(database->connection()).insert(DemoDataGenerator::departments()).isError());
    CatalogRepository repository(database->connection(), QStringLiteral("wang"), TestClock);
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject values = validCatalogEntry(QStringLiteral("不动产登记信息"), DepartmentCode);
    values.insert(Field, SourceSystem);
    QVERIFY(!repository.save(id, values, {}, {}, QStringLiteral("新建")).isError());
    const QString other = ChangeJournal::newId(TestClock);
    QVERIFY(!repository
                 .save(other, validCatalogEntry(QStringLiteral("企业信用信息"), DepartmentCode), {}, {},
                       QStringLiteral("新建"))
                 .isError());

    // Three characters or more through the trigram index, fewer through the fallback.
    QCOMPARE(found(database->connection(), QStringLiteral("登记信息平台")), QStringList{id});
    QCOMPARE(found(database->connection(), QStringLiteral("平台")), QStringList{id});

    QVERIFY(
        !repository
             .save(id, {{Field, QStringLiteral("湖南省自然资源一张图")}}, {}, {}, QStringLiteral("系统更名"))
             .isError());
    QVERIFY(found(database->connection(), QStringLiteral("登记信息平台")).isEmpty());
    QCOMPARE(found(database->connection(), QStringLiteral("一张图")), QStringList{id});
    bool inHistory = false;
    for (const CatalogChange& change : repository.history(id)) {
        if (change.field == Field) {
            QCOMPARE(change.oldValue, SourceSystem);
            QCOMPARE(change.newValue, QStringLiteral("湖南省自然资源一张图"));
            QCOMPARE(change.reason, QStringLiteral("系统更名"));
            inHistory = true;
        }
    }
    QVERIFY(inHistory);
}

void TestSourceSystem::itSyncsAndTheHubKeepsItsLimit()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    HubProcess hub(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(hub.start(hubDatabase), hub.log().constData());

    TestDesktop office(m_dir.filePath(QStringLiteral("office.db")), hub, QStringLiteral("demo-cataloguer"),
                       DemoPassword);
    TestDesktop field(m_dir.filePath(QStringLiteral("field.db")), hub, QStringLiteral("demo-auditor"),
                      DemoPassword);
    QVERIFY2(office.isReady(), qPrintable(office.error()));
    QVERIFY2(field.isReady(), qPrintable(field.error()));
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject values = validCatalogEntry(QStringLiteral("不动产登记信息"), DepartmentCode);
    values.insert(Field, SourceSystem);
    QVERIFY(!office.journal().upsert(QStringLiteral("catalog_entry"), id, values).isError());
    const SyncEngine::Summary pushed = office.sync();
    QVERIFY2(!pushed.error.isError(), qPrintable(pushed.error.detail()));
    QCOMPARE(pushed.pushed, 1);

    const SyncEngine::Summary pulled = field.sync();
    QVERIFY2(!pulled.error.isError(), qPrintable(pulled.error.detail()));
    const std::optional<RecordState> copy = field.record(QStringLiteral("catalog_entry"), id);
    QVERIFY(copy);
    QCOMPARE(copy->fields.value(Field).toString(), SourceSystem);
    QCOMPARE(found(field.database().connection(), QStringLiteral("不动产登记信息平台")), QStringList{id});

    // A client that sends more than the definition allows is refused (the wire format itself
    // refuses the push: 400, naming the field by its label), and nothing is stored.
    HttpProbe probe(hub.url(), hub.caFile());
    const QString token = probe.login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!token.isEmpty());
    QJsonObject tooLong = validCatalogEntry(QStringLiteral("超长来源系统"), DepartmentCode);
    tooLong.insert(Field, QString(201, QChar(u'系')));
    QJsonObject operation =
        HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("too-long"), tooLong);
    operation.insert(QStringLiteral("op_id"), QStringLiteral("too-long-op"));
    const HttpProbe::Answer answer =
        probe.send("POST", QStringLiteral("/api/v1/push"),
                   QJsonDocument(QJsonObject{{QStringLiteral("ops"), QJsonArray{operation}}})
                       .toJson(QJsonDocument::Compact),
                   token);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.body.contains("Source information system"), answer.body.constData());
    QVERIFY(!field.sync().error.isError());
    QVERIFY(!field.record(QStringLiteral("catalog_entry"), QStringLiteral("too-long")));
}

QTEST_MAIN(TestSourceSystem)
#include "tst_sourcesystem.moc"
