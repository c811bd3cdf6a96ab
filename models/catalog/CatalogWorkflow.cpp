#include "models/catalog/CatalogWorkflow.h"

#include "models/journal/AccessPolicy.h"

namespace xs::CatalogWorkflow {

QString initialState()
{
    return QStringLiteral("draft");
}

QStringList states()
{
    return {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("published"),
            QStringLiteral("withdrawn")};
}

QStringList commands()
{
    return {QStringLiteral("submit"), QStringLiteral("publish"), QStringLiteral("return"),
            QStringLiteral("withdraw")};
}

std::optional<QString> next(const QString& state, const QString& command)
{
    if (command == QLatin1String("submit") &&
        (state == QLatin1String("draft") || state == QLatin1String("withdrawn")))
        return QStringLiteral("submitted");
    if (command == QLatin1String("publish") && state == QLatin1String("submitted"))
        return QStringLiteral("published");
    if (command == QLatin1String("return") && state == QLatin1String("submitted"))
        return QStringLiteral("draft");
    if (command == QLatin1String("withdraw") && state == QLatin1String("published"))
        return QStringLiteral("withdrawn");
    return std::nullopt;
}

std::optional<QStringList> pathTo(const QString& from, const QString& to, const QStringList& allowed)
{
    // Breadth first over four states: the shortest path, and no loop can trap it.
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

bool roleMayGive(Role role, const QString& command)
{
    if (role == Role::Admin)
        return commands().contains(command);
    if (command == QLatin1String("submit"))
        return role == Role::Cataloguer;
    if (command == QLatin1String("publish") || command == QLatin1String("return") ||
        command == QLatin1String("withdraw"))
        return role == Role::Reviewer;
    return false;
}

} // namespace xs::CatalogWorkflow
