#pragma once

#include "ui/common/FieldInput.h"

namespace xs {

/// The editor of a ChoiceList field: the values chosen, by label, in a list; Add... picks more
/// from the field's choices (ChoicePickerDialog), Remove or Delete takes the selected ones out.
/// A stored value the choices do not offer (a resource since withdrawn) is shown marked with its
/// label, or as stored if the choices do not know it, and kept unless removed.
std::unique_ptr<FieldInput> createChoiceListInput(const FieldSchema& field, const QString& label,
                                                  QList<LabelledValue> choices, QWidget* parent,
                                                  std::function<void()> changed);

} // namespace xs
