#pragma once

#include <QString>

namespace xs {

/// A body that provides or uses public data: a provincial department (省直部门), a department of
/// one of the 14 市州, or a utility (供电、供水 ...). Synced with the hub like every entity.
struct Department
{
    enum class Kind
    {
        Provincial,
        Prefectural,
        Utility,
    };

    QString id; // UUID
    QString code;
    QString name;
    Kind kind = Kind::Provincial;
    QString divisionCode; // 行政区划代码 of the province or the 市州
    int sortOrder = 0;
    qint64 version = 0;
    QString updatedAt;
    QString updatedBy;
    bool deleted = false;

    static QString kindToString(Kind kind);
    static Kind kindFromString(const QString& text);
};

} // namespace xs
