#include "CatalogWorkload.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xs::bench {

namespace {

const QStringList Departments = {
    QStringLiteral("湖南省公安厅"),           QStringLiteral("湖南省自然资源厅"),
    QStringLiteral("湖南省卫生健康委员会"),   QStringLiteral("湖南省市场监督管理局"),
    QStringLiteral("湖南省交通运输厅"),       QStringLiteral("湖南省教育厅"),
    QStringLiteral("长沙市数据局"),           QStringLiteral("株洲市公安局"),
    QStringLiteral("湘潭市自然资源和规划局"), QStringLiteral("衡阳市人力资源和社会保障局"),
    QStringLiteral("岳阳市市场监督管理局"),   QStringLiteral("湘西土家族苗族自治州数据局")};
const QStringList Subjects = {
    QStringLiteral("不动产登记"),   QStringLiteral("企业信用"), QStringLiteral("医疗机构"),
    QStringLiteral("道路运输"),     QStringLiteral("学籍"),     QStringLiteral("社会保险参保"),
    QStringLiteral("户籍人口"),     QStringLiteral("气象观测"), QStringLiteral("公共交通线路"),
    QStringLiteral("食品经营许可"), QStringLiteral("药品零售"), QStringLiteral("地理信息")};
const QStringList Kinds = {QStringLiteral("信息"), QStringLiteral("目录"), QStringLiteral("统计"),
                           QStringLiteral("明细"), QStringLiteral("台账"), QStringLiteral("名录")};
const QStringList Formats = {QStringLiteral("数据库"), QStringLiteral("电子表格"), QStringLiteral("接口"),
                             QStringLiteral("文件")};
const QStringList Frequencies = {QStringLiteral("实时"), QStringLiteral("每日"),   QStringLiteral("每周"),
                                 QStringLiteral("每月"), QStringLiteral("每季度"), QStringLiteral("每年")};
const QStringList ShareAttributes = {QStringLiteral("无条件共享"), QStringLiteral("有条件共享"),
                                     QStringLiteral("不予共享")};
const QStringList Grades = {QStringLiteral("一般数据"), QStringLiteral("重要数据"),
                            QStringLiteral("核心数据")};

/// A small deterministic generator (the same rows on every machine and Qt version).
class Sequence
{
public:
    explicit Sequence(quint64 seed)
        : m_state(seed)
    {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    const QString& pick(const QStringList& list) { return list.at(int(next() % quint32(list.size()))); }

private:
    quint64 m_state;
};

} // namespace

CatalogWorkload::CatalogWorkload(int rows)
    : m_rows(rows)
{}

QString CatalogWorkload::selectiveTerm()
{
    return QStringLiteral("编号0000137");
}

QString CatalogWorkload::broadTerm()
{
    return QStringLiteral("数据资源");
}

DatabaseError CatalogWorkload::fill(QSqlDatabase database) const
{
    const QStringList schema = {
        QStringLiteral(
            "CREATE TABLE resource (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, "
            "department TEXT NOT NULL, abstract TEXT NOT NULL, format TEXT NOT NULL, frequency TEXT "
            "NOT NULL, share_attribute TEXT NOT NULL, grade TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX resource_by_update ON resource (updated_at, id)"),
        QStringLiteral("CREATE VIRTUAL TABLE resource_fts USING fts5(name, abstract, content='resource', "
                       "content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER resource_fts_insert AFTER INSERT ON resource BEGIN INSERT INTO "
                       "resource_fts (rowid, name, abstract) VALUES (new.id, new.name, new.abstract); END"),
    };
    QSqlQuery query(database);
    for (const QString& statement : schema) {
        if (!query.exec(statement))
            return DatabaseError::fromSqlError(query.lastError());
    }
    if (!database.transaction())
        return DatabaseError::fromSqlError(database.lastError());
    query.prepare(
        QStringLiteral("INSERT INTO resource (id, code, name, department, abstract, format, frequency, "
                       "share_attribute, grade, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Sequence random(20261128);
    for (int row = 1; row <= m_rows; ++row) {
        const QString department = random.pick(Departments);
        const QString subject = random.pick(Subjects);
        const QString name = department + subject + random.pick(Kinds);
        const QString abstract = QStringLiteral("%1提供的%2%3数据资源，编号%4，按%5更新，用于%6等场景。")
                                     .arg(department, subject, random.pick(Kinds))
                                     .arg(row, 7, 10, QLatin1Char('0'))
                                     .arg(random.pick(Frequencies), random.pick(Subjects));
        query.bindValue(0, row);
        query.bindValue(1, QStringLiteral("430000-%1").arg(row, 8, 10, QLatin1Char('0')));
        query.bindValue(2, name);
        query.bindValue(3, department);
        query.bindValue(4, abstract);
        query.bindValue(5, random.pick(Formats));
        query.bindValue(6, random.pick(Frequencies));
        query.bindValue(7, random.pick(ShareAttributes));
        query.bindValue(8, random.pick(Grades));
        query.bindValue(9, QStringLiteral("2026-%1-%2T%3:00:00Z")
                               .arg(1 + random.next() % 11, 2, 10, QLatin1Char('0'))
                               .arg(1 + random.next() % 28, 2, 10, QLatin1Char('0'))
                               .arg(random.next() % 24, 2, 10, QLatin1Char('0')));
        if (!query.exec()) {
            const DatabaseError error = DatabaseError::fromSqlError(query.lastError());
            database.rollback();
            return error;
        }
    }
    if (!database.commit())
        return DatabaseError::fromSqlError(database.lastError());
    return {};
}

QList<CatalogWorkload::Query> CatalogWorkload::readQueries() const
{
    return {
        {QStringLiteral("count"), QStringLiteral("SELECT count(*) FROM resource"), {}},
        {QStringLiteral("fts_selective"),
         QStringLiteral("SELECT r.id, r.code, r.name FROM resource_fts f JOIN resource r ON r.id = f.rowid "
                        "WHERE resource_fts MATCH ?"),
         {QStringLiteral("\"%1\"").arg(selectiveTerm())}},
        {QStringLiteral("fts_broad"),
         QStringLiteral("SELECT r.id, r.code, r.name FROM resource_fts f JOIN resource r ON r.id = f.rowid "
                        "WHERE resource_fts MATCH ? LIMIT 100"),
         {QStringLiteral("\"%1\"").arg(broadTerm())}},
        {QStringLiteral("sorted_page"),
         QStringLiteral(
             "SELECT id, code, name, department, updated_at FROM resource WHERE (updated_at, id) > (?, ?) "
             "ORDER BY updated_at, id LIMIT 50"),
         {QStringLiteral("2026-06-15T00:00:00Z"), 0}},
        {QStringLiteral("like_short"),
         QStringLiteral("SELECT count(*) FROM resource WHERE name LIKE ?"),
         {QStringLiteral("%学籍%")}},
    };
}

} // namespace xs::bench
