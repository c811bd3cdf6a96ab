#include "models/demo/SharingDemoData.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/ProvisionalRecount.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/sharing/SharingWorkflow.h"

#include <QSqlQuery>

namespace xs {

namespace {

struct Shared
{
    QString id;
    QString department;
    QString attribute;
};

// Where a demo request stands, in turn: every state, with deadlines running, passed and extended.
enum class Stage
{
    JustAsked,
    ReplyOverdue,
    MaterialRequested,
    Extended,
    Approved,
    DeliveryOverdue,
    Refused,
    Delivered,
    Withdrawn,
    Count,
};

struct Purpose
{
    const char* purpose;
    const char* scope;
    const char* basis;
};

constexpr Purpose Purposes[] = {
    {"办理企业开办审批时核验申请人信息", "本单位行政审批业务，限审批科室经办人",
     "《政务数据共享条例》第二十一条"},
    {"社会救助对象家庭经济状况核对", "本单位社会救助核对业务", "《社会救助暂行办法》第十一条"},
    {"不动产登记与户籍信息比对", "本单位登记审核业务", "《不动产登记暂行条例》第二十五条"},
    {"\"一件事一次办\"联办事项数据核验", "省政务服务平台联办事项", "《湖南省政务服务规定》"},
};

// The first published resources of the sharing catalog that are shared at all, of one department
// or (empty) of any.
QList<Shared> sharedResources(QSqlDatabase database, const QString& department)
{
    QList<Shared> shared;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, department_code, share_attribute FROM catalog_entry "
                       "WHERE deleted = 0 AND status = 'published' AND in_share_catalog = 1 "
                       "AND share_attribute <> :noShare AND (:any = 1 OR department_code = :department) "
                       "ORDER BY id LIMIT 400"));
    query.bindValue(QStringLiteral(":noShare"), CatalogVocabulary::noShare());
    query.bindValue(QStringLiteral(":any"), department.isEmpty() ? 1 : 0);
    query.bindValue(QStringLiteral(":department"), department);
    if (query.exec()) {
        while (query.next())
            shared.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return shared;
}

} // namespace

SharingDemoData::SharingDemoData(QList<Department> departments, QDate today)
    : m_departments(std::move(departments))
    , m_today(today)
{}

