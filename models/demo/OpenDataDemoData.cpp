#include "models/demo/OpenDataDemoData.h"

#include "models/calendar/CalendarRepository.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/registration/DeadlineRules.h"

namespace xs {

namespace {

struct Wanted
{
    const char* title;
    const char* description;
    const char* demander;
};

constexpr Wanted Wants[] = {
    {"医疗机构基本信息", "用于就医导航小程序：机构名称、等级、地址、科室", "湖南某健康科技有限公司"},
    {"中小学学位分布", "用于家长查询学区：学校、学位数、招生范围", "长沙市民王某"},
    {"公交车辆实时位置", "用于出行导航：线路、站点、车辆位置，每分钟更新", "长沙某出行科技有限公司"},
    {"逐小时气象观测数据", "用于农业气象服务：温度、降水、风速", "湖南某农业合作社"},
    {"社保经办网点与办理时限", "用于政策咨询平台", "湘潭某人力资源服务公司"},
    {"旅游景区客流数据", "用于错峰出行提示", "张家界某文旅公司"},
};

} // namespace

OpenDataDemoData::OpenDataDemoData(QDate today)
    : m_today(today)
{}

DatabaseError OpenDataDemoData::write(QSqlDatabase database) const
{
    const WorkingCalendar calendar = CalendarRepository(database).load();
    const int replyDays = DeadlineRules::defaults().rule(DeadlineRules::OpenDataReply).value;
    const QStringList domains = OpenDataWorkflow::domains();
    const QString timestamp = m_today.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    const QStringList answering{QStringLiteral("430000027"), QStringLiteral("430000012"),
                                QStringLiteral("430000021")};
    QList<RecordState> demands;
    for (int n = 0; n < Demands; ++n) {
        const Wanted& wanted = Wants[n % std::size(Wants)];
        // In turn: received; accepted (due soon, or long past); answered opened, conditional, refused.
        const int stage = n % 5;
        const int receivedAgo = stage == 2 ? replyDays + 8 : 2 + n % 4;
        const QDate received = calendar.addWorkdays(m_today, -receivedAgo).date;
        QJsonObject fields{{QStringLiteral("title"), QString::fromUtf8(wanted.title)},
                           {QStringLiteral("description"), QString::fromUtf8(wanted.description)},
                           {QStringLiteral("domain"), domains.at(n % domains.size())},
                           {QStringLiteral("demander"), QString::fromUtf8(wanted.demander)},
                           {QStringLiteral("state"), QStringLiteral("submitted")},
                           {QStringLiteral("received_on"), received.toString(Qt::ISODate)},
                           {QStringLiteral("registered_by"), QStringLiteral("demo-reviewer")}};
        if (stage > 0) {
            const QDate accepted = calendar.addWorkdays(received, 1).date;
            const WorkdayDate due = calendar.addWorkdays(accepted, replyDays);
            fields.insert(QStringLiteral("state"), QStringLiteral("accepted"));
            fields.insert(QStringLiteral("provider_code"), answering.at(n % answering.size()));
            fields.insert(QStringLiteral("accepted_on"), accepted.toString(Qt::ISODate));
            fields.insert(QStringLiteral("answer_due_on"), due.date.toString(Qt::ISODate));
            fields.insert(QStringLiteral("answer_due_provisional"), due.provisional);
            fields.insert(QStringLiteral("answer_days"), replyDays);
        }
        if (stage >= 3) {
            static const QStringList outcomes{QStringLiteral("opened"), QStringLiteral("conditional"),
                                              QStringLiteral("refused")};
            const QString outcome = outcomes.at((n / 5 + stage) % outcomes.size());
            fields.insert(QStringLiteral("state"), QStringLiteral("answered"));
            fields.insert(QStringLiteral("outcome"), outcome);
            fields.insert(QStringLiteral("answer"),
                          outcome == QLatin1String("opened")
                              ? QStringLiteral("已在省公共数据开放平台开放，可下载或调用接口")
                          : outcome == QLatin1String("conditional")
                              ? QStringLiteral("签订开放利用协议后通过接口提供")
                              : QStringLiteral("涉及个人信息，不予开放"));
            fields.insert(QStringLiteral("answered_by"), QStringLiteral("demo-cataloguer"));
            fields.insert(QStringLiteral("answered_on"), m_today.toString(Qt::ISODate));
        }
        demands.append({OpenDataWorkflow::Entity,
                        QStringLiteral("demo-open-data-%1").arg(n + 1, 3, 10, QLatin1Char('0')), 1, false,
                        timestamp, QStringLiteral("demo"), fields, 0});
    }
    return LocalRecordStore(database).writeAll(*findEntity(OpenDataWorkflow::Entity), demands);
}

} // namespace xs
