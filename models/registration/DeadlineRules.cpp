#include "models/registration/DeadlineRules.h"

#include "models/journal/AccessPolicy.h"

#include <QUuid>

namespace xs {

QString DeadlineRule::unitName(Unit unit)
{
    switch (unit) {
    case Unit::WorkingDays:
        return QStringLiteral("working_days");
    case Unit::CalendarDays:
        return QStringLiteral("calendar_days");
    case Unit::Years:
        return QStringLiteral("years");
    }
    return {};
}

std::optional<DeadlineRule::Unit> DeadlineRule::unitFromName(const QString& name)
{
    for (const Unit unit : {Unit::WorkingDays, Unit::CalendarDays, Unit::Years}) {
        if (unitName(unit) == name)
            return unit;
    }
    return std::nullopt;
}

QString DeadlineRule::recordId(const QString& step)
{
    static const QUuid Namespace = QUuid::fromString(u"3c5e0a71-8d24-4f6b-b1e9-57c2a0d4e813");
    return QUuid::createUuidV5(Namespace, QStringLiteral("registration-deadline/") + step)
        .toString(QUuid::WithoutBraces);
}

QJsonObject DeadlineRule::toRecordFields() const
{
    return {{QStringLiteral("step"), step},
            {QStringLiteral("value"), value},
            {QStringLiteral("unit"), unitName(unit)},
            {QStringLiteral("source"), source}};
}

std::optional<DeadlineRule> DeadlineRule::fromRecordFields(const QJsonObject& fields, Message* error)
{
    DeadlineRule rule;
    rule.step = fields.value(QStringLiteral("step")).toString();
    rule.value = fields.value(QStringLiteral("value")).toInt(-1);
    rule.source = fields.value(QStringLiteral("source")).toString();
    const std::optional<Unit> unit = unitFromName(fields.value(QStringLiteral("unit")).toString());
    const DeadlineRules defaults = DeadlineRules::defaults();
    const bool knownStep =
        std::any_of(defaults.all().cbegin(), defaults.all().cend(),
                    [&](const DeadlineRule& candidate) { return candidate.step == rule.step; });
    // Bounds: a deadline rule is days or a few years, never zero or absurd, and in a unit its step
    // can be counted in (a validity in years; a renewal window in calendar or working days).
    if (!knownStep || !unit || !DeadlineRules::unitsOf(rule.step).contains(*unit) || rule.value < 1 ||
        rule.value > (*unit == Unit::Years ? 10 : 366)) {
        *error = XS_MESSAGE("xs::DeadlineRules", "the deadline rule \"%1\" has no valid value or unit")
                     .arg(rule.step.left(64));
        return std::nullopt;
    }
    rule.unit = *unit;
    return rule;
}

DeadlineRules DeadlineRules::defaults()
{
    DeadlineRules rules;
    using Unit = DeadlineRule::Unit;
    const QString Reg = QStringLiteral("公共数据资源登记管理暂行办法（发改数据规〔2025〕26号）");
    rules.m_rules = {
        {Acceptance, 3, Unit::WorkingDays, Reg + QStringLiteral("：受理")},
        {FormalReview, 20, Unit::WorkingDays,
         Reg + QStringLiteral("：形式审核（湖南或为 15 个工作日，待核实）")},
        {PublicNotice, 10, Unit::WorkingDays, Reg + QStringLiteral("：公示")},
        {CancellationReview, 10, Unit::WorkingDays, Reg + QStringLiteral("：注销登记")},
        {Validity, 3, Unit::Years, Reg + QStringLiteral("：有效期")},
        // Readings differ on whether the 60 days are calendar or working days: one rule, published
        // by the bureau once it has decided (xiangshu-cli rules publish).
        {RenewalWindow, 60, Unit::CalendarDays,
         Reg + QStringLiteral("：续展（期满前 60 日内；按自然日还是工作日计算，待核实）")},
        {RenewalTerm, 3, Unit::Years, Reg + QStringLiteral("：续展期限")},
        {FirstRegistration, 20, Unit::WorkingDays, Reg + QStringLiteral("：开始运营后首次登记")},
        // HN25 item 6 names no figure: 15 working days until the bureau publishes its own (unverified).
        {OpenDataReply, 15, Unit::WorkingDays,
         QStringLiteral("湘政办发〔2025〕25号 第6项：开放需求受理反馈（未规定时限，默认值待核实）")},
        // The annual 10% check (PRICE) says who acts, not by when: counted from the operating report's
        // submission until the bureau publishes its own (unverified).
        {PriceAdjustment, 60, Unit::CalendarDays,
         QStringLiteral(
             "发改价格〔2025〕65号：收入偏差不超过10%，运营机构调整价格（未规定时限，默认值待核实）")},
        {CapReview, 90, Unit::CalendarDays,
         QStringLiteral("发改价格〔2025〕65号：收入偏差超过10%，调整价格上限（未规定时限，默认值待核实）")},
        // "试行价格" for the first year: counted from the agreement's operating start (unverified:
        // the policy does not say a year of what).
        {TrialPeriod, 1, Unit::Years,
         QStringLiteral("发改价格〔2025〕65号：首年试行价格（自协议开始运营起算，待核实）")},
    };
    return rules;
}

DeadlineRules DeadlineRules::withPublished(const QList<QJsonObject>& publishedRules)
{
    DeadlineRules rules = defaults();
    for (const QJsonObject& fields : publishedRules) {
        Message problem;
        if (const std::optional<DeadlineRule> rule = DeadlineRule::fromRecordFields(fields, &problem))
            rules.set(*rule);
    }
    return rules;
}

DeadlineRules DeadlineRules::publishedIn(const AuthorityStore& store)
{
    QList<QJsonObject> published;
    for (const RecordState& record : store.live(DeadlineRule::Entity))
        published << record.fields;
    return withPublished(published);
}

QList<DeadlineRule::Unit> DeadlineRules::unitsOf(const QString& step)
{
    using Unit = DeadlineRule::Unit;
    if (step == Validity || step == RenewalTerm || step == TrialPeriod)
        return {Unit::Years};
    return {Unit::WorkingDays, Unit::CalendarDays};
}

void DeadlineRules::set(const DeadlineRule& rule)
{
    for (DeadlineRule& existing : m_rules) {
        if (existing.step == rule.step) {
            existing = rule;
            return;
        }
    }
    m_rules << rule;
}

DeadlineRule DeadlineRules::rule(const QString& step) const
{
    for (const DeadlineRule& candidate : m_rules) {
        if (candidate.step == step)
            return candidate;
    }
    return {};
}

WorkdayDate DeadlineRules::deadline(const QString& step, const QDate& start,
                                    const WorkingCalendar& calendar) const
{
    const DeadlineRule found = rule(step);
    switch (found.unit) {
    case DeadlineRule::Unit::WorkingDays:
        return calendar.addWorkdays(start, found.value);
    case DeadlineRule::Unit::CalendarDays:
        return {start.addDays(found.value), false};
    case DeadlineRule::Unit::Years:
        return {start.addYears(found.value), false};
    }
    return {start, false};
}

} // namespace xs
