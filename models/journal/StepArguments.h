#pragma once

#include "models/journal/AccessPolicy.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xs {

/// How the step dialog asks for an argument.
enum class ArgumentInput
{
    Text,      // several lines
    Line,      // one line
    Date,      // "YYYY-MM-DD"
    Checklist, // values to tick; the ticked ones travel as a JSON array, as text
};

/// One value a Checklist argument offers for a record, and whether it is ticked at first.
struct ChecklistOption
{
    QString value;
    QString label;
    bool ticked = false;
};

/// One argument a workflow step takes: its name, how long it may be, whether it must be given,
/// and how people are asked for it. A step's effect copies arguments into fields (a reason into
/// decision_reason, a reference into reference, every argument into the timeline), so an argument
/// is never longer than the field it ends up in: otherwise one step stores a record that no desktop
/// can apply.
struct ArgumentSpec
{
    QString name;
    int maxLength = 2000;
    bool required = false;
    const char* label = nullptr; // the xs::StepTable source of what the dialog calls it
    ArgumentInput input = ArgumentInput::Text;
    /// Checklist: the values offered for this record, with those ticked at first.
    QList<ChecklistOption> (*options)(const QJsonObject& record) = nullptr;
    /// For an argument needed only on some records (an explanation once a deadline has passed):
    /// whether this one needs it today. The dialog asks for it, as required, only then.
    bool (*neededFor)(const QJsonObject& record, const QDate& today) = nullptr;
    /// What the dialog says above the argument, for this record, translated; nullptr: nothing.
    QString (*hint)(const QJsonObject& record) = nullptr;
    /// The record's field the answer starts from (the current assignee), or nullptr.
    const char* startsFrom = nullptr;

    ArgumentSpec asked(const char* labelSource, ArgumentInput how = ArgumentInput::Text) const;
    ArgumentSpec offering(QList<ChecklistOption> (*offered)(const QJsonObject& record)) const;
    ArgumentSpec neededWhen(bool (*needed)(const QJsonObject& record, const QDate& today)) const;
    ArgumentSpec explainedBy(QString (*text)(const QJsonObject& record)) const;
    ArgumentSpec startingFrom(const char* field) const;
    /// What the dialog calls it, translated (the name when it has no label).
    QString title() const;
};

/// An argument that must be given, and one that may be, each no longer than maxLength.
ArgumentSpec needArgument(const char* name, int maxLength = 2000);
ArgumentSpec mayArgument(const char* name, int maxLength = 2000);

/// What to do with an argument a step does not declare: refuse it where every argument is stored
/// (a registration step keeps them all in its timeline), pass over it where only the declared ones
/// are read.
enum class UndeclaredArguments
{
    Refuse,
    Ignore
};

/// Refused ("invalid", naming the argument) when a declared argument is longer than declared, a
/// required one is missing or blank, or (Refuse) an argument is not declared.
Refusal checkArguments(const QList<ArgumentSpec>& declared, const QJsonObject& arguments,
                       UndeclaredArguments undeclared = UndeclaredArguments::Refuse);

} // namespace xs
