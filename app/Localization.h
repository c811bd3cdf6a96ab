#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace xs::Localization {

/// Language choices: "system" follows the desktop's locale; "zh_CN" and "en" override it.
QStringList availableLanguages();

/// What "system" means when the locale names no language (C, POSIX or unset: a server, a container,
/// a fresh install): the desktop is Chinese-first; the command line keeps English, which scripts
/// and logs that parse it expect.
enum class Unnamed
{
    Chinese,
    English,
};

/// The language to load for a setting ("system", "zh_CN" or "en"). "system" follows the locale:
/// Chinese in any script or region gives zh_CN, another named language English.
QString resolve(const QString& setting, Unnamed unnamed = Unnamed::Chinese,
                const QLocale& system = QLocale::system());

/// Loads the program's and Qt's own translations for language into the application.
/// Returns false when the program's translation is missing (the English source text is shown).
bool install(QCoreApplication& application, const QString& language);

/// QSettings key of the override, shared by the settings dialog and startup.
QString settingsKey();

} // namespace xs::Localization
