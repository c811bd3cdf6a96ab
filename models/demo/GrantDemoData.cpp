#include "models/demo/GrantDemoData.h"

#include "models/catalog/Divisions.h"
#include "models/common/CreditCode.h"
#include "models/grants/AgreementScope.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/pricing/EvaluationCycles.h"
#include "models/pricing/PricingRecords.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <random>

namespace xs {

namespace {

constexpr qsizetype BatchSize = 5000;

const char* const Domains[] = {"交通运输", "医疗健康", "气象", "金融服务",
                               "自然资源", "文化旅游", "教育", "农业农村"};
const char* const Operators[] = {"湖南数据运营", "湘江数智科技", "长株潭数据服务", "潇湘数字产业",
                                 "岳麓数据科技"};
const char* const ProductKinds[] = {"查询接口", "分析报告", "数据集", "模型服务", "指数产品"};

QString text(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The n-th demo operator's name, as its record and the registrations it files give it.
QString operatorName(qint64 n)
{
    return QStringLiteral("%1有限公司（%2）")
        .arg(QString::fromUtf8(Operators[n % std::size(Operators)]))
        .arg(n + 1);
}

/// Deterministic ids: the same demo gives the same ids on the hub and every desktop.
QString demoId(const char* kind, qint64 n)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6a1f0c8e-2d55-4c1e-9a1e-5b0d2f7c3e41}")),
                               QStringLiteral("%1/%2").arg(QLatin1String(kind)).arg(n))
        .toString(QUuid::WithoutBraces);
}

/// The operator's first registration of its products, filed after operation started (OPS §16): most
/// within the 20 working days, one in seven weeks late, and one agreement in ten still without one.
/// Numbered apart from RegistrationDemoData's applications, with codes of their own.
template <typename Emit>
DatabaseError emitFirstRegistration(qint64 n, const QString& agreementId, qint64 operatorNumber,
                                    const QDate& starts, const QString& state, const QDate& today,
                                    const Emit& emitRecord)
{
    const bool operating = state == QLatin1String("operating") || state == QLatin1String("evaluation") ||
                           state == QLatin1String("renewed");
    if (!operating || n % 10 == 3)
        return {};
    const QDate filed = starts.addDays(n % 7 == 2 ? 45 : 8 + n % 10);
    const QDate coded = filed.addDays(40);
    // Valid three years, renewed each time since (the hub would cancel one left to expire).
    QDate expires = coded.addYears(3).addDays(-1);
    while (expires < today)
        expires = expires.addDays(1).addYears(3).addDays(-1);
    const QString code =
        QStringLiteral("43%1%2").arg(coded.year()).arg(90000000 + n, 8, 10, QLatin1Char('0'));
    const QJsonArray applicants{QJsonObject{{QStringLiteral("kind"), QStringLiteral("operator")},
                                            {QStringLiteral("name"), operatorName(operatorNumber)}}};
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, true);
    QJsonArray timeline;
    for (const auto& [day, by, action] :
         {std::tuple{filed, "demo", "submit"}, std::tuple{coded, "demo-reviewer", "issue_code"}})
        timeline.append(
            QJsonObject{{QStringLiteral("at"), day.toString(Qt::ISODate) + QStringLiteral("T01:30:00.000Z")},
                        {QStringLiteral("by"), QLatin1String(by)},
                        {QStringLiteral("action"), QLatin1String(action)},
                        {QStringLiteral("arguments"), QJsonObject()}});
    return emitRecord(
        QStringLiteral("registration"), demoId("first-registration", n),
        {{QStringLiteral("number"),
          QStringLiteral("湘数运登〔%1〕%2号").arg(filed.year()).arg(n + 1, 5, 10, QLatin1Char('0'))},
         {QStringLiteral("type"), QStringLiteral("first")},
         {QStringLiteral("applicants"), text(applicants)},
         {QStringLiteral("data_name"), QStringLiteral("授权运营数据产品（协议 %1）").arg(n + 1)},
         {QStringLiteral("summary"),
          QStringLiteral("授权运营协议项下开发的数据产品和服务，开始运营后办理首次登记。")},
         {QStringLiteral("materials"), text(materials)},
         {QStringLiteral("agreement_id"), agreementId},
         {QStringLiteral("submitted_on"), filed.toString(Qt::ISODate)},
         {QStringLiteral("state"), QStringLiteral("registered")},
         {QStringLiteral("materials_notice_sent"), false},
         {QStringLiteral("registration_code"), code},
         {QStringLiteral("coded_on"), coded.toString(Qt::ISODate)},
         {QStringLiteral("expires_on"), expires.toString(Qt::ISODate)},
         {QStringLiteral("events"), text(timeline)}});
}

} // namespace

