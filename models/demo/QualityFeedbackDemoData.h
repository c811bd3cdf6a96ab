#pragma once

#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QSqlDatabase>

namespace xs {

/// Demo quality feedback on a desktop, after the demo catalog: 18 reports on published resources
/// (some on a data item) in every state and on all four dimensions, filed by the demo cataloguer's
/// department (430000027) among others, and the rectification orders that have the upheld ones
/// corrected, some overdue. The same date and catalog write the same records.
class QualityFeedbackDemoData
{
public:
    static constexpr int Reports = 18;

    explicit QualityFeedbackDemoData(QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QDate m_today;
};

} // namespace xs
