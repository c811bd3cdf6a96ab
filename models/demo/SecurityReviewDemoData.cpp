#include "models/demo/SecurityReviewDemoData.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/LocalRecords.h"
#include "models/securityreview/SecurityReviewWorkflow.h"
#include "models/sharing/SharingWorkflow.h"

namespace xs {

namespace {

namespace Flow = SecurityReviewWorkflow;

const QString ChecklistId = QStringLiteral("demo-template-security-review");

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

// The first `answered` items answered; a failing review finds its last answered item wanting,
// one with conditions the first.
QList<Flow::ItemAnswer> answersFor(const QStringList& codes, qsizetype answered, const QString& conclusion)
{
    QList<Flow::ItemAnswer> answers;
    for (qsizetype i = 0; i < std::min(answered, codes.size()); ++i)
        answers.append({codes.at(i), QStringLiteral("conforms"), {}});
    if (answers.isEmpty())
        return answers;
    if (conclusion == QLatin1String("failed")) {
        answers.last().result = QStringLiteral("nonconforming");
        answers.last().note = QStringLiteral("申请方未说明原始数据不出域的技术措施");
    } else if (conclusion == QLatin1String("conditional")) {
        answers.first().result = QStringLiteral("nonconforming");
        answers.first().note = QStringLiteral("申请数据含个人信息字段，需脱敏后提供");
    }
    if (answers.size() > 3)
        answers[answers.size() - 2].result = QStringLiteral("not_applicable");
    return answers;
}

} // namespace

SecurityReviewDemoData::SecurityReviewDemoData(QDate today)
    : m_today(today)
{}

DatabaseError SecurityReviewDemoData::write(QSqlDatabase database) const
{
    const ManualClock clock(ManualClock::chinaMorning(m_today));
    const LocalRecords records(database, clock);
    const std::optional<RecordState> checklist =
        records.find(FieldAuditWorkflow::TemplateEntity, ChecklistId);
    if (!checklist)
        return DatabaseError(DatabaseError::Kind::Internal,
                             QStringLiteral("the demo security-review checklist is missing"));
    QStringList codes;
    for (const QJsonObject& item : FieldAuditWorkflow::itemsOf(checklist->fields))
        codes << text(item, "code");
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    QList<RecordState> reviews;
    const auto add = [&](const QString& subjectEntity, const QString& subjectId, const QDate& openedOn,
                         const QString& conclusion, qsizetype answered, const QDate& concludedOn) {
        QJsonObject fields{
            {QStringLiteral("subject_entity"), subjectEntity},
            {QStringLiteral("subject_id"), subjectId},
            {QStringLiteral("template_id"), ChecklistId},
            {QStringLiteral("template_version"), 1},
            {QStringLiteral("answers"), Flow::answersText(answersFor(codes, answered, conclusion))},
            {QStringLiteral("state"), QStringLiteral("in_progress")},
            {QStringLiteral("opened_by"), QStringLiteral("demo-reviewer")},
            {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)}};
        if (!conclusion.isEmpty()) {
            fields.insert(QStringLiteral("state"), QStringLiteral("concluded"));
            fields.insert(QStringLiteral("conclusion"), conclusion);
            fields.insert(QStringLiteral("opinion"),
                          conclusion == QLatin1String("passed") ? QStringLiteral("符合安全和规范性要求")
                          : conclusion == QLatin1String("conditional")
                              ? QStringLiteral("脱敏后按约定范围使用，按季度报送使用情况")
                              : QStringLiteral("安全措施不足，整改后重新申请审查"));
            fields.insert(QStringLiteral("concluded_by"), QStringLiteral("demo-reviewer"));
            fields.insert(QStringLiteral("concluded_on"), concludedOn.toString(Qt::ISODate));
        }
        reviews.append(
            {Flow::Entity,
             QStringLiteral("demo-security-review-%1").arg(reviews.size() + 1, 3, 10, QLatin1Char('0')), 1,
             false, timestamp, QStringLiteral("demo"), fields, 0});
    };

    int awaiting = 0;
    for (const RecordState& request : records.live(SharingWorkflow::Entity)) {
        const QJsonObject& fields = request.fields;
        if (text(fields, "share_attribute") != CatalogVocabulary::conditionalShare())
            continue;
        const QString state = text(fields, "state");
        const QDate submitted = QDate::fromString(text(fields, "submitted_on"), Qt::ISODate);
        const QDate decided = QDate::fromString(text(fields, "decided_on"), Qt::ISODate);
        if (state == QLatin1String("approved") || state == QLatin1String("delivered"))
            add(Flow::SharingSubject, request.id, submitted,
                reviews.size() % 2 ? QStringLiteral("conditional") : QStringLiteral("passed"), codes.size(),
                decided.isValid() ? decided : m_today);
        else if (state == QLatin1String("refused"))
            add(Flow::SharingSubject, request.id, submitted, QStringLiteral("failed"), codes.size(),
                decided.isValid() ? decided : m_today);
        else if (state == QLatin1String("submitted") && awaiting++ % 2 == 0)
            add(Flow::SharingSubject, request.id, submitted.isValid() ? submitted : m_today, {},
                2 + awaiting % 3, {});
    }
    int signedAgreements = 0;
    for (const RecordState& agreement : records.live(Flow::AgreementSubject)) {
        if (text(agreement.fields, "state") == QLatin1String("signed") && signedAgreements++ > 0)
            add(Flow::AgreementSubject, agreement.id, m_today.addDays(-signedAgreements), {},
                signedAgreements % codes.size(), {});
    }
    return LocalRecordStore(database).writeAll(*findEntity(Flow::Entity), reviews);
}

} // namespace xs
