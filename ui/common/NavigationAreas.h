#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xs {

/// The areas of the main window's navigation list, in order (ARCHITECTURE.md, UI).
struct NavigationArea
{
    QString id;                  // stable, for settings and object names
    QString iconPath;            // resource path of the SVG icon
    QString title;               // translated
    QString summary;             // translated: what the area is for
    QStringList plannedFeatures; // translated: what will be here
};

QList<NavigationArea> navigationAreas();

/// The area the main window opens on: a manager (by the hub role they are logged in with) starts
/// on the read-only dashboard of authorized operation; everyone else where they left off.
QString startArea(const QString& loggedInRole, const QString& remembered);

} // namespace xs
