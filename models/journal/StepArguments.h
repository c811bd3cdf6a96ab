#pragma once

#include "models/journal/AccessPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace xs {

/// One argument a workflow step takes: its name, how long it may be, whether it must be given.
/// A step's effect copies arguments into fields (a reason into decision_reason, a reference into
/// reference, every argument into the timeline), so an argument is never longer than the field it
/// ends up in: otherwise one step stores a record that no desktop can apply.
struct ArgumentSpec
{
    QString name;
    int maxLength = 2000;
    bool required = false;
};

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
