#include "ui/registration/RegistrationNoticeWriter.h"

#include "app/reports/PdfDocument.h"
#include "models/calendar/DeadlineText.h"
#include "models/registration/RegistrationAmendment.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocument>

namespace xs {

namespace {

QString chineseDate(const QDate& date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QStringList applicantNameList(const QJsonObject& record)
{
    QStringList names;
    for (const QJsonValue& applicant :
         QJsonDocument::fromJson(record.value(QStringLiteral("applicants")).toString().toUtf8()).array())
        names << applicant.toObject().value(QStringLiteral("name")).toString();
    return names;
}

QString applicantNames(const QJsonObject& record)
{
    return applicantNameList(record).join(QStringLiteral("、")).toHtmlEscaped();
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"text-indent:2em; margin:0 0 8px 0; line-height:160%;\">%1</p>")
        .arg(text);
}

// The types as notices name them: in Chinese whatever the UI language (REG §9's terms).
QString chineseTypeName(const QString& type)
{
    static const QHash<QString, QString> names{{QStringLiteral("first"), QStringLiteral("首次登记")},
                                               {QStringLiteral("change"), QStringLiteral("变更登记")},
                                               {QStringLiteral("correction"), QStringLiteral("更正登记")},
                                               {QStringLiteral("cancellation"), QStringLiteral("注销登记")},
                                               {QStringLiteral("renewal"), QStringLiteral("续展")},
                                               {QStringLiteral("revocation"), QStringLiteral("撤销登记")},
                                               {QStringLiteral("termination"), QStringLiteral("终止登记")}};
    return names.value(type, type);
}

// The amendable fields as the notice names them: in Chinese whatever the UI language.
QString noticeFieldName(const QString& field)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("data_name"), QStringLiteral("数据名称")},
        {QStringLiteral("summary"), QStringLiteral("数据摘要")},
        {QStringLiteral("applicants"), QStringLiteral("登记主体")},
        {QStringLiteral("catalog_entry_id"), QStringLiteral("对应目录条目")},
        {QStringLiteral("operating_term_end"), QStringLiteral("运营期限届满日")}};
    return names.value(field, field);
}

QString amendmentBody(const QJsonObject& record, const QString& submitted, const QString& type)
{
    QString body =
        paragraph(QStringLiteral("你（单位）于%1提交的“%2”%3申请（申请编号：%4），经形式审核并公示无异议，"
                                 "已于%5完成变更登记，登记结果查询码%6不变。变更事项如下：")
                      .arg(submitted, record.value(QStringLiteral("data_name")).toString().toHtmlEscaped(),
                           type, record.value(QStringLiteral("number")).toString().toHtmlEscaped(),
                           chineseDate(QDate::fromString(
                               record.value(QStringLiteral("applied_on")).toString(), Qt::ISODate)),
                           record.value(QStringLiteral("registration_code")).toString().toHtmlEscaped()));
    body += QStringLiteral("<ol style=\"margin:0 0 8px 2em; line-height:160%;\">");
    const QJsonObject changes = RegistrationAmendment::changesOf(record);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        QString value = it.value().toString();
        if (it.key() == QLatin1String("applicants"))
            value = applicantNames({{QStringLiteral("applicants"), it.value()}});
        else
            value = value.toHtmlEscaped();
        body += QStringLiteral("<li>%1变更为：%2</li>").arg(noticeFieldName(it.key()), value);
    }
    body += QStringLiteral("</ol>");
    body += paragraph(QStringLiteral("原登记的其他事项不变。本通知书与原登记结果一并使用。"));
    return body;
}

} // namespace

