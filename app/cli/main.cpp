// xiangshu-cli: the command-line tool. Everything it does lives in xs_app (app/cli/).
#include "app/AppPaths.h"
#include "app/Localization.h"
#include "app/cli/CliRunner.h"
#include "app/secrets/QtKeychainStore.h"
#include "models/common/Clock.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // Printing a document needs fonts, and fonts need a QGuiApplication; a server has no display,
    // so the offscreen platform draws. Every other command stays a QCoreApplication.
    const bool prints = std::any_of(
        argv, argv + argc, [](const char* argument) { return qstrcmp(argument, "export-report") == 0; });
    if (prints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> instance = prints
                                                           ? std::make_unique<QGuiApplication>(argc, argv)
                                                           : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& application = *instance;
    xs::AppPaths::applyApplicationIdentity();
    xs::Localization::install(
        application, xs::Localization::resolve(QStringLiteral("system"), xs::Localization::Unnamed::English));
    // The CLI says what happened in its own words (and --json); the areas' log lines are for the
    // desktop's log file. QT_LOGGING_RULES="xs.sync.info=true" shows them here when wanted.
    QLoggingCategory::setFilterRules(QStringLiteral("xs.*=false"));

    QString notice;
    const std::unique_ptr<xs::Clock> clock = xs::clockFromEnvironment(&notice);
    if (!notice.isEmpty())
        std::fprintf(stderr, "xiangshu-cli: %s\n", qPrintable(notice));
    xs::QtKeychainStore keychain;
    xs::CliRunner runner(keychain, *clock);
    return int(runner.run(QCoreApplication::arguments()));
}
