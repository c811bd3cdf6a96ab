#pragma once

#include "models/journal/EntitySchema.h"
#include "models/journal/Vocabularies.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace xs {

/// The values a form offers for a Choice field or a parent's id, as (value, label). A form's
/// caller answers for what only it knows (departments, the records of a referenced type) and
/// passes the rest to vocabularyChoices.
using FormChoices = std::function<QList<LabelledValue>(const FieldSchema& field)>;

/// One field's editor: its widget, and the conversion between what people type (yuan, percent,
/// one entry per line, rows of a table) and what the record stores (fen, basis points, JSON text).
class FieldInput
{
public:
    virtual ~FieldInput();

    virtual QWidget* widget() const = 0;
    /// Shows a stored value; a value the editor cannot offer (a choice from a newer list) is kept.
    virtual void write(const QJsonValue& stored) = 0;
    /// The value to store: null when left empty. Text that does not parse (a malformed date) is
    /// kept as typed, so the rules can name it.
    virtual QJsonValue read() const = 0;
    /// Read-only editors stay readable and selectable where the widget allows it.
    virtual void setReadOnly(bool readOnly) = 0;
    /// Whether the widget shows the field's label itself (a check box), so the row has none.
    virtual bool labelsItself() const { return false; }
};

/// The editor the field's definition asks for. label: the field's label in the user's language;
/// changed: called whenever the user edits the value.
std::unique_ptr<FieldInput> createFieldInput(const FieldSchema& field, const QString& label,
                                             const FormChoices& choices, QWidget* parent,
                                             std::function<void()> changed);

/// The unit a field is typed in, added to its label ("价格上限（元）").
QString labelWithUnit(const FieldSchema& field, const QString& label);

} // namespace xs
