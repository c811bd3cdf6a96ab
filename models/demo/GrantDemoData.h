#pragma once

#include "models/journal/SyncTypes.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <algorithm>
#include <functional>

namespace xs {

/// Demo records of authorized operation and pricing: operators, filed implementation plans,
/// agreements in every state across the 市州 and domains, products of both use classes (some
/// tiered), monthly prices under their caps, annual operating reports around their maximum allowed
/// revenue, and disclosures of which some are missing, so the dashboards show overdue ones. Every
/// record passes the rules the hub applies. The same reference date writes the same records.
class GrantDemoData
{
public:
    struct Size
    {
        qint64 agreements = 60;
        int productsPerAgreement = 5;
        int monthsOfPrices = 60; // at most this many months back from today
    };

    explicit GrantDemoData(QDate today);

    /// Writes into a desktop database, inside the caller's transaction; records are written in
    /// batches of batchSize, so memory stays flat at bench scale.
    DatabaseError write(QSqlDatabase database, const Size& size) const;
    /// The same records, for the hub's demo.
    QList<RecordState> records(const Size& size) const;

    /// A valid 统一社会信用代码 for the n-th demo operator.
    static QString creditCode(qint64 n);
    /// The id of the n-th demo operator (field audit tasks visit them).
    static QString operatorId(qint64 n);
    /// How many operators a size writes.
    static qint64 operatorCount(const Size& size) { return std::max<qint64>(1, size.agreements / 4); }

private:
    /// The catalog entries agreements name: published ones of the 授权运营 catalog, and a few
    /// withdrawn since (the dashboard flags the agreements naming them). Empty where there is no
    /// catalog (the hub's demo): agreements then name ids of their own.
    struct Resources
    {
        QStringList authorized;
        QStringList withdrawn;
    };
    static Resources resourcesIn(QSqlDatabase database, DatabaseError* error);

    using Sink = std::function<DatabaseError(const QList<RecordState>& batch)>;
    DatabaseError generate(const Size& size, const Resources& resources, const Sink& sink) const;

    QDate m_today;
};

} // namespace xs
