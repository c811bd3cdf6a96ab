// xiangshu-cli: the command-line tool. Everything it does lives in xs_app (app/cli/).
#include "app/AppPaths.h"
#include "app/Localization.h"
#include "app/cli/CliRunner.h"
#include "app/secrets/QtKeychainStore.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    xs::AppPaths::applyApplicationIdentity();
    xs::Localization::install(application, xs::Localization::resolve(QStringLiteral("system")));

    xs::QtKeychainStore keychain;
    xs::CliRunner runner(keychain);
    return int(runner.run(QCoreApplication::arguments()));
}
