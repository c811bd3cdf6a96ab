#pragma once

#include "models/grants/GrantRules.h" // Step, FieldMessage
#include "models/journal/StepTable.h"
#include "models/registration/DeadlineRules.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace xs {

enum class Role;

/// A product's price cap under four eyes (DOMAIN.md §4, issue 17 item 9): a reviewer proposes it by
/// editing cap_fen, a manager who did not propose it signs it off, and only then is it in force
/// (cap_in_force_fen). Until a product has a cap in force it may charge only a trial price (试行,
/// the price of the first year, before there is a full year to set caps from). The hub records who
/// proposed (cap_proposed_by, whatever the client sent) and refuses a sign-off by the same person.
namespace CapSignOff {

/// The cap's states: a proposal waiting for its sign-off, or the cap signed off (or none yet).
inline const QString Pending = QStringLiteral("cap_pending");
inline const QString InForce = QStringLiteral("cap_in_force");

/// sign_off_cap (managers and administrators) · return_cap (the same, with a reason: the proposal
/// is withdrawn and the cap in force stays).
const StepTable& steps();
/// Pending when the product's cap differs from the one in force.
QString stateOf(const QJsonObject& product);
/// "待签批：¥X（提议人 Y）" / "已生效：¥X（签批人 Z）" / "尚无价格上限".
QString describe(const QJsonObject& product);

/// A step on product by user in role: its effect on the product's fields, or why not.
GrantRules::Step step(const QJsonObject& product, const QString& command, const QJsonObject& arguments,
                      Role role, const QString& user);
/// The fields only steps and the hub set: an edit may not change them.
QStringList stepFields();
/// What the hub sets when a product is written: on a new product, no cap in force and no sign-off
/// (whatever the client sent); whenever cap_fen is new or changes, who proposed it.
QJsonObject upsertEffect(const QJsonObject* before, const QJsonObject& after, const QString& user);
/// A fee-charging price needs a cap in force and stays within it, or is a trial price.
QList<GrantRules::FieldMessage> checkPrice(const QJsonObject& product);
/// A trial price is charged without a cap in force only during the trial period (rule
/// trial_period, from the agreement's operating start `operatingStart`); after it, a fee-charging
/// product needs a signed-off cap. Nothing to say while the start is unknown.
QList<GrantRules::FieldMessage> checkTrial(const QJsonObject& product, const QDate& operatingStart,
                                           const QDate& today, const DeadlineRules& rules);

} // namespace CapSignOff

} // namespace xs
