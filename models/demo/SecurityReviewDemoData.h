#pragma once

#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QSqlDatabase>

namespace xs {

/// Demo security reviews on a desktop, made on the demo's security-review checklist after the
/// sharing requests and agreements are written: every conditional request that was decided has
/// the concluded review its decision rests on (passed or with conditions for an approval, failed
/// for a refusal), every other one awaiting its reply is under review with part of the checklist
/// answered, and so is every signed agreement but the first, which awaits its review still.
class SecurityReviewDemoData
{
public:
    explicit SecurityReviewDemoData(QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QDate m_today;
};

} // namespace xs
