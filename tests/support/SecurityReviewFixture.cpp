#include "tests/support/SecurityReviewFixture.h"

#include "models/common/StructuredField.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>

namespace xs::test {

QJsonObject reviewChecklist()
{
    const QJsonArray items{
        QJsonObject{{QStringLiteral("code"), QStringLiteral("S1")},
                    {QStringLiteral("section"), QStringLiteral("安全风险评估")},
                    {QStringLiteral("text"), QStringLiteral("传输与存储加密、访问控制到位")}},
        QJsonObject{{QStringLiteral("code"), QStringLiteral("B1")},
                    {QStringLiteral("section"), QStringLiteral("应用业务规范性审查")},
                    {QStringLiteral("text"), QStringLiteral("使用目的与申请一致")}}};
    return {{QStringLiteral("title"), QStringLiteral("安全风险评估与规范性审查清单")},
            {QStringLiteral("kind"), QStringLiteral("security_review")},
            {QStringLiteral("template_version"), 1},
            {QStringLiteral("items"), structuredText(items)}};
}

bool publishReviewChecklist(HttpProbe& probe, const QString& templateId, QString* error)
{
    const QString admin = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    return probe.pushEachApplied(
        {{admin, HttpProbe::upsert(QStringLiteral("audit_template"), templateId, reviewChecklist())},
         {admin,
          HttpProbe::command(QStringLiteral("audit_template"), templateId, QStringLiteral("publish"))}},
        error);
}

bool concludeReview(HttpProbe& probe, const QString& templateId, const QString& reviewId,
                    const QString& subjectEntity, const QString& subjectId, const QString& command,
                    QString* error)
{
    const QString reviewer = probe.login(QStringLiteral("demo-reviewer"), DemoPassword);
    const QJsonObject opened{{QStringLiteral("subject_entity"), subjectEntity},
                             {QStringLiteral("subject_id"), subjectId},
                             {QStringLiteral("template_id"), templateId}};
    QJsonObject answered = opened;
    answered.insert(QStringLiteral("answers"),
                    structuredText({QJsonObject{{QStringLiteral("code"), QStringLiteral("S1")},
                                                {QStringLiteral("result"), QStringLiteral("conforms")}},
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("B1")},
                                                {QStringLiteral("result"), QStringLiteral("conforms")}}}));
    return probe.pushEachApplied(
        {{reviewer, HttpProbe::upsert(QStringLiteral("security_review"), reviewId, opened)},
         {reviewer, HttpProbe::upsert(QStringLiteral("security_review"), reviewId, answered, 1)},
         {reviewer, HttpProbe::command(QStringLiteral("security_review"), reviewId, command,
                                       {{QStringLiteral("opinion"), QStringLiteral("审查意见")}})}},
        error);
}

} // namespace xs::test
