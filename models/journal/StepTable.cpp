#include "models/journal/StepTable.h"

#include <QCoreApplication>
#include <QPair>

namespace xs {

QString StepDefinition::title() const
{
    return label ? QCoreApplication::translate("xs::StepTable", label) : command;
}

StepTable::StepTable(QList<StepDefinition> steps)
    : m_steps(std::move(steps))
{}

QStringList StepTable::commands() const
{
    QStringList list;
    for (const StepDefinition& step : m_steps)
        list << step.command;
    return list;
}

const StepDefinition* StepTable::find(const QString& command) const
{
    for (const StepDefinition& step : m_steps) {
        if (step.command == command)
            return &step;
    }
    return nullptr;
}

std::optional<QString> StepTable::next(const QString& state, const QString& command) const
{
    const StepDefinition* step = find(command);
    if (!step || !step->from.contains(state))
        return std::nullopt;
    return step->to.isEmpty() ? state : step->to;
}

QStringList StepTable::outcomes(const QString& command) const
{
    const StepDefinition* step = find(command);
    if (!step || step->to.isEmpty())
        return {};
    return QStringList{step->to} + step->otherOutcomes;
}

bool StepTable::mayGive(Role role, const QString& command) const
{
    const StepDefinition* step = find(command);
    return step && step->mayGive && step->mayGive(role);
}

QStringList StepTable::available(const QString& state, Role role) const
{
    QStringList list;
    for (const StepDefinition& step : m_steps) {
        if (step.from.contains(state) && step.mayGive && step.mayGive(role))
            list << step.command;
    }
    return list;
}

std::optional<QStringList> StepTable::pathTo(const QString& from, const QString& to,
                                             const QStringList& allowed) const
{
    // Breadth first: the shortest path, and no loop can trap it.
    QList<QPair<QString, QStringList>> frontier{{from, {}}};
    QStringList seen{from};
    while (!frontier.isEmpty()) {
        const auto [state, path] = frontier.takeFirst();
        if (state == to)
            return path;
        for (const QString& command : allowed) {
            const std::optional<QString> reached = next(state, command);
            if (reached && !seen.contains(*reached)) {
                seen.append(*reached);
                frontier.append({*reached, path + QStringList{command}});
            }
        }
    }
    return std::nullopt;
}

} // namespace xs
