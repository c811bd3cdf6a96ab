#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/Roles.h"
#include "models/journal/StepTable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <span>

namespace xs {

/// 开放需求受理反馈 (HN25 item 6, DOMAIN.md §1): a demand from the public or a business for data
/// to be opened, received through the portal and registered by the data department, which accepts
/// it and names the department to answer; that department answers within a configurable number of
/// working days (the deadline rule DeadlineRules::OpenDataReply, published like registration's) that the
/// data is opened, opened under a conditional agreement, or refused with reasons:
/// submitted → accepted → answered (opened | conditional | refused). The domain is one of HN25's
/// priority open domains (医疗健康 · 文化教育 · 交通出行 · 气象服务 · 社会保障) or 其他.
namespace OpenDataWorkflow {

inline const QString Entity = QStringLiteral("open_data_demand");
inline const QString StateField = QStringLiteral("state");
inline const QString OtherDomain = QStringLiteral("其他");

std::span<const VocabularyTerm> states();
std::span<const VocabularyTerm> outcomes();
QString stateLabel(const QString& state);
QString outcomeLabel(const QString& outcome);
/// The priority domains, then 其他.
QStringList domains();
QString domainLabel(const QString& domain);

const StepTable& steps();
/// The outcome an answering step gives (opened, conditional, refused), or empty for another step.
QString outcomeOf(const QString& command);

/// Who registers demands received through the portal: the data department and departments' staff.
bool mayRegister(Role role);
/// The fields only steps or the hub write: an edit may not change them.
QStringList stepFields();
/// Whether the answer is past its deadline and not given.
bool isOverdue(const QJsonObject& demand, const QDate& today);

} // namespace OpenDataWorkflow

} // namespace xs
