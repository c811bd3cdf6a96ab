#include "models/demo/FieldAuditDemoData.h"

#include "models/attachments/AttachmentStore.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/Divisions.h"
#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "models/demo/GrantDemoData.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/rectification/RectificationWorkflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

namespace xs {

namespace {

QByteArray resource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Photo
{
    const char* resource;
    const char* caption;
};

// What an auditor photographs on a visit: the site, the machine room, the ledger.
constexpr Photo Photos[] = {
    {":/demo/photo-building.jpg", "现场办公场所外景"},
    {":/demo/photo-server-room.jpg", "数据机房机柜"},
    {":/demo/photo-ledger.jpg", "数据资源台账（盖章页）"},
};

} // namespace

FieldAuditDemoData::FieldAuditDemoData(QList<Department> departments, qint64 operators, QDate today)
    : m_departments(std::move(departments))
    , m_operators(std::max<qint64>(1, operators))
    , m_today(today)
{}

namespace {

// The nth demo order after a finding: the orders go through every step of rectification in turn.
QJsonObject order(const QString& findingId, const QString& kind, const QString& target,
                  const QString& finding, const QDate& issuedOn, int n)
{
    static const QStringList steps{QStringLiteral("issued"), QStringLiteral("rectifying"),
                                   QStringLiteral("submitted"), QStringLiteral("accepted"),
                                   QStringLiteral("closed")};
    const QString state = steps.at(n % steps.size());
    const WorkdayDate due =
        CalendarRepository::bundled().addWorkdays(issuedOn, RectificationWorkflow::DefaultWorkingDays);
    QJsonObject fields{{QStringLiteral("subject_entity"), FieldAuditWorkflow::FindingEntity},
                       {QStringLiteral("subject_id"), findingId},
                       {QStringLiteral("target_kind"), FieldAuditVocabulary::rectificationTargetKind(kind)},
                       {QStringLiteral("target_code"), target},
                       {QStringLiteral("requirement"), QStringLiteral("请对以下问题进行整改：") + finding},
                       {QStringLiteral("working_days"), RectificationWorkflow::DefaultWorkingDays},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("issued_by"), QStringLiteral("demo-auditor")},
                       {QStringLiteral("issued_on"), issuedOn.toString(Qt::ISODate)},
                       {QStringLiteral("due_on"), due.date.toString(Qt::ISODate)},
                       {QStringLiteral("due_provisional"), due.provisional}};
    if (n % steps.size() >= 2) {
        fields.insert(QStringLiteral("response"), QStringLiteral("已按要求整改，相关材料已更新。"));
        fields.insert(QStringLiteral("submitted_on"), due.date.addDays(-3).toString(Qt::ISODate));
    }
    if (n % steps.size() >= 3)
        fields.insert(QStringLiteral("decision_note"), QStringLiteral("整改到位"));
    if (state == QLatin1String("closed"))
        fields.insert(QStringLiteral("closed_on"), due.date.toString(Qt::ISODate));
    return fields;
}

} // namespace

