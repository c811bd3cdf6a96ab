#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/Roles.h"
#include "models/journal/StepTable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <span>

namespace xs {

/// 数据质量反馈整改 (SHARE §26, DOMAIN.md §1): a department that uses a resource reports a quality
/// problem with it, or with one of its data items, on one of the four dimensions (准确性 · 完整性 ·
/// 及时性 · 一致性). The data department verifies it and either rejects it or has it corrected by
/// the provider through a generic rectification order (RectificationWorkflow) of 10 working days,
/// then feeds the result back: filed → verifying → rectifying → corrected | rejected → closed.
namespace QualityFeedbackWorkflow {

inline const QString Entity = QStringLiteral("quality_feedback");
inline const QString StateField = QStringLiteral("state");

/// SHARE §26: the provider answers within 10 working days (the order's deadline).
constexpr int ProviderWorkingDays = 10;

std::span<const VocabularyTerm> dimensions();
std::span<const VocabularyTerm> states();
QString initialState();
QString stateLabel(const QString& state);
QString dimensionLabel(const QString& dimension);

const StepTable& steps();

/// Who files feedback: departments' people (cataloguers), reviewers, auditors and administrators.
bool mayFile(Role role);
/// Who verifies, rejects, corrects and feeds back: the data department's reviewers, administrators.
bool dataDepartment(Role role);
/// The fields only steps or the hub write: an edit may not change them.
QStringList stepFields();

} // namespace QualityFeedbackWorkflow

} // namespace xs
