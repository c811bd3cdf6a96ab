#pragma once

#include "models/common/Message.h"
#include "models/common/VocabularyTerm.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <span>

namespace xs {

/// What must precede a new catalog entry's submission (DOMAIN.md §1): an impact assessment of
/// confidentiality and personal information with its conclusion, and the department head's
/// sign-off (who, when, comment). The one copy of the rule: the hub refuses a sign-off or a
/// submission that breaks it, the desktop says why before it tries, and the importer checks it.
///
/// The sign-off is given by the step sign_off (负责人签发) and written by the hub; changing the
/// assessment after it withdraws it, since the head signed what was assessed then.
namespace CatalogSignOff {

/// impact_confidentiality, impact_personal_info, impact_conclusion.
const QStringList& assessmentFields();
/// signed_off_by, signed_off_on, sign_off_comment.
const QStringList& signOffFields();

/// The conclusions: acceptable (风险可控，可以提交) and needs_changes (须调整后再评估).
std::span<const VocabularyTerm> conclusions();
QString conclusionLabel(const QString& conclusion);

/// Why the head cannot sign off the entry as it stands (assessment missing or not acceptable),
/// or nothing.
std::optional<Message> whyNotSignable(const QJsonObject& entry);
/// Why the entry cannot be submitted (no sign-off, or why it could not be signed), or nothing.
std::optional<Message> whyNotSubmittable(const QJsonObject& entry);
bool isSignedOff(const QJsonObject& entry);

/// The fields a sign-off writes.
QJsonObject signedOff(const QString& user, const QDate& day, const QString& comment);
/// The fields that withdraw a sign-off when an upsert changes the assessment of a signed entry
/// (current: the entry as stored; change: the fields the upsert sends), or an empty object.
QJsonObject withdrawnBy(const QJsonObject& current, const QJsonObject& change);

} // namespace CatalogSignOff

} // namespace xs
