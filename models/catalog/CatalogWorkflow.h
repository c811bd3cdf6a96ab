#pragma once

#include "models/journal/StepTable.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

enum class Role;

/// Publication workflow of a catalog entry (DOMAIN.md §1, SHARE §17):
/// draft → submitted → published → withdrawn, with "return" sending a submission back to draft.
/// Shared by the desktop (which actions to offer) and the hub (which steps to accept).
namespace CatalogWorkflow {

/// The steps, in one table: submit (cataloguers), publish, return and withdraw (reviewers);
/// an administrator may give every step.
const StepTable& steps();

QString initialState(); // "draft"
QStringList states();
QStringList commands();

/// The state after command from state, or nothing if the step is not allowed from there.
std::optional<QString> next(const QString& state, const QString& command);

/// The commands that lead from one state to another, shortest first (empty when from == to);
/// nothing if no sequence of the allowed steps gets there (without withdraw, a published entry
/// never becomes a draft again).
/// Only the commands in allowed are used.
std::optional<QStringList> pathTo(const QString& from, const QString& to,
                                  const QStringList& allowed = commands());

/// Whether role may give command at all (the department check is separate).
bool roleMayGive(Role role, const QString& command);

} // namespace CatalogWorkflow

} // namespace xs
