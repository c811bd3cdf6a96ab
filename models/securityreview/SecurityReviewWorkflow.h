#pragma once

#include "models/common/Message.h"
#include "models/common/VocabularyTerm.h"
#include "models/journal/Roles.h"
#include "models/journal/StepTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace xs {

/// 安全风险评估 and 应用业务规范性审查 (HN25 item 20, DOMAIN.md §5): before data is used under a
/// conditional sharing request or an authorized-operation agreement, the data department reviews
/// the use against a published, versioned checklist template (an audit_template of kind
/// security_review) and concludes 通过, 有条件通过 or 不通过. in_progress → concluded.
/// A conditional request is approved, and an agreement starts operating, only after a passing
/// review (SecurityReviewGate).
namespace SecurityReviewWorkflow {

inline const QString Entity = QStringLiteral("security_review");
inline const QString StateField = QStringLiteral("state");
/// The kind of checklist template a review is made on.
inline const QString TemplateKind = QStringLiteral("security_review");
/// What may be reviewed.
inline const QString SharingSubject = QStringLiteral("sharing_request");
inline const QString AgreementSubject = QStringLiteral("grant_agreement");

std::span<const VocabularyTerm> states();
std::span<const VocabularyTerm> subjects();
QString stateLabel(const QString& state);
QString conclusionLabel(const QString& conclusion);
QString subjectLabel(const QString& subjectEntity);

const StepTable& steps();
/// The conclusion a concluding step gives (passed, conditional, failed), or empty for another.
QString conclusionOf(const QString& command);
/// Whether a conclusion lets the data be used: 通过 and 有条件通过.
bool isPassing(const QString& conclusion);

/// Who reviews: the data department (reviewers) and administrators.
bool mayReview(Role role);

/// One answered item of the checklist.
struct ItemAnswer
{
    QString code;
    QString result; // as a field audit answers: conforms · nonconforming · not_applicable
    QString note;
};
/// The answers a review holds (its answers field, a JSON array of {code, result, note} kept as
/// text).
QList<ItemAnswer> answersOf(const QJsonObject& review);
/// The answers as the answers field stores them.
QString answersText(const QList<ItemAnswer>& answers);

/// Why the answers do not fit the template's items (an unknown item, one answered twice, an
/// unknown result), or nothing.
Message checkAnswers(const QList<ItemAnswer>& answers, const QStringList& templateCodes);
/// Why the review may not be concluded so: every item must be answered, and 通过 only with no
/// item found 不符合.
Message checkConclusion(const QString& command, const QList<ItemAnswer>& answers,
                        const QStringList& templateCodes);

/// The fields only steps or the hub write: an edit may not change them.
QStringList stepFields();

} // namespace SecurityReviewWorkflow

} // namespace xs
