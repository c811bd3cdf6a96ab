#include "models/demo/RegistrationDemoData.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationAmendment.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <random>
#include <string_view>

namespace xs {

namespace {

// Weights per state, in percent: most of a real queue is open work and finished registrations.
struct StateShare
{
    const char* state;
    int percent;
};
constexpr StateShare Shares[] = {
    {"submitted", 12},
    {"awaiting_materials", 6},
    {"not_accepted", 3},
    {"under_review", 24},
    {"review_paused", 2},
    {"review_failed", 3},
    {"in_public_notice", 10},
    {"objection_review", 1},
    {"awaiting_code", 4},
    {"registered", 28},
    {"lapsed", 2},
    {"cancelled", 2},
    {"terminated", 1},
    {"revoked", 2},
};

const char* const Products[] = {"企业信用画像", "不动产登记信息", "公共交通客流", "医保结算明细",
                                "气象观测",     "电力消费指数",   "市场主体登记", "住房公积金缴存",
                                "交通违法统计", "水质监测",       "文旅消费热力", "农产品价格监测",
                                "教育资源分布", "就业岗位需求",   "物流运输轨迹"};
const char* const Kinds[] = {"数据资源", "数据产品", "数据服务", "数据集"};
const char* const Operators[] = {"湖南省数据产业集团有限公司", "长沙数据资产运营有限公司",
                                 "湘江数据科技有限公司", "湖南大数据交易所有限公司",
                                 "株洲数字城市运营有限公司"};
const char* const Utilities[] = {"国网湖南省电力有限公司", "湖南省水务集团有限公司",
                                 "湖南高速公路集团有限公司", "长沙市公共交通集团有限责任公司"};
const char* const Reviewers[] = {"demo-reviewer", "reviewer-li", "reviewer-chen", "reviewer-zhou"};

QString text(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject event(const QString& date, const QString& by, const char* action)
{
    return {{QStringLiteral("at"), date + QStringLiteral("T01:30:00.000Z")},
            {QStringLiteral("by"), by},
            {QStringLiteral("action"), QString::fromLatin1(action)},
            {QStringLiteral("arguments"), QJsonObject()}};
}

// The steps a record in this state has been through, on its own dates.
QJsonArray demoTimeline(const QJsonObject& fields, const QString& state)
{
    const QString submitted = fields.value(QStringLiteral("submitted_on")).toString();
    const QString started = fields.value(QStringLiteral("step_started_on")).toString(submitted);
    const QString reviewer =
        fields.value(QStringLiteral("assignee")).toString(QStringLiteral("demo-reviewer"));
    QJsonArray events{event(submitted, QStringLiteral("demo"), "submit")};
    const QStringList accepted{QStringLiteral("under_review"),     QStringLiteral("review_paused"),
                               QStringLiteral("review_failed"),    QStringLiteral("in_public_notice"),
                               QStringLiteral("objection_review"), QStringLiteral("awaiting_code")};
    if (state == QLatin1String("awaiting_materials"))
        events.append(event(submitted, reviewer, "request_materials"));
    if (state == QLatin1String("not_accepted"))
        events.append(event(submitted, reviewer, "refuse"));
    if (accepted.contains(state))
        events.append(
            event(state == QLatin1String("under_review") ? started : submitted, reviewer, "accept"));
    if (state == QLatin1String("in_public_notice") || state == QLatin1String("objection_review") ||
        state == QLatin1String("awaiting_code"))
        events.append(event(started, reviewer, "approve"));
    if (state == QLatin1String("objection_review"))
        events.append(event(started, reviewer, "object"));
    if (state == QLatin1String("applied")) { // a change, through the whole procedure
        const QString coded = fields.value(QStringLiteral("coded_on")).toString();
        for (const char* step : {"accept", "approve", "close_notice", "issue_code"})
            events.append(event(step == std::string_view("accept") ? submitted : coded, reviewer, step));
    }
    return events;
}

} // namespace

RegistrationDemoData::RegistrationDemoData(QList<Department> departments, WorkingCalendar calendar,
                                           QDate today)
    : m_departments(std::move(departments))
    , m_calendar(std::move(calendar))
    , m_today(today)
{}

DatabaseError RegistrationDemoData::write(QSqlDatabase database, qint64 applications,
                                          const Progress& progress) const
{
    LocalRecordStore store(std::move(database));
    const EntitySchema& schema = *findEntity(QStringLiteral("registration"));
    return generate(applications, [&](const QList<RecordState>& batch, qint64 done) {
        if (DatabaseError error = store.writeAll(schema, batch); error.isError())
            return error;
        if (progress && !progress(done, applications))
            return DatabaseError(DatabaseError::Kind::Cancelled);
        return DatabaseError();
    });
}

QList<RecordState> RegistrationDemoData::records(qint64 applications) const
{
    QList<RecordState> all;
    generate(applications, [&all](const QList<RecordState>& batch, qint64) {
        all += batch;
        return DatabaseError();
    });
    return all;
}

DatabaseError RegistrationDemoData::generate(qint64 applications, const Sink& sink) const
{
    if (m_departments.isEmpty())
        return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("no demo departments"));
    const EntitySchema& schema = *findEntity(QStringLiteral("registration"));
    const DeadlineRules rules = DeadlineRules::defaults();
    std::mt19937_64 random(20250301); // REG's date of force
    const auto pick = [&random](auto& list) -> decltype(auto) {
        return list[random() % std::size(list)];
    };
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    // Registered first registrations no amendment names yet, with their codes: each change,
    // correction or cancellation names one of them, as the hub requires.
    QList<std::pair<QString, QString>> unamended;
    // A running step started a number of working days ago, so it has the same working days left
    // (or overdue) on any date: the queue shows the same mix of due-soon and overdue work whenever
    // the demo is made. Past the loaded schedules a deadline is provisional, as in real work.
    const auto stepStartedAgo = [&](int workdays) {
        return m_calendar.addWorkdays(m_today, -workdays).date;
    };

