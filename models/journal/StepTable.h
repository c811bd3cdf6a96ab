#pragma once

#include "models/journal/StepArguments.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

enum class Role;

/// One step of a record type's workflow: the command, the states it applies in, the state it
/// leads to, who may give it, and the arguments it takes.
struct StepDefinition
{
    QString command;
    QStringList from;
    QString to; // empty: the step keeps the state (an assignment, a comment)
    bool (*mayGive)(Role) = nullptr;
    QList<ArgumentSpec> arguments = {};
    /// States the step's effect may choose instead of to, by the record (an approved 注销登记
    /// ends in cancelled rather than public notice).
    QStringList otherOutcomes = {};
    const char* label = nullptr; // the xs::StepTable source of what people call the step

    /// What people call the step, translated (the command when it has no label).
    QString title() const;
};

/// A record type's steps in one table, written once in its area (CatalogWorkflow, GrantRules) and
/// read by the desktop (which actions to offer), the hub (which steps to accept) and the import
/// (the steps from one state to another).
class StepTable
{
public:
    explicit StepTable(QList<StepDefinition> steps);

    const QList<StepDefinition>& steps() const { return m_steps; }
    QStringList commands() const;
    const StepDefinition* find(const QString& command) const;

    /// The state after command from state, or nothing if the step does not apply there.
    std::optional<QString> next(const QString& state, const QString& command) const;
    /// Every state command may lead to: to, then otherOutcomes (empty for one that keeps it).
    QStringList outcomes(const QString& command) const;
    /// Whether role may give command at all (whatever the state).
    bool mayGive(Role role, const QString& command) const;
    /// The commands role may give from state, in table order.
    QStringList available(const QString& state, Role role) const;
    /// The commands leading from one state to another, shortest first (empty when from == to);
    /// nothing if no sequence of the allowed commands gets there.
    std::optional<QStringList> pathTo(const QString& from, const QString& to,
                                      const QStringList& allowed) const;

private:
    QList<StepDefinition> m_steps;
};

} // namespace xs
