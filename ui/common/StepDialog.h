#pragma once

#include "models/journal/StepTable.h"

#include <QDate>
#include <QDialog>
#include <QJsonObject>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;

namespace xs {

/// Asks for what a workflow step of any record type takes before it is given, as its step table
/// declares it: a reason, a reference, a date, materials to tick, an explanation only when the
/// record needs one. Empty required answers and answers too long for the record are named beside
/// their field, so the hub never has to refuse what the dialog could have said.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    /// record: the fields the questions depend on (its materials, its deadline); subject: what
    /// the heading names (the registration's data name, the plan's title).
    StepDialog(const StepDefinition& step, const QJsonObject& record, const QString& subject,
               const QDate& today, QWidget* parent = nullptr);

    /// The step's arguments for this record: asked in a dialog when the step asks anything today,
    /// none when it asks nothing; nothing at all when the user cancelled.
    static std::optional<QJsonObject> askFor(const StepDefinition& step, const QJsonObject& record,
                                             const QString& subject, const QDate& today, QWidget* parent);
    /// Whether the step asks anything of this record today (if not, no dialog is needed).
    static bool asksAnything(const StepDefinition& step, const QJsonObject& record, const QDate& today);
    /// What a page says once a step is given here (the hub confirms it at the next sync).
    static QString doneText(const StepDefinition& step);
    /// What a page says when the step was refused here: the step and the reason.
    static QString refusedText(const StepDefinition& step, const QString& reason);
    /// The arguments as the step takes them (ticked values as a JSON array, as text).
    QJsonObject arguments() const;
    void accept() override;

private:
    struct Question
    {
        const ArgumentSpec* argument;
        bool required;
        std::function<QString()> answer;
        QWidget* editor;
        QLabel* problem;
    };

    void ask(const ArgumentSpec& argument, bool required, const QJsonObject& record);

    const StepDefinition& m_step;
    QFormLayout* m_form = nullptr;
    QList<Question> m_questions;
};

} // namespace xs
