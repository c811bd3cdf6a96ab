// xiangshu-cli: the command-line tool. Everything it does lives in xs_app (app/cli/).
#include "app/AppPaths.h"
#include "app/Localization.h"
#include "app/cli/CliRunner.h"
#include "app/secrets/QtKeychainStore.h"
#include "models/common/Clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    xs::AppPaths::applyApplicationIdentity();
    xs::Localization::install(application, xs::Localization::resolve(QStringLiteral("system")));

    QString notice;
    const std::unique_ptr<xs::Clock> clock = xs::clockFromEnvironment(&notice);
    if (!notice.isEmpty())
        std::fprintf(stderr, "xiangshu-cli: %s\n", qPrintable(notice));
    xs::QtKeychainStore keychain;
    xs::CliRunner runner(keychain, *clock);
    return int(runner.run(QCoreApplication::arguments()));
}
