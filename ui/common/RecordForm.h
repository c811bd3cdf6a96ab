#pragma once

#include "models/journal/EntitySchema.h"
#include "models/journal/RecordRules.h"
#include "ui/common/FieldInput.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace xs {

/// The one form for a record of any type, built from its definition (EntitySchema): the fields
/// forms show, in definition order, each with the editor and unit the definition names and a
/// message line under it for the rules it breaks (red: must be fixed before saving; amber:
/// allowed, but take note). The field holding the owner's id is left out: the record's place
/// (a product under its agreement) gives it. Fields the rules derive are shown, never typed.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    RecordForm(const EntitySchema& entity, FormChoices choices, QWidget* parent = nullptr);

    const EntitySchema& entity() const { return m_entity; }
    void setValues(const QJsonObject& fields);
    /// The fields the form shows as records store them (empty is null), with derived fields
    /// computed; a plan's sections merged into the text the record keeps.
    QJsonObject values() const;
    /// Shows each message beside its field ("sections.<code>" beside that section) and clears the
    /// others; returns the editor of the first field with an error, else of the first warned one.
    QWidget* showMessages(const QList<FieldProblem>& problems);
    void setReadOnly(bool readOnly);
    /// Keeps one field as it is while the rest is edited (a cataloguer's own department).
    void setFieldLocked(const QString& field, bool locked);

    /// The message shown under a field (for tests and accessibility); empty if none.
    QString messageFor(const QString& key) const;
    /// A field's editor, by field name, or "sections.<code>" for one section of a plan.
    QWidget* editorFor(const QString& key) const;

signals:
    /// The user changed a value (never emitted while setValues fills the form).
    void changed();

private:
    struct Row
    {
        QString key;
        const FieldSchema* field;
        QString section; // the section's code, for one text of a Sections field
        std::unique_ptr<FieldInput> input;
        QLabel* message;
    };

    void addRow(const FieldSchema& field, const QString& section, const QString& label,
                const FormChoices& choices);
    void edited();
    void showDerived();

    const EntitySchema& m_entity;
    std::vector<Row> m_rows;
    QHash<QString, QString> m_originalSections; // by field: the stored JSON text, for codes not shown
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace xs