DatabaseError SharingDemoData::write(QSqlDatabase database) const
{
    const QList<Shared> resources = sharedResources(database, {});
    if (resources.isEmpty() || m_departments.size() < 2)
        return {}; // a catalog with nothing shared has nothing to ask for
    const WorkingCalendar calendar = CalendarRepository(database).load();
    const QString own = QLatin1String(OwnDepartment);
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    const QList<Shared> ownResources = sharedResources(database, own);
    QList<RecordState> requests;
    QList<RecordState> uses;
    for (int n = 0; n < Requests; ++n) {
        const auto stage = Stage(n % int(Stage::Count));
        // Every third request is asked of the demo cataloguer's department where it shares anything.
        const Shared resource = n % 3 == 0 && !ownResources.isEmpty()
                                    ? ownResources.at((n / 3) % ownResources.size())
                                    : resources.at((n * 37) % resources.size());
        QString requester = n % 2 == 0 ? own : m_departments.at((n * 11) % m_departments.size()).code;
        if (requester == resource.department)
            requester = m_departments.at((n * 11 + 1) % m_departments.size()).code;
        if (requester == resource.department)
            requester = m_departments.at((n * 11 + 2) % m_departments.size()).code;
        const Purpose& purpose = Purposes[n % std::size(Purposes)];
        const int replyDays = SharingWorkflow::replyDays(resource.attribute);
        // How many working days ago it was asked: overdue stages long ago, one waiting for a reply
        // today, the others within their reply period.
        int askedAgo = std::min(n % 4, replyDays - 1);
        if (stage == Stage::ReplyOverdue || stage == Stage::DeliveryOverdue)
            askedAgo = replyDays + 25;
        else if (stage == Stage::MaterialRequested || stage >= Stage::Approved)
            askedAgo = 2 + n % 4;
        const QDate asked = calendar.addWorkdays(m_today, -askedAgo).date;
        QJsonObject fields{{QStringLiteral("entry_id"), resource.id},
                           {QStringLiteral("requester_code"), requester},
                           {QStringLiteral("purpose"), QString::fromUtf8(purpose.purpose)},
                           {QStringLiteral("scope"), QString::fromUtf8(purpose.scope)},
                           {QStringLiteral("legal_basis"), QString::fromUtf8(purpose.basis)},
                           {QStringLiteral("share_method"), CatalogVocabulary::shareMethods().at(n % 3)},
                           {QStringLiteral("provider_code"), resource.department},
                           {QStringLiteral("share_attribute"), resource.attribute},
                           {QStringLiteral("state"), SharingWorkflow::initialState()},
                           {QStringLiteral("requested_by"), QStringLiteral("demo-cataloguer")},
                           {QStringLiteral("submitted_on"), asked.toString(Qt::ISODate)}};
        writeDeadline(fields, "reply_due", calendar.addWorkdays(asked, replyDays));
        // Never after today, which may be a weekend the working days stepped over.
        const QDate decided =
            std::min(calendar.addWorkdays(asked, std::min(replyDays, askedAgo)).date, m_today);
        const auto decide = [&](const char* state, const QString& reason) {
            fields.insert(QStringLiteral("state"), QLatin1String(state));
            fields.insert(QStringLiteral("decided_by"), QStringLiteral("demo-provider"));
            fields.insert(QStringLiteral("decided_on"), decided.toString(Qt::ISODate));
            fields.insert(QStringLiteral("decision_reason"), reason);
        };
        switch (stage) {
        case Stage::JustAsked:
        case Stage::ReplyOverdue:
        case Stage::Count:
            break;
        case Stage::MaterialRequested:
            fields.insert(QStringLiteral("state"), QStringLiteral("material_requested"));
            fields.insert(QStringLiteral("material_noticed_on"), asked.toString(Qt::ISODate));
            fields.insert(
                QStringLiteral("material_notice"),
                QStringLiteral("请一次性补充：\n1. 数据安全保护措施说明\n2. 经办人员名单及保密承诺"));
            break;
        case Stage::Extended:
            if (resource.attribute == CatalogVocabulary::conditionalShare()) {
                fields.insert(QStringLiteral("extension_days"), 5);
                fields.insert(QStringLiteral("extension_reason"), QStringLiteral("需会商数据脱敏方案"));
                writeDeadline(fields, "reply_due", calendar.addWorkdays(asked, replyDays + 5));
            }
            break;
        case Stage::Approved:
        case Stage::DeliveryOverdue:
            decide("approved", QStringLiteral("同意按申请范围共享"));
            writeDeadline(fields, "delivery_due",
                          calendar.addWorkdays(decided, SharingWorkflow::DeliveryDays));
            break;
        case Stage::Refused:
            decide("refused", QStringLiteral("申请用途超出共享范围，且未说明法律依据与用途的对应关系"));
            break;
        case Stage::Delivered:
            decide("approved", QStringLiteral("同意共享"));
            writeDeadline(fields, "delivery_due",
                          calendar.addWorkdays(decided, SharingWorkflow::DeliveryDays));
            fields.insert(QStringLiteral("state"), QStringLiteral("delivered"));
            fields.insert(QStringLiteral("delivered_on"),
                          std::min(decided.addDays(1), m_today).toString(Qt::ISODate));
            fields.insert(QStringLiteral("delivery_note"),
                          QStringLiteral("已通过省共享交换平台开通服务接口"));
            break;
        case Stage::Withdrawn:
            decide("withdrawn", QStringLiteral("业务已调整，不再需要"));
            fields.insert(QStringLiteral("decided_by"), QStringLiteral("demo-cataloguer"));
            break;
        }
        if (stage == Stage::Delivered) {
            // Two uses of the delivered data, recorded by the requester.
            const QDate delivered = std::min(decided.addDays(1), m_today);
            for (int use = 0; use < 2; ++use)
                uses.append({SharingWorkflow::UsageEntity,
                             QStringLiteral("demo-sharing-use-%1-%2").arg(n + 1).arg(use + 1),
                             1,
                             false,
                             timestamp,
                             QStringLiteral("demo"),
                             {{QStringLiteral("request_id"),
                               QStringLiteral("demo-sharing-%1").arg(n + 1, 3, 10, QLatin1Char('0'))},
                              {QStringLiteral("used_on"),
                               std::min(delivered.addDays(use * 2), m_today).toString(Qt::ISODate)},
                              {QStringLiteral("used_by"), QStringLiteral("业务审批系统")},
                              {QStringLiteral("purpose"), QString::fromUtf8(purpose.purpose)},
                              {QStringLiteral("record_count"), 40 + 15 * use},
                              {QStringLiteral("recorded_by"), QStringLiteral("demo-cataloguer")},
                              {QStringLiteral("recorded_on"),
                               std::min(delivered.addDays(use * 2), m_today).toString(Qt::ISODate)}},
                             0});
        }
        requests.append({SharingWorkflow::Entity,
                         QStringLiteral("demo-sharing-%1").arg(n + 1, 3, 10, QLatin1Char('0')), 1, false,
                         timestamp, QStringLiteral("demo"), fields, 0});
    }
    LocalRecordStore store(database);
    if (DatabaseError error = store.writeAll(*findEntity(SharingWorkflow::Entity), requests); error.isError())
        return error;
    return store.writeAll(*findEntity(SharingWorkflow::UsageEntity), uses);
}

} // namespace xs
