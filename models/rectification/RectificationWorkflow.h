#pragma once

#include "models/common/Message.h"
#include "models/common/VocabularyTerm.h"
#include "models/journal/StepTable.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <span>

namespace xs {

/// 整改: a rectification order to a department or an operator, with a deadline in working days,
/// and its steps issued → rectifying → submitted → accepted | not accepted (back to rectifying)
/// → closed (DOMAIN.md §6). Generic: the order names what it follows (subject_entity and
/// subject_id: a field audit's finding, a quality feedback) and knows nothing of it.
namespace RectificationWorkflow {

inline const QString Entity = QStringLiteral("rectification_order");
inline const QString StateField = QStringLiteral("state");

/// DOMAIN.md §6: 10 working days unless the order (its template) says otherwise.
constexpr int DefaultWorkingDays = 10;
constexpr int MaxWorkingDays = 120;

std::span<const VocabularyTerm> states();
std::span<const VocabularyTerm> targetKinds();
QString initialState();
QString stateLabel(const QString& state);
QString targetKindLabel(const QString& kind);

const StepTable& steps();

/// Who issues orders: those who check (auditors, reviewers) and administrators.
bool mayIssue(Role role);

/// Why a rectification period in working days is not allowed, or nothing: an order's, and the
/// default a checklist template gives its orders.
Message checkWorkingDays(qint64 workingDays);

/// Whether the order is past its deadline and not yet answered (managers are shown these).
bool isOverdue(const QJsonObject& order, const QDate& today);
/// The fields only steps or the hub write: an edit may not change them.
QStringList stepFields();

} // namespace RectificationWorkflow

} // namespace xs
