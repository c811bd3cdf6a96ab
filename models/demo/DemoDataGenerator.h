#pragma once

#include "models/catalog/Department.h"
#include "models/demo/GrantDemoData.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace xs {

/// Fills an empty database with deterministic, realistic demo data for Hunan. The same scale
/// always gives the same rows (ids included), so screenshots, tests and benchmarks are repeatable.
class DemoDataGenerator
{
public:
    enum class Scale
    {
        Small, // a few thousand resources: the README's run command
        Bench, // 200,000 resources with 1,000,000 data items
        Large, // 1,000,000 resources, with the bench's registrations and grants
        // The province's 一本账 (issue 19): 1,000,000 resources with 5,000,000 data items,
        // 5,000 registration applications and 500 agreements.
        Province,
    };

    static std::optional<Scale> scaleFromString(const QString& text);
    static QString scaleToString(Scale scale);

    /// today: what the demo's dates are counted back from (the clock's date), so deadlines,
    /// overdue entries and dashboard periods look the same on any day.
    DemoDataGenerator(QSqlDatabase database, const QDate& today);

    /// Refuses (AlreadyExists) if the database already holds departments; writes all or nothing.
    /// Departments: Hunan's provincial departments, eight in each of the 14 市州, and utilities.
    /// Then the catalog: resources with five data items each (CatalogDemoData). progress may cancel.
    DatabaseError generate(Scale scale, const std::function<bool(qint64 done, qint64 total)>& progress = {});

    /// How many resources a scale holds.
    static qint64 entriesFor(Scale scale);
    /// Registration applications written at each scale (the queue benchmark uses 100,000).
    static qint64 applicationsFor(Scale scale);
    /// Grants written at each scale (the dashboard benchmark makes its own, larger set).
    static GrantDemoData::Size grantsFor(Scale scale);
    /// The hub's demo grants: fewer agreements and two years of prices, so every desktop that
    /// syncs with a demo hub (the sync tests start dozens) pulls a small first page set.
    static GrantDemoData::Size hubGrants();

    /// The demo departments, for the desktop and the hub alike (deterministic ids).
    static QList<Department> departments();

private:
    QSqlDatabase m_database;
    QDate m_today;
};

} // namespace xs
