#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;

namespace xs {

/// Asks for what a registration step needs before it is taken: a reason, the missing materials of
/// the one-time notice, the delivered materials, the objector's real name, identity number and
/// evidence, an explanation of an overrun. Empty required fields are named beside the field.
class RegistrationStepDialog : public QDialog
{
    Q_OBJECT

public:
    /// record: the registration's fields (type, materials, deadline) the questions depend on.
    RegistrationStepDialog(const QString& command, const QJsonObject& record, const QDate& today,
                           QWidget* parent = nullptr);

    /// The arguments of the step, as the workflow takes them (lists as JSON text).
    QJsonObject arguments() const;
    /// Whether the step asks for anything at all (if not, no dialog is needed).
    static bool needsInput(const QString& command, const QJsonObject& record, const QDate& today);
    /// The step's name as a reviewer says it (受理, 一次性告知补正, …).
    static QString commandLabel(const QString& command);

    void accept() override;

private:
    QPlainTextEdit* addText(const QString& key, const QString& label, bool required);
    QLineEdit* addLine(const QString& key, const QString& label, bool required);
    QListWidget* addChecklist(const QString& key, const QString& label, const QStringList& materials,
                              const QStringList& checked);

    QString m_command;
    QFormLayout* m_form = nullptr;
    QHash<QString, QPlainTextEdit*> m_texts;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QListWidget*> m_lists;
    QHash<QString, QLabel*> m_problems;
    QStringList m_required;
};

} // namespace xs