    QList<RecordState> batch;
    for (qint64 index = 0; index < applications; ++index) {
        int roll = int(random() % 100);
        QString state;
        for (const StateShare& share : Shares) {
            if ((roll -= share.percent) < 0) {
                state = QString::fromLatin1(share.state);
                break;
            }
        }
        if (state.isEmpty())
            state = QStringLiteral("registered");
        // Registered over three years ago and not renewed: cancelled by the hub's lapse step below.
        const bool lapsed = state == QLatin1String("lapsed");
        if (lapsed)
            state = QStringLiteral("registered");

        QJsonArray applicants;
        const int applicantKind = int(random() % 10);
        if (applicantKind < 5) {
            const Department& department =
                m_departments.at(qsizetype(random() % quint64(m_departments.size())));
            applicants.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                                          {QStringLiteral("name"), department.name},
                                          {QStringLiteral("code"), department.code}});
        } else {
            applicants.append(
                QJsonObject{{QStringLiteral("kind"),
                             applicantKind < 8 ? QStringLiteral("operator") : QStringLiteral("utility")},
                            {QStringLiteral("name"),
                             QString::fromUtf8(applicantKind < 8 ? pick(Operators) : pick(Utilities))}});
        }
        if (random() % 10 == 0) // joint applications
            applicants.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("operator")},
                                          {QStringLiteral("name"), QString::fromUtf8(pick(Operators))}});

        QString type = random() % 10 < 7 ? QStringLiteral("first")
                                         : RegistrationVocabulary::types().at(qsizetype(1 + random() % 4));
        // An amendment is open, or (a change or correction) already applied; otherwise, or with no
        // registration left to name, the application is a first registration.
        const bool amends =
            RegistrationAmendment::actsOnARegistration(type) && !unamended.isEmpty() &&
            (RegistrationVocabulary::isOpen(state) ||
             (RegistrationAmendment::changesFields(type) && state == QLatin1String("registered")));
        if (!amends && RegistrationAmendment::actsOnARegistration(type))
            type = QStringLiteral("first");
        std::pair<QString, QString> amended;
        if (amends) {
            std::swap(unamended[qsizetype(random() % quint64(unamended.size()))], unamended.last());
            amended = unamended.takeLast();
            if (state == QLatin1String("registered"))
                state = QStringLiteral("applied");
        }
        QJsonObject materials;
        for (const QString& material : RegistrationVocabulary::materialsFor(type))
            materials.insert(material, state != QLatin1String("awaiting_materials") || random() % 3 != 0);

        QJsonObject fields{
            {QStringLiteral("number"),
             QStringLiteral("湘数登〔%1〕%2号").arg(m_today.year()).arg(index + 1, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("type"), type},
            {QStringLiteral("applicants"), text(applicants)},
            {QStringLiteral("data_name"), QString::fromUtf8(pick(Products)) + QString::fromUtf8(pick(Kinds))},
            {QStringLiteral("summary"), QStringLiteral("面向公共服务与产业应用的数据资源，已完成合规评估。")},
            {QStringLiteral("materials"), text(materials)},
            {QStringLiteral("state"), state},
            {QStringLiteral("materials_notice_sent"), state == QLatin1String("awaiting_materials")},
            {QStringLiteral("events"), QStringLiteral("[]")}};
        // Running steps: mostly within their time (some due today or in a day or two), about one in
        // eight overdue by up to a few weeks.
        const bool overdue = random() % 8 == 0;
        const int spread = int(random() % 15);
        const QString step = state == QLatin1String("submitted")          ? DeadlineRules::Acceptance
                             : state == QLatin1String("under_review")     ? DeadlineRules::FormalReview
                             : state == QLatin1String("in_public_notice") ? DeadlineRules::PublicNotice
                                                                          : QString();
        QDate started;
        WorkdayDate end;
        if (!step.isEmpty()) {
            const int length = rules.rule(step).value;
            started = stepStartedAgo(overdue ? length + 1 + spread : spread % (length + 1));
            end = rules.deadline(step, started, m_calendar);
        }
        if (end.date.isValid()) {
            fields.insert(QStringLiteral("step_started_on"), iso(started));
            fields.insert(QStringLiteral("step_deadline"), iso(end.date));
            fields.insert(QStringLiteral("deadline_provisional"), end.provisional);
            fields.insert(QStringLiteral("deadline_from"), iso(started));
            fields.insert(QStringLiteral("deadline_workdays"), rules.rule(step).value);
        }
        if (state == QLatin1String("review_paused"))
            fields.insert(QStringLiteral("remaining_workdays"), int(1 + random() % 15));
        fields.insert(QStringLiteral("submitted_on"),
                      iso((started.isValid() ? started : m_today).addDays(-int(random() % 20))));
        if (RegistrationVocabulary::isOpen(state) && random() % 10 < 7)
            fields.insert(QStringLiteral("assignee"), QString::fromLatin1(pick(Reviewers)));
        fields.insert(QStringLiteral("events"), text(demoTimeline(fields, state)));
        if (state == QLatin1String("registered") || state == QLatin1String("cancelled") ||
            state == QLatin1String("revoked")) {
            // Coded up to three years ago; a few expire within the renewal window.
            const QDate coded = m_today.addDays(-int(random() % 1090) - (lapsed ? 1100 : 0));
            fields.insert(QStringLiteral("coded_on"), iso(coded));
            fields.insert(QStringLiteral("expires_on"), iso(coded.addYears(3).addDays(-1)));
            fields.insert(QStringLiteral("registration_code"),
                          QStringLiteral("43%1%2").arg(coded.year()).arg(index + 1, 8, 10, QLatin1Char('0')));
        }
        if (state == QLatin1String("not_accepted") || state == QLatin1String("review_failed") ||
            state == QLatin1String("terminated") || state == QLatin1String("revoked"))
            fields.insert(QStringLiteral("decision_reason"), QStringLiteral("数据来源合法性证明不足。"));

        if (amends) {
            fields.insert(QStringLiteral("related_registration_id"), amended.first);
            // Open: a new summary; applied: the one the registration holds since.
            if (RegistrationAmendment::changesFields(type))
                fields.insert(QStringLiteral("changes"),
                              text(QJsonObject{
                                  {QStringLiteral("summary"),
                                   state == QLatin1String("applied")
                                       ? fields.value(QStringLiteral("summary")).toString()
                                       : QStringLiteral("补充 2026 年度数据，字段说明已按最新标准修订。")}}));
            if (state == QLatin1String("applied")) {
                fields.insert(QStringLiteral("registration_code"), amended.second);
                // Filed two to eight months ago, applied a month or so later.
                const QDate filed = m_today.addDays(-60 - int(random() % 200));
                fields.insert(QStringLiteral("submitted_on"), iso(filed));
                fields.insert(QStringLiteral("coded_on"), iso(filed.addDays(30 + int(random() % 20))));
                fields.insert(QStringLiteral("events"), text(demoTimeline(fields, state)));
                fields.insert(QStringLiteral("applied_on"), fields.value(QStringLiteral("coded_on")));
            }
        }
        if (lapsed) {
            RegistrationContext hub;
            hub.role = Role::Admin;
            hub.user = QStringLiteral("xiangshu-hub");
            hub.today = m_today;
            hub.now = timestamp;
            hub.calendar = &m_calendar;
            hub.rules = &rules;
            const RegistrationStep lapse =
                RegistrationWorkflow::apply(fields, RegistrationWorkflow::Lapse, {}, hub);
            for (auto it = lapse.effect.constBegin(); it != lapse.effect.constEnd(); ++it)
                fields.insert(it.key(), it.value());
        }
        const QUuid id = QUuid::createUuidV5(QUuid(), QStringLiteral("demo-registration/%1").arg(index));
        if (type == QLatin1String("first") && state == QLatin1String("registered"))
            unamended.append({id.toString(QUuid::WithoutBraces),
                              fields.value(QStringLiteral("registration_code")).toString()});
        batch.append({schema.name, id.toString(QUuid::WithoutBraces), 0, false, timestamp,
                      QStringLiteral("demo"), normaliseFields(schema, fields), 0});
        if (batch.size() == 1000 || index + 1 == applications) {
            if (DatabaseError error = sink(batch, index + 1); error.isError())
                return error;
            batch.clear();
        }
    }
    return {};
}

} // namespace xs
