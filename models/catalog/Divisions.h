#pragma once

#include <QList>
#include <QString>

namespace xs {

/// Hunan (430000) and its 14 prefecture-level divisions (市州), with their national codes.
struct Division
{
    QString code;
    QString name;
    QString shortName;
    bool isProvince = false;
};

/// The same rows that migration 0001 puts in the division table (a test keeps the two equal), for
/// code that has no desktop database at hand, such as the hub.
const QList<Division>& hunanDivisions();
/// The division with this code, or nullptr.
const Division* findDivision(const QString& code);

} // namespace xs
