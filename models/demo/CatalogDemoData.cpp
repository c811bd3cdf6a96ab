#include "models/demo/CatalogDemoData.h"

#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/DeferredSearchIndexes.h"
#include "models/catalog/Divisions.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <random>

namespace xs {

namespace {

constexpr qint64 BatchSize = 5000;
constexpr char Author[] = "demo";
constexpr char Timestamp[] = "2026-01-05T09:00:00Z";

/// A time-ordered (version 7) UUID from a fixed clock and the sequence: deterministic, and in
/// insertion order like the ids the desktop makes.
QString demoId(qint64 sequence, std::mt19937_64& random)
{
    static const qint64 epoch =
        QDateTime::fromString(QString::fromLatin1(Timestamp), Qt::ISODate).toMSecsSinceEpoch();
    QByteArray bytes(16, '\0');
    const quint64 milliseconds = quint64(epoch + sequence);
    const quint64 high = random();
    const quint64 low = random();
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((milliseconds >> (40 - 8 * i)) & 0xFF);
    bytes[6] = char(0x70 | ((high >> 8) & 0x0F));
    bytes[7] = char(high & 0xFF);
    bytes[8] = char(0x80 | ((low >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[i] = char((low >> (8 * (15 - i))) & 0xFF);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

template <typename List>
const auto& pick(const List& list, std::mt19937_64& random)
{
    return list.at(qsizetype(random() % quint64(list.size())));
}

bool chance(std::mt19937_64& random, int percent)
{
    return int(random() % 100) < percent;
}

} // namespace

CatalogDemoData::CatalogDemoData(QSqlDatabase database, QList<Department> departments, const QDate& today)
    : m_database(std::move(database))
    , m_departments(std::move(departments))
    , m_today(today)
{}

DatabaseError CatalogDemoData::write(qint64 entries, const Progress& progress)
{
    QString planError;
    const std::optional<CatalogDemoPlan> plan = CatalogDemoPlan::load(m_departments, &planError);
    if (!plan)
        return DatabaseError(DatabaseError::Kind::Internal, planError);
    QHash<QString, QString> cityOf;
    for (const Division& division : hunanDivisions())
        cityOf.insert(division.code, division.isProvince ? QStringLiteral("全省") : division.name);

    const EntitySchema& entrySchema = *findEntity(QStringLiteral("catalog_entry"));
    const EntitySchema& itemSchema = *findEntity(QStringLiteral("data_item"));
    LocalRecordStore store(m_database);
    std::mt19937_64 random(20251125); // HN25's date: any fixed seed will do
    const QStringList databases{QStringLiteral("MySQL"), QStringLiteral("Oracle"), QStringLiteral("达梦"),
                                QStringLiteral("人大金仓")};
    const UpdateFrequencies frequencies = UpdateFrequencies::defaults();
    const QStringList frequencyNames = frequencies.names();
    const QStringList statuses = CatalogVocabulary::statuses();
    const QStringList& suffixes = plan->nameSuffixes();
    const QDate reference = m_today;
    QList<qint64> entriesOfHolding(plan->holdings().size(), 0);

    // The search indexes are written once at the end, not through a trigger per row.
    DeferredSearchIndexes indexes(m_database);
    if (DatabaseError error = indexes.open(); error.isError())
        return error;
    QList<RecordState> entryBatch;
    QList<RecordState> itemBatch;
    for (qint64 index = 0; index < entries; ++index) {
        // Every department's every subject once, in order, then at random: a small catalog already
        // shows each department with its own resources and every deliberate conflict.
        const qsizetype holdingIndex = index < plan->holdings().size()
                                           ? qsizetype(index)
                                           : qsizetype(random() % quint64(plan->holdings().size()));
        const CatalogDemoPlan::Holding& holding = plan->holdings().at(holdingIndex);
        const qsizetype departmentIndex = holding.department;
        const Department& department = m_departments.at(departmentIndex);
        const qsizetype subjectIndex = holding.subject;
        const CatalogDemoPlan::Subject& subject = plan->subjects().at(subjectIndex);
        const qint64 variant = entriesOfHolding[holdingIndex]++;
        const QString id = demoId(index * (ItemsPerEntry + 1), random);

        QString grade = CatalogVocabulary::grades().constLast();
        QStringList itemNames;
        for (int position = 0; position < ItemsPerEntry; ++position) {
            const CatalogDemoPlan::Item& item = subject.items.at(position);
            if (CatalogVocabulary::gradeRank(item.grade) > CatalogVocabulary::gradeRank(grade))
                grade = item.grade;
            itemNames.append(item.name);
            const bool authoritative = plan->claimsSource(holdingIndex, variant == 0, item.identifier);
            QJsonObject itemFields{
                {QStringLiteral("entry_id"), id},
                {QStringLiteral("position"), position + 1},
                {QStringLiteral("name"), item.name},
                {QStringLiteral("identifier"), item.identifier},
                {QStringLiteral("data_type"), item.dataType},
                {QStringLiteral("length"), item.length},
                {QStringLiteral("description"), item.name},
                {QStringLiteral("sensitive"), item.grade != CatalogVocabulary::grades().constLast()},
                {QStringLiteral("min_grade"), item.grade},
                {QStringLiteral("authoritative"), authoritative}};
            itemBatch.append({itemSchema.name, demoId(index * (ItemsPerEntry + 1) + position + 1, random), 0,
                              false, QString::fromLatin1(Timestamp), QString::fromLatin1(Author),
                              normaliseFields(itemSchema, itemFields), 0});
        }

        const QString frequency = pick(frequencyNames, random);
        const int shareRoll = int(random() % 100);
        const QString share = CatalogVocabulary::shareAttributes().at(shareRoll < 60   ? 0
                                                                      : shareRoll < 90 ? 1
                                                                                       : 2);
        const int openRoll = int(random() % 100);
        const QString openDrawn = CatalogVocabulary::openAttributes().at(openRoll < 20   ? 0
                                                                         : openRoll < 35 ? 1
                                                                                         : 2);
        // 核心 and 重要 data are opened under conditions at most (CatalogRules).
        const QString open = CatalogVocabulary::mayOpenUnconditionally(grade) ||
                                     openDrawn != CatalogVocabulary::unconditionalOpen()
                                 ? openDrawn
                                 : CatalogVocabulary::conditionalOpen();
        const int statusRoll = int(random() % 100);
        // Most departments keep their entries current: about one in eight is overdue, by up to two
        // months past its frequency's limit; 不定期 entries were last updated any time in two years.
        const std::optional<int> maxAge = frequencies.maxAgeDays(frequency);
        const qint64 age = !maxAge              ? qint64(random() % 720)
                           : chance(random, 88) ? qint64(random() % quint64(*maxAge + 1))
                                                : *maxAge + 1 + qint64(random() % 60);
        const QDate updated = reference.addDays(-age);
        // 长沙市公交线路信息, 长沙市公交线路台账 ... and, past the last variant, 长沙市公交线路信息（第2批）.
        QString name =
            cityOf.value(department.divisionCode) + subject.name + suffixes.at(variant % suffixes.size());
        if (variant >= suffixes.size())
            name += QStringLiteral("（第%1批）").arg(variant / suffixes.size() + 1);
        QJsonObject fields{
            {QStringLiteral("name"), name},
            {QStringLiteral("code"), QStringLiteral("%1%2%3%4/%5")
                                         .arg(1 + subjectIndex % 9)
                                         .arg(1 + departmentIndex % 99, 2, 10, QLatin1Char('0'))
                                         .arg(subjectIndex + 1, 3, 10, QLatin1Char('0'))
                                         .arg(index / 1000000 + 1, 3, 10, QLatin1Char('0'))
                                         .arg(index % 1000000, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("department_code"), department.code},
            {QStringLiteral("abstract"),
             QStringLiteral("%1汇集的%2数据，包括%3等数据项，%4更新。")
                 .arg(department.name, subject.name, itemNames.join(QStringLiteral("、")), frequency)},
            {QStringLiteral("source_system"),
             QStringLiteral("%1%2信息系统").arg(department.name, subject.name)},
            {QStringLiteral("format_class"), QStringLiteral("数据库")},
            {QStringLiteral("format_type"), pick(databases, random)},
            {QStringLiteral("update_frequency"), frequency},
            {QStringLiteral("share_attribute"), share},
            {QStringLiteral("open_attribute"), open},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("published_on"), updated.addDays(-qint64(random() % 365)).toString(Qt::ISODate)},
            {QStringLiteral("last_updated_on"), updated.toString(Qt::ISODate)},
            {QStringLiteral("in_share_catalog"), share != CatalogVocabulary::noShare()},
            {QStringLiteral("in_open_catalog"), open != CatalogVocabulary::openAttributes().constLast()},
            {QStringLiteral("in_authorized_catalog"), chance(random, 8)},
            {QStringLiteral("status"), statuses.at(statusRoll < 70   ? 2
                                                   : statusRoll < 85 ? 1
                                                   : statusRoll < 95 ? 0
                                                                     : 3)},
        };
        // The impact assessment and the head's sign-off every submitted entry went through; of the
        // drafts, half are assessed and waiting for the head, half not assessed yet.
        const bool draft = fields.value(QStringLiteral("status")).toString() == statuses.at(0);
        if (!draft || index % 2 == 0) {
            const bool personal = grade != CatalogVocabulary::grades().constLast();
            fields.insert(QStringLiteral("impact_confidentiality"),
                          QStringLiteral("经保密审查，%1不涉及国家秘密和工作秘密。").arg(subject.name));
            fields.insert(QStringLiteral("impact_personal_info"),
                          personal ? QStringLiteral("含个人信息，共享开放前脱敏处理，按最小必要原则提供。")
                                   : QStringLiteral("不含个人信息。"));
            fields.insert(QStringLiteral("impact_conclusion"), QStringLiteral("acceptable"));
        }
        if (!draft) {
            const QDate publishedOn =
                QDate::fromString(fields.value(QStringLiteral("published_on")).toString(), Qt::ISODate);
            const QJsonObject signedOff =
                CatalogSignOff::signedOff(QStringLiteral("head-%1").arg(department.code),
                                          publishedOn.addDays(-7), QStringLiteral("同意提交"));
            for (auto it = signedOff.constBegin(); it != signedOff.constEnd(); ++it)
                fields.insert(it.key(), it.value());
        }
        if (share == CatalogVocabulary::noShare()) {
            fields.insert(QStringLiteral("no_share_reason"), QStringLiteral("涉及个人隐私且无法脱敏"));
            fields.insert(QStringLiteral("no_share_basis"),
                          QStringLiteral("《中华人民共和国个人信息保护法》第十三条"));
        } else {
            fields.insert(QStringLiteral("share_method"), pick(CatalogVocabulary::shareMethods(), random));
        }
        if (share == CatalogVocabulary::conditionalShare()) {
            fields.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门及各市州政务部门"));
            fields.insert(QStringLiteral("share_purpose"), QStringLiteral("行政审批、监管执法中的核验比对"));
        }
        if (open == CatalogVocabulary::conditionalOpen())
            fields.insert(QStringLiteral("open_conditions"), QStringLiteral("经申请审核后以接口方式开放"));
        if (fields.value(QStringLiteral("in_authorized_catalog")).toBool()) {
            fields.insert(QStringLiteral("data_scope"),
                          QStringLiteral("2020年以来%1的%2数据")
                              .arg(cityOf.value(department.divisionCode), subject.name));
            fields.insert(QStringLiteral("quality_statement"),
                          QStringLiteral("每日自动校验，完整率不低于98%"));
        }
        entryBatch.append({entrySchema.name, id, 0, false, QString::fromLatin1(Timestamp),
                           QString::fromLatin1(Author), normaliseFields(entrySchema, fields), 0});

        if (entryBatch.size() >= BatchSize || index + 1 == entries) {
            if (DatabaseError error = store.writeAll(entrySchema, entryBatch); error.isError())
                return error;
            if (DatabaseError error = store.writeAll(itemSchema, itemBatch); error.isError())
                return error;
            entryBatch.clear();
            itemBatch.clear();
            if (progress && !progress(index + 1, entries))
                return DatabaseError(DatabaseError::Kind::Cancelled);
        }
    }
    return indexes.finish();
}

} // namespace xs
