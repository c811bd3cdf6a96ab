#pragma once

#include <QList>
#include <QString>

namespace xs {

/// A value a form offers, with what people call it in their language.
struct LabelledValue
{
    QString value;
    QString label;
    /// false: named for a value already stored but not to be chosen anew (a withdrawn resource).
    bool offered = true;
};

/// The values of the vocabulary a Choice or Sections field names (FieldSchema::vocabulary), with
/// their labels, in the order to offer them. Assembled from the areas in models/registry; empty for
/// a name no area knows, such as the lists kept in the database (departments, the frequencies in
/// use), which the form's caller supplies.
QList<LabelledValue> vocabularyChoices(const QString& name);

} // namespace xs
