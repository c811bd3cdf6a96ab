// Three-way merge, field by field, with deletes.
#include "models/journal/ThreeWayMerge.h"

#include <QTest>

using namespace xs;

namespace {
QJsonObject fields(std::initializer_list<std::pair<const char*, QJsonValue>> values)
{
    QJsonObject object;
    for (const auto& [key, value] : values)
        object.insert(QLatin1String(key), value);
    return object;
}
} // namespace

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void differentFieldsMergeByThemselves();
    void sameFieldChangedDifferentlyConflicts();
    void sameFieldChangedAlikeDoesNotConflict();
    void deleteAgainstEditConflicts_data();
    void deleteAgainstEditConflicts();
    void deleteAgainstNothingDeletes();
    void changedFieldsListsOnlyDifferences();
};

void TestThreeWayMerge::differentFieldsMergeByThemselves()
{
    const MergeSide base{
        fields({{"name", QStringLiteral("企业信用信息")}, {"grade", QStringLiteral("一般数据")}}), false};
    const MergeSide local{
        fields({{"name", QStringLiteral("企业信用信息目录")}, {"grade", QStringLiteral("一般数据")}}), false};
    const MergeSide hub{
        fields({{"name", QStringLiteral("企业信用信息")}, {"grade", QStringLiteral("重要数据")}}), false};
    const MergeResult result = threeWayMerge(base, local, hub);
    QVERIFY(!result.hasConflict());
    QCOMPARE(result.merged.fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("企业信用信息目录"));
    QCOMPARE(result.merged.fields.value(QStringLiteral("grade")).toString(), QStringLiteral("重要数据"));
    QVERIFY(!result.merged.deleted);
}

void TestThreeWayMerge::sameFieldChangedDifferentlyConflicts()
{
    const MergeSide base{fields({{"name", QStringLiteral("A")}, {"abstract", QStringLiteral("x")}}), false};
    const MergeSide local{fields({{"name", QStringLiteral("B")}, {"abstract", QStringLiteral("y")}}), false};
    const MergeSide hub{fields({{"name", QStringLiteral("C")}, {"abstract", QStringLiteral("x")}}), false};
    const MergeResult result = threeWayMerge(base, local, hub);
    QVERIFY(result.hasConflict());
    QCOMPARE(result.conflictingFields, QStringList{QStringLiteral("name")});
    QCOMPARE(result.merged.fields.value(QStringLiteral("abstract")).toString(), QStringLiteral("y"));
    QVERIFY(!result.deleteConflict);
}

void TestThreeWayMerge::sameFieldChangedAlikeDoesNotConflict()
{
    const MergeSide base{fields({{"name", QStringLiteral("A")}}), false};
    const MergeSide same{fields({{"name", QStringLiteral("B")}}), false};
    QVERIFY(!threeWayMerge(base, same, same).hasConflict());
    // null and a value are different values
    const MergeSide nulled{fields({{"name", QJsonValue::Null}}), false};
    QVERIFY(threeWayMerge(base, nulled, same).hasConflict());
}

void TestThreeWayMerge::deleteAgainstEditConflicts_data()
{
    QTest::addColumn<bool>("localDeletes");
    QTest::newRow("local deletes, hub edits") << true;
    QTest::newRow("hub deletes, local edits") << false;
}

void TestThreeWayMerge::deleteAgainstEditConflicts()
{
    QFETCH(bool, localDeletes);
    const MergeSide base{fields({{"name", QStringLiteral("A")}}), false};
    const MergeSide deleted{fields({{"name", QStringLiteral("A")}}), true};
    const MergeSide edited{fields({{"name", QStringLiteral("B")}}), false};
    const MergeResult result =
        localDeletes ? threeWayMerge(base, deleted, edited) : threeWayMerge(base, edited, deleted);
    QVERIFY(result.hasConflict());
    QVERIFY(result.deleteConflict);
}

void TestThreeWayMerge::deleteAgainstNothingDeletes()
{
    const MergeSide base{fields({{"name", QStringLiteral("A")}}), false};
    const MergeSide deleted{fields({{"name", QStringLiteral("A")}}), true};
    QVERIFY(threeWayMerge(base, deleted, base).merged.deleted);
    QVERIFY(!threeWayMerge(base, deleted, base).hasConflict());
    QVERIFY(threeWayMerge(base, base, deleted).merged.deleted);
    QVERIFY(threeWayMerge(base, deleted, deleted).merged.deleted);
    QVERIFY(!threeWayMerge(base, deleted, deleted).hasConflict());
}

void TestThreeWayMerge::changedFieldsListsOnlyDifferences()
{
    const QJsonObject changed = changedFields(fields({{"a", 1}, {"b", QStringLiteral("x")}}),
                                              fields({{"a", 1}, {"b", QStringLiteral("y")}, {"c", true}}));
    QCOMPARE(changed, fields({{"b", QStringLiteral("y")}, {"c", true}}));
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
