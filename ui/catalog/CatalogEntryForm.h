#pragma once

#include "models/catalog/CatalogRules.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace xs {

/// The fields of one catalog entry as a form: one editor per field (line, text, choice, date or
/// flag), each with a message line under it for the rule it breaks. Built from the catalog entry's
/// definition (CatalogRecordTypes): its fields, their order, labels and editors.
class CatalogEntryForm : public QWidget
{
    Q_OBJECT

public:
    /// departments: code → name, in the order to offer them.
    CatalogEntryForm(const QList<QPair<QString, QString>>& departments, const QStringList& frequencies,
                     QWidget* parent = nullptr);

    void setValues(const QJsonObject& fields);
    /// The values as the form holds them (empty text is null).
    QJsonObject values() const;
    void setReadOnly(bool readOnly);
    /// Locks the department (a cataloguer edits their own department only).
    void setDepartmentLocked(bool locked);

    /// Shows each problem beside its field and clears the others; returns the first field's editor.
    QWidget* showProblems(const QList<FieldProblem>& problems);
    QWidget* editorFor(const QString& field) const { return m_editors.value(field); }

signals:
    void edited();

private:
    enum class Kind
    {
        Line,
        Text,
        Choice,
        Date,
        Flag,
    };
    struct Field
    {
        QString name;
        Kind kind;
        QStringList choices; // stored values; shown by their label
    };

    void addField(QFormLayout* layout, const Field& field);

    QList<Field> m_fields;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_messages;
    bool m_loading = false;
};

} // namespace xs
