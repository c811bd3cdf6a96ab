#include "tests/support/FieldAuditFixture.h"

#include "models/common/StructuredField.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>

namespace xs::test {

namespace {

QJsonObject item(const char* code, const char* section, const char* text)
{
    return {{QStringLiteral("code"), QLatin1String(code)},
            {QStringLiteral("section"), QString::fromUtf8(section)},
            {QStringLiteral("text"), QString::fromUtf8(text)}};
}

} // namespace

QByteArray jpegPhoto(int width, int height, const QColor& colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, QColor(220, 180, 60));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

bool startAuditTask(HttpProbe& probe, const QString& templateId, const QString& taskId, QString* error)
{
    const QString admin = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    const QString manager = probe.login(QStringLiteral("demo-manager"), DemoPassword);
    const QString auditor = probe.login(QStringLiteral("demo-auditor"), DemoPassword);
    if (admin.isEmpty() || manager.isEmpty() || auditor.isEmpty()) {
        *error = QStringLiteral("a demo user cannot log in");
        return false;
    }
    const QJsonObject checklist{
        {QStringLiteral("title"), QStringLiteral("目录与数据质量现场核查")},
        {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
        {QStringLiteral("template_version"), 1},
        {QStringLiteral("items"),
         structuredText({item("C1", "目录", "目录与来源系统一致"), item("Q1", "质量", "按声明频率更新")})},
        {QStringLiteral("severities"),
         structuredText({QStringLiteral("一般"), QStringLiteral("较重"), QStringLiteral("严重")})},
        {QStringLiteral("rectification_days"), 10}};
    const QJsonObject plan{{QStringLiteral("title"), QStringLiteral("省数据局目录核查")},
                           {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
                           {QStringLiteral("template_id"), templateId},
                           {QStringLiteral("target_code"), QStringLiteral("430000027")},
                           {QStringLiteral("auditors"), structuredText({QStringLiteral("demo-auditor")})},
                           {QStringLiteral("planned_on"), QStringLiteral("2027-03-01")}};
    const QList<std::pair<QString, QJsonObject>> steps{
        {admin, HttpProbe::upsert(QStringLiteral("audit_template"), templateId, checklist)},
        {admin, HttpProbe::command(QStringLiteral("audit_template"), templateId, QStringLiteral("publish"))},
        {manager, HttpProbe::upsert(QStringLiteral("audit_task"), taskId, plan)},
        {auditor, HttpProbe::command(QStringLiteral("audit_task"), taskId, QStringLiteral("start"))},
    };
    return probe.pushEachApplied(steps, error);
}

} // namespace xs::test