DatabaseError FieldAuditDemoData::write(QSqlDatabase database) const
{
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    QMap<QString, QList<RecordState>> records;
    const auto add = [&](const QString& entity, const QString& id, const QJsonObject& fields) {
        records[entity].append({entity, id, 1, false, timestamp, QStringLiteral("demo"), fields, 0});
    };

    // The starter checklists, one per kind of visit.
    QHash<QString, QJsonArray> itemsOfKind;
    QHash<QString, QString> templateOfKind;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(resource(QStringLiteral(":/demo/audit-templates.json"))).array()) {
        const QJsonObject checklist = value.toObject();
        const QString kind = checklist.value(QStringLiteral("kind")).toString();
        itemsOfKind.insert(kind, checklist.value(QStringLiteral("items")).toArray());
        templateOfKind.insert(kind, checklist.value(QStringLiteral("id")).toString());
        QJsonObject fields{{QStringLiteral("title"), checklist.value(QStringLiteral("title"))},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("template_version"), 1},
                           {QStringLiteral("items"), structuredText(itemsOfKind.value(kind))},
                           {QStringLiteral("state"), QStringLiteral("published")}};
        if (FieldAuditVocabulary::isVisitKind(kind)) { // a security review's checklist raises no findings
            fields.insert(
                QStringLiteral("severities"),
                structuredText({QStringLiteral("一般"), QStringLiteral("较重"), QStringLiteral("严重")}));
            fields.insert(QStringLiteral("rectification_days"), 10);
        }
        add(FieldAuditWorkflow::TemplateEntity, checklist.value(QStringLiteral("id")).toString(), fields);
    }
    if (itemsOfKind.size() != 4)
        return DatabaseError(DatabaseError::Kind::Internal,
                             QStringLiteral("the demo checklists cannot be read"));

    ManualClock clock(m_today.startOfDay(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))));
    AttachmentStore files(database, clock);
    const QList<Division>& divisions = hunanDivisions();
    const QStringList states{QStringLiteral("planned"), QStringLiteral("in_progress"),
                             QStringLiteral("in_review"), QStringLiteral("completed")};
    int orders = 0;
    for (int n = 0; n < Tasks; ++n) {
        // Two visits in three at departments (catalog and data quality), one at an operator.
        const bool operatorVisit = n % 3 == 2;
        const QString kind =
            operatorVisit ? QStringLiteral("authorized_operation") : QStringLiteral("catalog_quality");
        const Department& department = m_departments.at((n * 37) % m_departments.size());
        const Division& division = divisions.at(n % divisions.size());
        const QDate planned = m_today.addDays((n - 26) * 4);
        // Visits ahead are planned; those behind are in every later state, and a few never started.
        const QString state = planned > m_today ? QStringLiteral("planned") : states.at(n % states.size());
        const QString taskId = QStringLiteral("demo-audit-task-%1").arg(n + 1, 2, 10, QLatin1Char('0'));
        QJsonObject task{{QStringLiteral("title"),
                          operatorVisit ? QStringLiteral("%1授权运营现场核查").arg(division.shortName)
                                        : department.name + QStringLiteral("目录与数据质量现场核查")},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("template_id"), templateOfKind.value(kind)},
                         {QStringLiteral("target_code"),
                          operatorVisit ? GrantDemoData::operatorId(n % m_operators) : department.code},
                         {QStringLiteral("auditors"),
                          structuredText(n % 5 == 4 ? QJsonArray{QStringLiteral("li.na")}
                                                    : QJsonArray{QStringLiteral("demo-auditor"),
                                                                 QStringLiteral("zhang.wei")})},
                         {QStringLiteral("planned_on"), planned.toString(Qt::ISODate)},
                         {QStringLiteral("state"), state}};
        if (state != QLatin1String("planned"))
            task.insert(QStringLiteral("started_on"), planned.toString(Qt::ISODate));
        if (state == QLatin1String("in_review") || state == QLatin1String("completed"))
            task.insert(QStringLiteral("submitted_on"), planned.addDays(2).toString(Qt::ISODate));
        if (state == QLatin1String("completed")) {
            task.insert(QStringLiteral("completed_on"), planned.addDays(5).toString(Qt::ISODate));
            task.insert(QStringLiteral("reviewed_by"), QStringLiteral("demo-reviewer"));
            task.insert(QStringLiteral("summary"), QStringLiteral("现场核查完成，发现的问题已下达整改。"));
        }
        add(FieldAuditWorkflow::TaskEntity, taskId, task);
        if (state == QLatin1String("planned"))
            continue;

        // Answers (all of them once submitted, the first half while in progress), a finding per
        // nonconforming item, and two photos from the visit.
        const QJsonArray items = itemsOfKind.value(kind);
        const qsizetype answered = state == QLatin1String("in_progress") ? items.size() / 2 : items.size();
        for (qsizetype i = 0; i < answered; ++i) {
            const QString code = items.at(i).toObject().value(QStringLiteral("code")).toString();
            const bool nonconforming = (n + i) % 5 == 0;
            add(FieldAuditWorkflow::AnswerEntity, FieldAuditWorkflow::answerId(taskId, code),
                {{QStringLiteral("task_id"), taskId},
                 {QStringLiteral("item_code"), code},
                 {QStringLiteral("result"),
                  nonconforming ? QStringLiteral("nonconforming") : QStringLiteral("conforms")},
                 {QStringLiteral("note"),
                  nonconforming ? QStringLiteral("抽查发现不一致，见问题记录") : QString()}});
            if (!nonconforming)
                continue;
            const QString findingId = QStringLiteral("%1-finding-%2").arg(taskId, code);
            const QString description = items.at(i).toObject().value(QStringLiteral("text")).toString() +
                                        QStringLiteral("：现场核查不符合");
            add(FieldAuditWorkflow::FindingEntity, findingId,
                {{QStringLiteral("task_id"), taskId},
                 {QStringLiteral("item_code"), code},
                 {QStringLiteral("severity"),
                  QStringList{QStringLiteral("一般"), QStringLiteral("较重"), QStringLiteral("严重")}.at(
                      (n + int(i)) % 3)},
                 {QStringLiteral("description"), description}});
            // Once the visit is submitted its findings have orders, in every step of rectification.
            if (state == QLatin1String("in_review") || state == QLatin1String("completed"))
                add(RectificationWorkflow::Entity, findingId + QStringLiteral("-order"),
                    order(findingId, kind, task.value(QStringLiteral("target_code")).toString(), description,
                          planned.addDays(2), orders++));
        }
        for (int k = 0; k < 2; ++k) {
            const Photo& photo = Photos[(n + k) % 3];
            PhotoMetadata metadata;
            metadata.takenAt = QDateTime(planned, QTime(9, 30).addSecs(k * 2400 + n * 60));
            // Around the city of the visit (Changsha's centre, shifted a little per 市州).
            metadata.latitude = 28.2282 + (n % divisions.size()) * 0.05 - 0.3;
            metadata.longitude = 112.9388 + (n % 7) * 0.04 - 0.12;
            metadata.camera = QStringLiteral("HUAWEI Mate 60 Pro");
            const QByteArray bytes =
                PhotoMetadataCodec::write(resource(QLatin1String(photo.resource)), metadata);
            if (bytes.isEmpty())
                return DatabaseError(DatabaseError::Kind::Internal,
                                     QStringLiteral("a demo photo cannot be made"));
            const QString evidenceId = QStringLiteral("%1-photo-%2").arg(taskId).arg(k + 1);
            add(FieldAuditWorkflow::EvidenceEntity, evidenceId,
                {{QStringLiteral("task_id"), taskId},
                 {QStringLiteral("item_code"),
                  items.at(k).toObject().value(QStringLiteral("code")).toString()},
                 {QStringLiteral("file_name"), QStringLiteral("IMG_%1%2.jpg")
                                                   .arg(planned.toString(QStringLiteral("yyyyMMdd")))
                                                   .arg(k + 1)},
                 {QStringLiteral("media_type"), QStringLiteral("image/jpeg")},
                 {QStringLiteral("size"), qint64(bytes.size())},
                 {QStringLiteral("sha256"), AttachmentStore::sha256Of(bytes)},
                 {QStringLiteral("taken_at"), metadata.takenAtText()},
                 {QStringLiteral("latitude"), *metadata.latitude},
                 {QStringLiteral("longitude"), *metadata.longitude},
                 {QStringLiteral("camera"), metadata.camera},
                 {QStringLiteral("caption"), QString::fromUtf8(photo.caption)},
                 {QStringLiteral("added_by"), QStringLiteral("demo-auditor")}});
            if (DatabaseError error = files.store({FieldAuditWorkflow::EvidenceEntity, evidenceId}, bytes,
                                                  AttachmentTransfer::Local);
                error.isError())
                return error;
        }
    }

    LocalRecordStore store(database);
    for (const QString& entity : {FieldAuditWorkflow::TemplateEntity, FieldAuditWorkflow::TaskEntity,
                                  FieldAuditWorkflow::AnswerEntity, FieldAuditWorkflow::FindingEntity,
                                  FieldAuditWorkflow::EvidenceEntity, RectificationWorkflow::Entity}) {
        if (DatabaseError error = store.writeAll(*findEntity(entity), records.value(entity)); error.isError())
            return error;
    }
    return {};
}

} // namespace xs