QString GrantDemoData::operatorId(qint64 n)
{
    return demoId("operator", n);
}

GrantDemoData::GrantDemoData(QDate today)
    : m_today(today)
{}

QString GrantDemoData::creditCode(qint64 n)
{
    // 9 (enterprise) 1 (company), Changsha's division code, then the number as the organisation code.
    const QString first17 = QStringLiteral("91430100") + QStringLiteral("%1").arg(n, 9, 10, QLatin1Char('0'));
    return first17 + CreditCode::checkCharacter(first17);
}

GrantDemoData::Resources GrantDemoData::resourcesIn(QSqlDatabase database, DatabaseError* error)
{
    Resources resources;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    for (const auto& [condition, ids] :
         {std::pair{AgreementScope::authorizedEntry(), &resources.authorized},
          std::pair{QStringLiteral("e.deleted = 0 AND e.status = 'withdrawn'"), &resources.withdrawn}}) {
        if (!query.exec(QStringLiteral("SELECT e.id FROM catalog_entry e WHERE %1 ORDER BY e.id LIMIT 500")
                            .arg(condition))) {
            *error = DatabaseError::fromSqlError(query.lastError());
            return resources;
        }
        while (query.next())
            ids->append(query.value(0).toString());
    }
    return resources;
}

DatabaseError GrantDemoData::write(QSqlDatabase database, const Size& size) const
{
    DatabaseError error;
    const Resources resources = resourcesIn(database, &error);
    if (error.isError())
        return error;
    LocalRecordStore store(std::move(database));
    return generate(size, resources, [&store](const QList<RecordState>& batch) {
        return store.writeAll(*findEntity(batch.constFirst().entity), batch);
    });
}

QList<RecordState> GrantDemoData::records(const Size& size) const
{
    QList<RecordState> all;
    generate(size, {}, [&all](const QList<RecordState>& batch) {
        all += batch;
        return DatabaseError();
    });
    return all;
}