std::optional<RegistrationNoticeWriter::Kind> RegistrationNoticeWriter::noticeFor(const QJsonObject& record)
{
    const QString state = record.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("awaiting_materials"))
        return Kind::MissingMaterials;
    if (state == QLatin1String("not_accepted"))
        return Kind::Refusal;
    if (state == QLatin1String("in_public_notice") || state == QLatin1String("objection_review"))
        return Kind::PublicNotice;
    if (state == QLatin1String("under_review") || state == QLatin1String("review_paused") ||
        state == QLatin1String("awaiting_code"))
        return Kind::Acceptance;
    if (state == QLatin1String("applied"))
        return Kind::Amendment;
    if (state == QLatin1String("cancelled") &&
        !record.value(QStringLiteral("registration_code")).toString().isEmpty())
        return Kind::Cancellation;
    return std::nullopt;
}

QString RegistrationNoticeWriter::title(Kind kind)
{
    switch (kind) {
    case Kind::MissingMaterials:
        return QStringLiteral("公共数据资源登记补正材料通知书");
    case Kind::Acceptance:
        return QStringLiteral("公共数据资源登记受理通知书");
    case Kind::Refusal:
        return QStringLiteral("公共数据资源登记不予受理通知书");
    case Kind::PublicNotice:
        return QStringLiteral("公共数据资源登记公示");
    case Kind::Amendment:
        return QStringLiteral("公共数据资源变更登记结果通知书");
    case Kind::Cancellation:
        return QStringLiteral("公共数据资源登记注销通知书");
    }
    return {};
}

