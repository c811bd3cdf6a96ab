#pragma once

#include <QJsonObject>
#include <QString>

namespace xs::test {

class HttpProbe;

/// The security-review checklist the hub tests use: items S1 (安全风险评估) and B1 (规范性审查).
QJsonObject reviewChecklist();
/// demo-admin publishes reviewChecklist() as templateId on a hub seeded with `xiangshu-hub demo`.
bool publishReviewChecklist(HttpProbe& probe, const QString& templateId, QString* error);
/// demo-reviewer reviews subject (a sharing_request or grant_agreement id) on templateId as
/// reviewId, answers S1 and B1 (conforms) and concludes with command (conclude_passed,
/// conclude_conditional or conclude_failed). False, with *error, if a step is refused.
bool concludeReview(HttpProbe& probe, const QString& templateId, const QString& reviewId,
                    const QString& subjectEntity, const QString& subjectId, const QString& command,
                    QString* error);

} // namespace xs::test
