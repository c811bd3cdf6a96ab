#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/Vocabularies.h"

#include <QString>
#include <QStringList>

#include <span>

namespace xs::FieldAuditVocabulary {

/// The three kinds of visit (DOMAIN.md §6): catalog_quality at a department, authorized_operation
/// at an operator, registration_materials for a registration.
std::span<const VocabularyTerm> kinds();
/// Whether a template of this kind is a visit's checklist (and not a security review's).
bool isVisitKind(const QString& kind);
/// An item's answer: conforms (符合), nonconforming (不符合), not_applicable (不适用).
std::span<const VocabularyTerm> results();
std::span<const VocabularyTerm> taskStates();
std::span<const VocabularyTerm> templateStates();

/// The record type a kind of visit is made at: department, grant_operator or registration.
QString targetEntity(const QString& kind);
/// Whom a rectification order after such a visit is addressed to: "department" after a catalog
/// visit, "operator" otherwise (the operator, or the registration's applicant).
QString rectificationTargetKind(const QString& kind);
/// The field of that type a task names it by: a department's code, otherwise the record's id.
QString targetField(const QString& kind);

/// What a template offers for findings until its administrator changes it: common practice,
/// not a norm (DOMAIN.md §6), so templates keep their own list.
QStringList defaultSeverities();

QString kindLabel(const QString& kind);
QString resultLabel(const QString& result);
QString taskStateLabel(const QString& state);
QString templateStateLabel(const QString& state);

/// The audit vocabularies forms offer (audit_kind, audit_template_kind, audit_result), or nothing
/// for another name.
QList<LabelledValue> choices(const QString& name);

} // namespace xs::FieldAuditVocabulary
