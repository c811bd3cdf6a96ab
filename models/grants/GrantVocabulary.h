#pragma once

#include "models/journal/Vocabularies.h"

#include <QString>
#include <QStringList>

namespace xs {

/// The words of authorized operation (授权运营, DOMAIN.md §3) and of product use (§4): codes are
/// what records store and the hub checks; labels are the exact Chinese terms (English in the
/// English UI).
namespace GrantVocabulary {

/// 整体授权 · 分领域授权 · 依场景授权.
QStringList modes();
/// 公开招标 · 邀请招标 · 谈判.
QStringList selectionMethods();
/// The implementation plan (实施方案): drafting → collective decision → government approval → filed.
QStringList planStates();
/// The plan's 12 required sections (OPS §9). DOMAIN.md names five groups of them; the full list
/// of twelve is this project's reading of OPS §9, kept here alone so it can be corrected.
QStringList planSections();
/// The agreement: operating → evaluation → renewed | exited | terminated.
QStringList agreementStates();
/// 公共治理和公益事业 (free) · 产业发展和行业发展 (may charge).
QStringList useClasses();
/// Per product, per call, per unit of time, per data volume.
QStringList billingUnits();
/// The data exchanges a product may be listed on (场内交易), and the states of a listing.
QStringList exchanges();
QStringList listingStatuses();
/// What is disclosed each year: the grant (by the implementing body), the operator's product
/// list, the operator's data use.
QStringList disclosureKinds();

QString modeLabel(const QString& code);
QString selectionMethodLabel(const QString& code);
QString planStateLabel(const QString& code);
/// The untranslated sources of the state labels, in the xs::GrantVocabulary context (Message
/// arguments), or null.
const char* planStateLabelSource(const QString& code);
const char* agreementStateLabelSource(const QString& code);
QString planSectionLabel(const QString& code);
QString agreementStateLabel(const QString& code);
QString useClassLabel(const QString& code);
QString billingUnitLabel(const QString& code);
QString disclosureKindLabel(const QString& code);

/// The values and labels of a vocabulary a grant record type's fields name (grant_mode,
/// selection_method, use_class, billing_unit, disclosure_kind, plan_section, exchange,
/// listing_status); empty for another.
QList<LabelledValue> choices(const QString& name);

} // namespace GrantVocabulary

} // namespace xs
