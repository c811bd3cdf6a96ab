#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace xs::Localization {

/// Language choices: "system" follows the desktop's locale; "zh_CN" and "en" override it.
QStringList availableLanguages();

/// The language to load for a setting ("system", "zh_CN" or "en").
QString resolve(const QString& setting);

/// Loads the program's and Qt's own translations for language into the application.
/// Returns false when the program's translation is missing (the English source text is shown).
bool install(QCoreApplication& application, const QString& language);

/// QSettings key of the override, shared by the settings dialog and startup.
QString settingsKey();

} // namespace xs::Localization
