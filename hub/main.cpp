// xiangshu-hub: the reference province hub. Everything it does lives in xs_hub (hub/).
#include "hub/HubCommandLine.h"
#include "models/common/Clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char* argv[])
{
    // Everything the hub writes (its store, the key of a development certificate) is for its own
    // account only: the store holds password hashes.
    ::umask(077);
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xiangshu-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XS_VERSION));
    QString notice;
    const std::unique_ptr<xs::Clock> clock = xs::clockFromEnvironment(&notice);
    if (!notice.isEmpty())
        std::fprintf(stderr, "xiangshu-hub: %s\n", qPrintable(notice));
    return xs::HubCommandLine(*clock).run(QCoreApplication::arguments());
}
