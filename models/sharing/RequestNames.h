#pragma once

#include <QHash>
#include <QString>

namespace xs {

/// What lists of requests between departments show beside codes and ids: departments' codes and
/// the named catalog entries' ids to their names (a code without a name is shown as it is).
struct RequestNames
{
    QHash<QString, QString> departments;
    QHash<QString, QString> entries;
};

} // namespace xs
