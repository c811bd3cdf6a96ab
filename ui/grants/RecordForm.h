#pragma once

#include "models/grants/GrantRules.h"
#include "ui/grants/GrantFormSpecs.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace xs {

/// The fields of one grant record as a form, each with the message of the rules right below it
/// (red: must be fixed before saving; amber: allowed, but take note). Converts between what people
/// type (yuan, percent, one resource per line, a table of shares) and what records store (fen,
/// basis points, JSON text).
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    /// choices: (id, label) pairs for a Reference field's entity.
    using ChoiceSource = std::function<QList<std::pair<QString, QString>>(const QString& entity)>;

    RecordForm(const FormSpec& spec, const ChoiceSource& choices, QWidget* parent = nullptr);

    void setValues(const QJsonObject& fields);
    /// The record's fields as stored; a field left empty is null.
    QJsonObject values() const;
    void showMessages(const QList<GrantRules::FieldMessage>& messages);
    void setReadOnly(bool readOnly);
    /// The message shown under a field (for tests and accessibility); empty if none.
    QString messageFor(const QString& key) const;
    QWidget* editorFor(const QString& key) const { return m_editors.value(key); }

signals:
    void changed();

private:
    QWidget* createEditor(const FieldSpec& field, const ChoiceSource& choices);
    QJsonValue read(const FieldSpec& field) const;
    void write(const FieldSpec& field, const QJsonValue& value);

    FormSpec m_spec;
    QMap<QString, QWidget*> m_editors;
    QMap<QString, QLabel*> m_messages;
    QJsonObject m_original; // fields the form does not show are kept as they were
};

} // namespace xs
