// xiangshu-hub: the reference province hub. Everything it does lives in xs_hub (hub/).
#include "hub/HubCommandLine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xiangshu-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XS_VERSION));
    return xs::HubCommandLine().run(QCoreApplication::arguments());
}
