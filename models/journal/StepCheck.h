#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/StepArguments.h"

#include <QJsonObject>

#include <span>

namespace xs {

/// A record type's states as people read them in a refusal: the vocabulary's context and terms.
struct StateVocabulary
{
    const char* context;
    std::span<const VocabularyTerm> terms;
};

/// What every record type with a step table checks of a step, once: a step the table does not
/// have, a record the hub does not hold, the step's arguments, the role and the state, in that
/// order. Whose record it is (the task's auditors, the order's department) is the type's own check.
namespace StepCheck {

Refusal check(const AccessRequest& request, const StepTable& steps, const QString& stateField,
              StateVocabulary states);

/// The state an allowed step leads to, as the fields the hub writes with it.
QJsonObject stateAfter(const AccessRequest& request, const StepTable& steps, const QString& stateField);

/// Refused ("invalid_state") when an edit of a stored record changes a field only steps or the hub
/// set. A new record's are not checked: the type's decide writes every one of them.
Refusal keepsStepFields(const AccessRequest& request, const QStringList& stepFields);

} // namespace StepCheck

} // namespace xs
