#pragma once

#include <QString>

namespace xs::AppPaths {

/// Identity used for QStandardPaths and QSettings, shared by the app and the CLI so both find the
/// same database and settings.
void applyApplicationIdentity();

/// The database the app and the CLI use when --database is not given:
/// ~/.local/share/xiangshu-workbench/xiangshu.db on Linux.
QString defaultDatabasePath();

} // namespace xs::AppPaths
