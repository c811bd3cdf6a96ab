#pragma once

#include "models/storage/DatabaseError.h"

#include <QStringList>

namespace xs {

class Database;

/// What a verification found. The first problem is the first failure, as `verify` reports it.
struct VerificationReport
{
    QStringList problems;
    DatabaseError error; // set when a check could not run at all
    bool ok() const { return problems.isEmpty() && !error.isError(); }
    QString firstFailure() const { return problems.isEmpty() ? error.fullText() : problems.constFirst(); }
};

/// Storage-level checks: every page's HMAC (SQLCipher), SQLite's integrity check, and foreign keys.
/// Domain checks such as the audit hash chain run after these, in their own area.
class DatabaseVerifier
{
public:
    static VerificationReport verify(const Database& database);
};

} // namespace xs
