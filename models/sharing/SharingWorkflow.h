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

/// 共享申请 (SHARE §21–22): a department asks another for a resource of the sharing catalog, with
/// purpose, scope and legal basis. The provider answers within 1 working day for a resource shared
/// unconditionally, 10 for one shared on conditions (extendable once by at most 10); it may first
/// list every missing material in one notice (一次性告知), after which the requester supplies it
/// and the reply clock starts again; a refusal states its reasons; approved data is delivered
/// within 20 working days. submitted → (material requested → submitted) → approved → delivered,
/// or refused, or withdrawn by the requester.
namespace SharingWorkflow {

inline const QString Entity = QStringLiteral("sharing_request");
/// 使用记录: one use of delivered data, under its request.
inline const QString UsageEntity = QStringLiteral("sharing_usage");
/// Usage records are kept at least this long (SHARE §21–22) after the use.
constexpr int UsageKeptYears = 3;
inline const QString StateField = QStringLiteral("state");

constexpr int UnconditionalReplyDays = 1;
constexpr int ConditionalReplyDays = 10;
constexpr int MaxExtensionDays = 10;
constexpr int DeliveryDays = 20;

std::span<const VocabularyTerm> states();
QString initialState();
QString stateLabel(const QString& state);

const StepTable& steps();

/// The steps the provider gives, and those the requester gives: who may give one is the step
/// table's role check plus this side check (SharingAccess).
bool providerGives(const QString& command);

/// The working days the provider has to reply, by the resource's sharing attribute.
int replyDays(const QString& shareAttribute);
/// Why this request's reply period may not be extended, or nothing: only a conditional request's,
/// and once.
Message checkExtension(const QJsonObject& request);
/// Why an extension of so many working days is not allowed (1 to 10), or nothing.
Message checkExtensionDays(qint64 workingDays);
/// Why a second notice of missing material is not allowed, or nothing (one notice per request).
Message checkMaterialNotice(const QJsonObject& request);

/// Whether a step the table allows in the request's state also fits this request: an extension
/// only while checkExtension allows it, a material notice only while checkMaterialNotice does.
/// The page offers only these; the hub refuses the others with the same reasons.
bool fits(const QString& command, const QJsonObject& request);

/// Which deadline runs now: the reply's while the provider is to answer, the delivery's once
/// approved, none otherwise.
QString runningDeadlineField(const QJsonObject& request);
/// Whether the running deadline has passed.
bool isOverdue(const QJsonObject& request, const QDate& today);
/// The fields only steps or the hub write: an edit may not change them.
QStringList stepFields();

} // namespace SharingWorkflow

} // namespace xs
