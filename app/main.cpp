// xiangshu: the desktop app. Builds the Application and hands the start-up to the UI.
#include "app/AppPaths.h"
#include "app/Application.h"
#include "app/Localization.h"
#include "app/secrets/QtKeychainStore.h"
#include "ui/StartupFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    xs::AppPaths::applyApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("xiangshu-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xiangshu.svg")));

    const QSettings settings;
    const QString language =
        settings.value(xs::Localization::settingsKey(), QStringLiteral("system")).toString();
    xs::Localization::install(application, xs::Localization::resolve(language));
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("xs::MainWindow", "Xiangshu Workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Xiangshu Workbench: public data resources for Hunan's data bureaus."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QCoreApplication::translate("main", "Open the database at PATH."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("main", "Unlock with the recovery passphrase in FILE (first line), for "
                                            "scripted starts."),
        QStringLiteral("FILE"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QCoreApplication::translate("main",
                                    "Open on AREA: catalog, sharing, registration, grants, pricing, audits, "
                                    "sync or audit."),
        QStringLiteral("AREA"));
    parser.addOption(databaseOption);
    parser.addOption(passphraseOption);
    parser.addOption(areaOption);
    parser.process(application);

    QString passphrase;
    if (parser.isSet(passphraseOption)) {
        QFile file(parser.value(passphraseOption));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text))
            passphrase = QString::fromUtf8(file.readLine(4096)).trimmed();
    }

    QString clockNotice;
    std::unique_ptr<xs::Clock> clock = xs::clockFromEnvironment(&clockNotice);
    if (!clockNotice.isEmpty())
        qWarning("%s", qPrintable(clockNotice));
    xs::Application services(std::make_unique<xs::QtKeychainStore>(), std::move(clock),
                             parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : xs::AppPaths::defaultDatabasePath());
    xs::StartupFlow startup(services);
    startup.setStartArea(parser.value(areaOption));
    QObject::connect(&startup, &xs::StartupFlow::abandoned, &application, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    startup.start(passphrase);
    return QApplication::exec();
}