QString RegistrationNoticeWriter::html(Kind kind, const QJsonObject& record, const QString& issuer,
                                       const QDate& date)
{
    const QString number = record.value(QStringLiteral("number")).toString().toHtmlEscaped();
    const QString dataName = record.value(QStringLiteral("data_name")).toString().toHtmlEscaped();
    const QString type = chineseTypeName(record.value(QStringLiteral("type")).toString());
    const QString submitted =
        chineseDate(QDate::fromString(record.value(QStringLiteral("submitted_on")).toString(), Qt::ISODate));
    QString body;
    body += QStringLiteral("<p style=\"margin:0 0 12px 0;\">%1：</p>").arg(applicantNames(record));
    switch (kind) {
    case Kind::MissingMaterials: {
        body += paragraph(
            QStringLiteral("你（单位）于%1提交的“%2”%3申请（申请编号：%4），经审查，申请材料不齐全。"
                           "现将需要补正的全部材料一次性告知如下：")
                .arg(submitted, dataName, type, number));
        body += QStringLiteral("<ol style=\"margin:0 0 8px 2em; line-height:160%;\">");
        for (const QJsonValue& material :
             QJsonDocument::fromJson(record.value(QStringLiteral("missing_materials")).toString().toUtf8())
                 .array())
            body += QStringLiteral("<li>%1</li>")
                        .arg(RegistrationVocabulary::materialLabel(material.toString()).toHtmlEscaped());
        body += QStringLiteral("</ol>");
        body += paragraph(
            QStringLiteral("请按上述要求补正材料后重新提交。受理期限自收到全部补正材料之日起重新计算。"));
        break;
    }
    case Kind::Acceptance:
        body += paragraph(
            QStringLiteral("你（单位）于%1提交的“%2”%3申请（申请编号：%4），申请材料齐全，符合受理条件，"
                           "本机构决定予以受理，并将在规定期限内完成形式审核。")
                .arg(submitted, dataName, type, number));
        if (const StepDeadline deadline = StepDeadline::of(record); deadline.date.isValid()) {
            // The notice is in Chinese whatever the UI language; a provisional date says so, and why.
            body += paragraph(
                deadline.provisional
                    ? QStringLiteral("形式审核期限暂定至%1（按工作日计算；该年度节假日安排公布后将重新计算，"
                                     "届时另行告知）。")
                          .arg(chineseDate(deadline.date))
                    : QStringLiteral("形式审核期限至%1（按工作日计算）。").arg(chineseDate(deadline.date)));
        }
        break;
    case Kind::Refusal:
        body += paragraph(
            QStringLiteral("你（单位）于%1提交的“%2”%3申请（申请编号：%4），经审查，决定不予受理。理由如下：")
                .arg(submitted, dataName, type, number));
        body += paragraph(record.value(QStringLiteral("decision_reason")).toString().toHtmlEscaped());
        body += paragraph(QStringLiteral("如对本决定有异议，可依法申请行政复议或者提起行政诉讼。"));
        break;
    case Kind::PublicNotice:
        // Addressed to the public, not the applicant: the lines of the portal's text, one per paragraph.
        body.clear();
        for (const QString& line : portalText(record).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            body += paragraph(line.toHtmlEscaped());
        break;
    case Kind::Amendment:
        body += amendmentBody(record, submitted, type);
        break;
    case Kind::Cancellation:
        body += paragraph(
            QStringLiteral("你（单位）登记的“%1”（登记结果查询码：%2），有效期至%3止，已予注销。注销理由：%4")
                .arg(dataName, record.value(QStringLiteral("registration_code")).toString().toHtmlEscaped(),
                     chineseDate(QDate::fromString(record.value(QStringLiteral("expires_on")).toString(),
                                                   Qt::ISODate)),
                     record.value(QStringLiteral("decision_reason")).toString().toHtmlEscaped()));
        body += paragraph(QStringLiteral("注销后，该登记结果不再作为数据流通交易、数据资产入表等的可信依据。"
                                         "如对本决定有异议，可依法申请行政复议或者提起行政诉讼。"));
        break;
    }
    return QStringLiteral(
               "<html><body style=\"font-family:'Noto Serif CJK SC','Noto Sans CJK SC'; font-size:12pt;\">"
               "<p align=\"center\" style=\"font-size:20pt; font-weight:bold; margin:0 0 6px 0;\">%1</p>"
               "<p align=\"center\" style=\"margin:0 0 24px 0;\">%2</p>%3"
               "<p align=\"right\" style=\"margin:36px 0 0 0;\">%4</p>"
               "<p align=\"right\" style=\"margin:4px 0 0 0;\">%5</p></body></html>")
        .arg(title(kind), number, body, issuer.toHtmlEscaped(), chineseDate(date));
}

QString RegistrationNoticeWriter::portalText(const QJsonObject& record)
{
    const StepDeadline period = StepDeadline::of(record);
    const QDate from =
        QDate::fromString(record.value(QStringLiteral("step_started_on")).toString(), Qt::ISODate);
    QStringList lines{
        QStringLiteral("根据《公共数据资源登记管理暂行办法》，现将下列公共数据资源登记申请予以公示。"),
        QStringLiteral("申请编号：%1").arg(record.value(QStringLiteral("number")).toString()),
        QStringLiteral("登记主体：%1").arg(applicantNameList(record).join(QStringLiteral("、"))),
        QStringLiteral("登记类型：%1").arg(chineseTypeName(record.value(QStringLiteral("type")).toString())),
        QStringLiteral("数据名称：%1").arg(record.value(QStringLiteral("data_name")).toString()),
        QStringLiteral("数据摘要：%1").arg(record.value(QStringLiteral("summary")).toString()),
        QStringLiteral("公示期：%1至%2（%3个工作日%4）")
            .arg(chineseDate(from), chineseDate(period.date))
            .arg(record.value(QStringLiteral("deadline_workdays")).toInt(10))
            .arg(period.provisional ? QStringLiteral("，截止日期暂定，节假日安排公布后重新计算") : QString()),
        QStringLiteral(
            "异议方式：公示期内，任何单位或者个人对上述登记事项有异议的，可以实名向登记机构提出书面异议，"
            "写明异议人真实姓名、身份证件号码和联系方式，并提供相关证明材料。公示期满无异议或者异议不成立的，"
            "登记机构将予以登记并赋码。")};
    return lines.join(QLatin1Char('\n'));
}

bool RegistrationNoticeWriter::writePdf(Kind kind, const QJsonObject& record, const QString& issuer,
                                        const QDate& date, const QString& path, QString* error)
{
    QTextDocument document;
    document.setHtml(html(kind, record, issuer, date));
    return PdfDocument::write(document, title(kind), path, error);
}

} // namespace xs