DatabaseError GrantDemoData::generate(const Size& size, const Resources& catalog, const Sink& sink) const
{
    std::mt19937_64 random(20251001);
    const auto below = [&random](qint64 bound) {
        return qint64(random() % quint64(std::max<qint64>(1, bound)));
    };
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    QMap<QString, QList<RecordState>> pending;
    const auto emitRecord = [&](const QString& entity, const QString& id,
                                const QJsonObject& fields) -> DatabaseError {
        QList<RecordState>& batch = pending[entity];
        batch.append({entity, id, 1, false, timestamp, QStringLiteral("demo"), fields, 0});
        if (batch.size() < BatchSize)
            return {};
        const QList<RecordState> full = std::exchange(batch, {});
        return sink(full);
    };
    const QList<Division>& divisions = hunanDivisions();
    const qint64 operators = operatorCount(size);
    for (qint64 n = 0; n < operators; ++n) {
        if (DatabaseError error =
                emitRecord(QStringLiteral("grant_operator"), demoId("operator", n),
                           {{QStringLiteral("name"), operatorName(n)},
                            {QStringLiteral("credit_code"), creditCode(n + 1)},
                            {QStringLiteral("contact"),
                             QStringLiteral("0731-8888%1").arg(n % 10000, 4, 10, QLatin1Char('0'))},
                            {QStringLiteral("qualifications"),
                             QStringLiteral("数据安全管理体系认证；数据运营能力评估三级")}});
            error.isError())
            return error;
    }
    const qint64 plans = std::max<qint64>(1, size.agreements / 5);
    QJsonObject sections;
    for (const QString& section : GrantVocabulary::planSections())
        sections.insert(section, QStringLiteral("按照实施方案编制要求填写。"));
    for (qint64 n = 0; n < plans; ++n) {
        const Division& division = divisions.at(qsizetype(n % divisions.size()));
        if (DatabaseError error = emitRecord(
                QStringLiteral("grant_plan"), demoId("plan", n),
                {{QStringLiteral("title"),
                  QStringLiteral("%1公共数据授权运营实施方案（第%2号）").arg(division.shortName).arg(n + 1)},
                 {QStringLiteral("domain"), QString::fromUtf8(Domains[n % std::size(Domains)])},
                 {QStringLiteral("division_code"), division.code},
                 {QStringLiteral("sections"), text(sections)},
                 {QStringLiteral("state"), n % 7 == 0 ? QStringLiteral("drafting") : QStringLiteral("filed")},
                 {QStringLiteral("reference"),
                  QStringLiteral("湘数备〔%1〕%2号").arg(m_today.year()).arg(n + 1)}});
            error.isError())
            return error;
    }

    const QStringList modes = GrantVocabulary::modes();
    const QStringList methods = GrantVocabulary::selectionMethods();
    const QStringList units = GrantVocabulary::billingUnits();
    const QStringList kinds = GrantVocabulary::disclosureKinds();
    qint64 productNumber = 0;
    qint64 priceNumber = 0;
    qint64 reportNumber = 0;
    qint64 disclosureNumber = 0;
    for (qint64 n = 0; n < size.agreements; ++n) {
        const QString agreementId = demoId("agreement", n);
        // Terms started up to five years ago, three to five years long; a few end within 90 days.
        QDate starts = m_today.addDays(-30 - below(5 * 365));
        starts = QDate(starts.year(), starts.month(), 1);
        QDate ends = starts.addYears(3 + int(below(3))).addDays(-1);
        if (n % 17 == 0)
            ends = m_today.addDays(10 + below(70));
        const int roll = int(below(100));
        QString state = QStringLiteral("operating");
        if (ends < m_today)
            state = roll < 50 ? QStringLiteral("exited") : QStringLiteral("terminated");
        else if (roll < 8)
            state = QStringLiteral("evaluation");
        else if (roll < 16)
            state = QStringLiteral("renewed");
        else if (n % 12 == 5) // signed, waiting for its security review before it operates
            state = QStringLiteral("signed");
        const Division& division = divisions.at(qsizetype(below(divisions.size())));
        const QString domain = QString::fromUtf8(Domains[below(std::size(Domains))]);
        const int providerShare = 3000 + int(below(11)) * 100;
        const QJsonArray shares{QJsonObject{{QStringLiteral("party"), QStringLiteral("数据提供单位")},
                                            {QStringLiteral("share_bp"), providerShare}},
                                QJsonObject{{QStringLiteral("party"), QStringLiteral("运营机构")},
                                            {QStringLiteral("share_bp"), 9000 - providerShare}},
                                QJsonObject{{QStringLiteral("party"), QStringLiteral("公共财政")},
                                            {QStringLiteral("share_bp"), 1000}}};
        // Price evaluation cycles of three years each, the longest the rule allows, across the term.
        QList<EvaluationCycles::Span> cycles;
        for (int year = starts.year(); year <= ends.year(); year += PricingRules::MaxEvaluationCycleYears)
            cycles.append({year, std::min(ends.year(), year + PricingRules::MaxEvaluationCycleYears - 1)});
        QJsonArray resources;
        for (int r = 0; r < 1 + int(below(3)); ++r) {
            const qint64 k = n * 3 + r;
            const QString id = catalog.authorized.isEmpty()
                                   ? demoId("resource", k)
                                   : catalog.authorized.at(qsizetype(k % catalog.authorized.size()));
            if (!resources.contains(id)) // a catalog of fewer than three authorized entries
                resources.append(id);
        }
        if (!catalog.withdrawn.isEmpty() && n % 12 == 7) // one in twelve names an entry withdrawn since
            resources.append(catalog.withdrawn.at(qsizetype((n / 12) % catalog.withdrawn.size())));
        if (DatabaseError error = emitRecord(
                QStringLiteral("grant_agreement"), agreementId,
                {{QStringLiteral("title"),
                  QStringLiteral("%1%2数据授权运营协议（%3）").arg(division.shortName, domain).arg(n + 1)},
                 {QStringLiteral("plan_id"), demoId("plan", n % plans)},
                 {QStringLiteral("operator_id"), demoId("operator", n % operators)},
                 {QStringLiteral("mode"), modes.at(qsizetype(below(modes.size())))},
                 {QStringLiteral("selection_method"), methods.at(qsizetype(below(methods.size())))},
                 {QStringLiteral("domain"), domain},
                 {QStringLiteral("division_code"), division.code},
                 {QStringLiteral("resources"), text(resources)},
                 {QStringLiteral("starts_on"), starts.toString(Qt::ISODate)},
                 {QStringLiteral("ends_on"), ends.toString(Qt::ISODate)},
                 {QStringLiteral("revenue_shares"), text(shares)},
                 {QStringLiteral("evaluation_cycles"), EvaluationCycles::toJson(cycles)},
                 {QStringLiteral("state"), state}});
            error.isError())
            return error;

        if (DatabaseError error =
                emitFirstRegistration(n, agreementId, n % operators, starts, state, m_today, emitRecord);
            error.isError())
            return error;

        QList<std::pair<QString, qint64>> charged; // the fee-charging products' names and prices
        for (int p = 0; p < size.productsPerAgreement; ++p, ++productNumber) {
            const bool welfare = below(10) < 3;
            // Trial prices only where operation started within the trial period (a year).
            const bool trial = !welfare && productNumber % 13 == 6 && starts > m_today.addYears(-1);
            const qint64 cap = welfare ? 0 : 10000 + below(490000); // 100 – 5,000 yuan
            QJsonObject product{
                {QStringLiteral("agreement_id"), agreementId},
                {QStringLiteral("name"),
                 QStringLiteral("%1%2 %3号")
                     .arg(domain, QString::fromUtf8(ProductKinds[below(std::size(ProductKinds))]))
                     .arg(productNumber + 1)},
                {QStringLiteral("use_class"),
                 welfare ? QStringLiteral("public_welfare") : QStringLiteral("industry")},
                {QStringLiteral("trial"), false}};
            if (!welfare) {
                product.insert(QStringLiteral("billing_unit"), units.at(qsizetype(below(units.size()))));
                product.insert(QStringLiteral("cap_fen"), cap);
                product.insert(QStringLiteral("price_fen"), cap * (80 + below(21)) / 100);
                // Four eyes: a reviewer proposed the cap, a manager signed it off. One in nine has
                // a higher cap proposed and waiting; one in thirteen charges a trial price, no cap yet.
                product.insert(QStringLiteral("cap_in_force_fen"), cap);
                product.insert(QStringLiteral("cap_proposed_by"), QStringLiteral("demo-reviewer"));
                product.insert(QStringLiteral("cap_signed_off_by"), QStringLiteral("demo-manager"));
                if (productNumber % 9 == 4)
                    product.insert(QStringLiteral("cap_fen"), cap * 11 / 10);
                if (trial) {
                    for (const char* field :
                         {"cap_fen", "cap_in_force_fen", "cap_proposed_by", "cap_signed_off_by"})
                        product.remove(QLatin1String(field));
                    product.insert(QStringLiteral("trial"), true);
                }
                charged.append({product.value(QStringLiteral("name")).toString(),
                                product.value(QStringLiteral("price_fen")).toInteger()});
                if (productNumber % 4 == 2)
                    product.insert(QStringLiteral("discounts"),
                                   QStringLiteral(R"([{"for":"科研机构","discount_bp":3000},)"
                                                  R"({"for":"中小微企业","discount_bp":2000}])"));
                if (productNumber % 3 == 0 && !trial)
                    product.insert(QStringLiteral("tiers"),
                                   PricingRecords::tiersToJson({{0, cap * 95 / 100},
                                                                {1000 * (1 + below(5)), cap * 85 / 100},
                                                                {10000 * (1 + below(5)), cap * 70 / 100}}));
            }
            // One fee-charging product in five is listed on a data exchange (场内交易), most on Hunan's.
            if (!welfare && productNumber % 5 == 1) {
                static const char* const Listed[] = {"hunan",    "hunan",    "hunan",
                                                     "shanghai", "shenzhen", "guiyang"};
                const QDate listed = std::min(m_today, starts.addDays(60 + productNumber % 90));
                product.insert(QStringLiteral("exchange"),
                               QLatin1String(Listed[productNumber % std::size(Listed)]));
                product.insert(QStringLiteral("listing_code"),
                               QStringLiteral("SJ%1%2")
                                   .arg(listed.year())
                                   .arg(productNumber + 1, 6, 10, QLatin1Char('0')));
                product.insert(QStringLiteral("listed_on"), listed.toString(Qt::ISODate));
                product.insert(QStringLiteral("listing_status"),
                               productNumber % 11 == 1  ? QStringLiteral("delisted")
                               : productNumber % 7 == 1 ? QStringLiteral("suspended")
                                                        : QStringLiteral("listed"));
            }
            const QString productId = demoId("product", productNumber);
            if (DatabaseError error = emitRecord(QStringLiteral("grant_product"), productId, product);
                error.isError())
                return error;
            if (welfare || trial) // a trial price has no cap to record months against yet
                continue;
            // Monthly prices since the term started (at most monthsOfPrices), wandering under the cap.
            int percent = 75 + int(below(20));
            for (int m = size.monthsOfPrices - 1; m >= 0; --m) {
                const QDate month = QDate(m_today.year(), m_today.month(), 1).addMonths(-m);
                if (month < starts || month > ends)
                    continue;
                percent = std::clamp(percent + int(below(7)) - 3, 55, 100);
                const qint64 monthCap = cap + cap * (m_today.year() - month.year()) * -3 / 100;
                if (DatabaseError error =
                        emitRecord(QStringLiteral("grant_price"), demoId("price", priceNumber++),
                                   {{QStringLiteral("product_id"), productId},
                                    {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
                                    {QStringLiteral("cap_fen"), monthCap},
                                    {QStringLiteral("price_fen"), monthCap * percent / 100}});
                    error.isError())
                    return error;
            }
        }

        // One operating report and the disclosures for each finished year of the term.
        for (int year = starts.year(); year <= std::min(ends.year(), m_today.year() - 1); ++year) {
            const qint64 cost = 2'000'000'00 + below(8'000'000'00); // 2–10 million yuan
            PricingRules::RevenueInputs inputs{cost, 500 + int(below(350)), cost / 20, 250, year - 1, year};
            const qint64 maximum = *PricingRules::maxAllowedRevenue(inputs).fen;
            const qint64 actual = maximum * (88 + below(27)) / 100; // 88–114%: a few beyond 10%
            // A quarter of last year's reports and disclosures are missing: overdue after 31 March.
            const bool late = year == m_today.year() - 1 && below(4) == 0;
            QJsonObject report{{QStringLiteral("agreement_id"), agreementId},
                               {QStringLiteral("year"), year},
                               {QStringLiteral("cost_fen"), inputs.costFen},
                               {QStringLiteral("rate_bp"), inputs.rateBp},
                               {QStringLiteral("taxes_fen"), inputs.taxesFen},
                               {QStringLiteral("treasury_yield_bp"), inputs.treasuryYieldBp},
                               {QStringLiteral("yield_year"), inputs.yieldYear},
                               {QStringLiteral("cost_survey_year"), inputs.costSurveyYear},
                               {QStringLiteral("max_revenue_fen"), maximum},
                               {QStringLiteral("actual_revenue_fen"), actual},
                               {QStringLiteral("content"), QStringLiteral("%1年度运营情况报告").arg(year)},
                               {QStringLiteral("submitted_on"),
                                QDate(year + 1, 3, 1 + int(below(28))).toString(Qt::ISODate)}};
            // The fee-charging products share the year's revenue in turn: a half, a half of the rest …
            QJsonArray sales;
            qint64 unsold = actual;
            for (qsizetype i = 0; i < charged.size(); ++i) {
                const qint64 revenue = i + 1 == charged.size() ? unsold : unsold / 2;
                unsold -= revenue;
                sales.append(QJsonObject{
                    {QStringLiteral("product"), charged.at(i).first},
                    {QStringLiteral("quantity"), revenue / std::max<qint64>(1, charged.at(i).second)},
                    {QStringLiteral("revenue_fen"), revenue}});
            }
            if (!sales.isEmpty())
                report.insert(QStringLiteral("product_sales"), text(sales));
            if (!late) {
                if (DatabaseError error =
                        emitRecord(QStringLiteral("grant_report"), demoId("report", reportNumber++), report);
                    error.isError())
                    return error;
            }
            for (const QString& kind : kinds) {
                if (late && kind != kinds.constFirst())
                    continue;
                if (DatabaseError error = emitRecord(
                        QStringLiteral("grant_disclosure"), demoId("disclosure", disclosureNumber++),
                        {{QStringLiteral("agreement_id"), agreementId},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("year"), year},
                         {QStringLiteral("content"), QStringLiteral("%1年度信息披露").arg(year)},
                         {QStringLiteral("submitted_on"), QDate(year + 1, 3, 10).toString(Qt::ISODate)}});
                    error.isError())
                    return error;
            }
        }
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (DatabaseError error = sink(it.value()); error.isError())
            return error;
    }
    return {};
}

} // namespace xs
