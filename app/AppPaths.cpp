#include "app/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace xs::AppPaths {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("xiangshu"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("xiangshu.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("xiangshu-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XS_VERSION));
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("xiangshu.db"));
}

} // namespace xs::AppPaths
