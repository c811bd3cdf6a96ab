#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/SyncTypes.h"
#include "models/registration/DeadlineRules.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace xs {

class Clock;

/// A deadline rule as it holds on this desktop: the built-in value (version 0) unless an
/// administrator published one, which travels through the hub like any record. One reading for
/// `xiangshu-cli rules` and the 管理 area.
struct DeadlineRuleInForce
{
    Q_DECLARE_TR_FUNCTIONS(xs::DeadlineRuleInForce)

public:
    DeadlineRule rule;
    std::optional<RecordState> published;

    /// "20 working days", "60 calendar days", "3 years".
    static QString durationText(const DeadlineRule& rule);
    static QList<DeadlineRuleInForce> read(QSqlDatabase database, const Clock& clock);
    /// Publishes one rule as actor (the record's rules decide: only administrators may). A refusal
    /// is an Invalid error, its reason in *refusal.
    static DatabaseError publish(QSqlDatabase database, const Clock& clock, const Principal& actor,
                                 const DeadlineRule& rule, Refusal* refusal = nullptr);
};

} // namespace xs
