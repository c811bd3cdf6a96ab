#pragma once

#include "models/journal/RecordRules.h"

#include <QJsonObject>
#include <QStringList>

namespace xs {

/// A new application as it is filed (新建申请, DOMAIN.md §2, REG §9): its type, its subjects
/// (登记主体, several for a joint application, each known by its 统一社会信用代码 and with its role),
/// the data, the scenarios, and which of the type's materials came with it. The hub starts an
/// application only if it passes; the intake form shows the same problems beside their fields.
namespace RegistrationIntake {

/// The types an applicant files (撤销 and 终止 are the registration body's own decisions).
QStringList filedTypes();
/// An applicant's role in the application: the lead (牵头) or a joint applicant (联合).
QStringList roles();
QString roleLabel(const QString& role);

/// Every problem of an application, first the one that blocks most. requireCreditCodes: the form
/// asks every subject for a code; the hub checks the codes given, so that applications filed
/// before codes were recorded and still waiting in an outbox are not refused.
QList<FieldProblem> check(const QJsonObject& application, bool requireCreditCodes);

/// The materials the application's type requires that it does not mark as provided
/// ({material: true} in its materials field), in the order REG §9 lists them.
QStringList missingMaterials(const QJsonObject& application);

} // namespace RegistrationIntake

} // namespace xs
