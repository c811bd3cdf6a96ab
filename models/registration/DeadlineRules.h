#pragma once

#include "models/calendar/WorkingCalendar.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

class AuthorityStore;

/// How long a step of registration may take (DOMAIN.md §2). Every rule is data, not code: the
/// administrator changes a value (Hunan may shorten formal review to 15 WD) and the hub publishes
/// it like any other record (entity deadline_rule).
struct DeadlineRule
{
    enum class Unit
    {
        WorkingDays,
        CalendarDays,
        Years,
    };
    QString step;
    int value = 0;
    Unit unit = Unit::WorkingDays;
    QString source; // the article it comes from

    static QString unitName(Unit unit);
    static std::optional<Unit> unitFromName(const QString& name);
    /// The synced record type a published rule travels as.
    static inline const QString Entity = QStringLiteral("deadline_rule");
    static QString recordId(const QString& step);
    QJsonObject toRecordFields() const;
    static std::optional<DeadlineRule> fromRecordFields(const QJsonObject& fields, Message* error);
};

class DeadlineRules
{
public:
    // The steps, as rule names.
    static inline const QString Acceptance = QStringLiteral("acceptance");
    static inline const QString FormalReview = QStringLiteral("formal_review");
    static inline const QString PublicNotice = QStringLiteral("public_notice");
    static inline const QString CancellationReview = QStringLiteral("cancellation_review");
    static inline const QString Validity = QStringLiteral("validity");
    static inline const QString RenewalWindow = QStringLiteral("renewal_window");
    static inline const QString RenewalTerm = QStringLiteral("renewal_term");
    /// An operator's first registration of its products once operation starts (OPS §16).
    static inline const QString FirstRegistration = QStringLiteral("first_registration");
    /// Not registration's: after an operating report whose revenue is within 10% of its maximum,
    /// the operator adjusts its prices; beyond 10%, the bureau reviews the caps (RevenueReview).
    static inline const QString PriceAdjustment = QStringLiteral("price_adjustment");
    static inline const QString CapReview = QStringLiteral("cap_review");
    /// Not registration's: how long after its agreement's operation starts a product may charge a
    /// trial price (试行) without a signed-off cap (CapSignOff::checkTrial).
    static inline const QString TrialPeriod = QStringLiteral("trial_period");
    /// Not registration's: how long a department has to answer an open-data demand (OpenDataWorkflow).
    /// The rules are one published table; issue 17 moves it out of registration.
    static inline const QString OpenDataReply = QStringLiteral("open_data_reply");

    /// The values of REG and DOMAIN.md §2.
    static DeadlineRules defaults();
    /// The defaults overlaid by published rules (deadline_rule record fields). A rule that does not
    /// parse is ignored: the hub refuses such rules, so only a damaged row can be one, and the
    /// built-in value is the safer deadline.
    static DeadlineRules withPublished(const QList<QJsonObject>& publishedRules);
    /// The defaults overlaid by the rules a store holds (the hub's, or a desktop's copy).
    static DeadlineRules publishedIn(const AuthorityStore& store);
    /// The units a step's rule may be counted in: years for validity and renewal terms, days
    /// (working or calendar) for every other step.
    static QList<DeadlineRule::Unit> unitsOf(const QString& step);
    /// Replaces one rule (a value published by the hub).
    void set(const DeadlineRule& rule);
    DeadlineRule rule(const QString& step) const;
    QList<DeadlineRule> all() const { return m_rules; }

    /// The end of a step that starts on `start`: N working days after it, N calendar days after
    /// it, or N years on. Provisional when working days reach a year whose schedule is not loaded.
    WorkdayDate deadline(const QString& step, const QDate& start, const WorkingCalendar& calendar) const;

private:
    QList<DeadlineRule> m_rules;
};

} // namespace xs
