#include "app/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace xs::Localization {

QStringList availableLanguages()
{
    return {QStringLiteral("system"), QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString resolve(const QString& setting, Unnamed unnamed, const QLocale& system)
{
    if (setting == QLatin1String("zh_CN") || setting == QLatin1String("en"))
        return setting;
    const QLocale::Language language = system.language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return unnamed == Unnamed::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return language == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool install(QCoreApplication& application, const QString& language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true; // the source text is English

    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto* translator = new QTranslator(&application);
    if (!translator->load(QStringLiteral(":/i18n/xiangshu_") + language))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace xs::Localization
