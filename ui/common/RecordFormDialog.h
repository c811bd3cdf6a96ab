#pragma once

#include "ui/common/FieldInput.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;

namespace xs {

class RecordForm;
struct EntitySchema;

/// A record of any type created or corrected in its own form (RecordForm) in a dialog: a hint
/// above it, and a save that goes through the area's write (the hub's rules); a refusal stays in
/// the dialog with its reason, and the dialog closes only on success.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    /// save: writes the form's values, filling the saved record's id; returns why it refused them
    /// (shown in the dialog), or nothing on success.
    using Save = std::function<QString(const QJsonObject& values, QString* savedId)>;

    RecordFormDialog(const EntitySchema& entity, FormChoices choices, Save save, QWidget* parent = nullptr);

    RecordForm& form() const { return *m_form; }
    void setHint(const QString& text);
    /// What the problem line says on a refusal, before the reason ("The request was not saved: %1").
    void setRefusalText(const QString& textWithReason) { m_refusalText = textWithReason; }
    /// Saves; true on success (the dialog then closes).
    bool save();
    QString savedId() const { return m_savedId; }
    QString problem() const;

private:
    Save m_save;
    RecordForm* m_form = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_problem = nullptr;
    QString m_refusalText;
    QString m_savedId;
};

} // namespace xs
