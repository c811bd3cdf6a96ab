#include "app/reports/FieldAuditReport.h"

#include "app/areas/FieldAuditServices.h"
#include "app/media/PhotoDownscaler.h"
#include "app/reports/PdfDocument.h"
#include "app/reports/ReportHtml.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace xs {

using namespace ReportHtml;

FieldAuditReport::FieldAuditReport(const FieldAuditServices& services, QString taskId)
    : m_services(services)
    , m_taskId(std::move(taskId))
{}

QString FieldAuditReport::evidenceSection(QList<std::pair<QUrl, QImage>>* thumbnails) const
{
    const QList<EvidenceRow> evidence = m_services.evidence(m_taskId);
    if (evidence.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("No evidence was recorded.").toHtmlEscaped());
    QString rows;
    for (const EvidenceRow& row : evidence) {
        QString picture;
        if (!row.file) {
            picture = tr("(the file is on the hub; fetch it to print its thumbnail)").toHtmlEscaped();
        } else if (!row.field("media_type").startsWith(QLatin1String("image/"))) {
            picture = tr("(scanned document)").toHtmlEscaped();
        } else {
            DatabaseError error;
            const std::optional<QByteArray> bytes = m_services.content(row.record.id, &error);
            const QImage thumbnail = bytes ? PhotoDownscaler::decode(*bytes, ThumbnailPixels) : QImage();
            if (thumbnail.isNull()) {
                picture = tr("(the photo cannot be read)").toHtmlEscaped();
            } else {
                const QUrl name(QStringLiteral("xs-evidence:%1").arg(row.record.id));
                thumbnails->append({name, thumbnail});
                picture = QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
                              .arg(name.toString())
                              .arg(thumbnail.width())
                              .arg(thumbnail.height());
            }
        }
        QStringList facts;
        facts << QStringLiteral("<b>%1</b>").arg(row.field("file_name").toHtmlEscaped());
        if (const QString item = row.field("item_code"); !item.isEmpty())
            facts << tr("Checklist item: %1").arg(item).toHtmlEscaped();
        if (const QString taken = row.field("taken_at"); !taken.isEmpty())
            facts << tr("Taken at: %1").arg(taken).toHtmlEscaped();
        if (const QString position = row.position(); !position.isEmpty())
            facts << tr("Position: %1").arg(position).toHtmlEscaped();
        facts << tr("Size: %1").arg(EvidenceListModel::sizeText(row)).toHtmlEscaped();
        facts << QStringLiteral("SHA-256: <span style=\"font-family:monospace; font-size:8pt;\">%1</span>")
                     .arg(row.field("sha256").toHtmlEscaped());
        if (const QString caption = row.field("caption"); !caption.isEmpty())
            facts << escaped(caption);
        rows += QStringLiteral("<tr>%1%2</tr>")
                    .arg(cell(picture, "width:35%; text-align:center;"),
                         cell(facts.join(QStringLiteral("<br>"))));
    }
    return table(rows);
}

bool FieldAuditReport::layOut(QTextDocument& document, QString* error) const
{
    const std::optional<AuditTaskRow> task = m_services.task(m_taskId);
    if (!task) {
        *error = tr("There is no audit task %1 on this computer.").arg(m_taskId);
        return false;
    }
    const QJsonObject checklist = m_services.checklistOf(m_taskId);
    // The tables are the page's own models, printed: the record says what the screen says.
    ChecklistModel answers;
    answers.setRows(ChecklistModel::rowsOf(checklist, m_services.answers(m_taskId)));
    FindingListModel findings;
    findings.setRows(m_services.findings(m_taskId));

    QString plan;
    const auto fact = [&plan](const QString& name, const QString& value) {
        plan += QStringLiteral("<tr>%1%2</tr>")
                    .arg(cell(name.toHtmlEscaped(), "width:22%; background:#f4f4f4;"), cell(escaped(value)));
    };
    fact(tr("Task"), task->title);
    fact(tr("Kind of visit"), FieldAuditVocabulary::kindLabel(task->kind));
    fact(tr("Audited"), task->target);
    fact(tr("Planned for"), task->plannedOn.toString(Qt::ISODate));
    fact(tr("Auditors"), task->auditors.join(QStringLiteral("、")));
    fact(tr("State"), FieldAuditVocabulary::taskStateLabel(task->state));
    if (!checklist.isEmpty())
        fact(tr("Checklist"), tr("%1 (version %2)")
                                  .arg(checklist.value(QStringLiteral("title")).toString())
                                  .arg(checklist.value(QStringLiteral("template_version")).toInteger()));

    QList<std::pair<QUrl, QImage>> thumbnails;
    QString html =
        QStringLiteral(
            "<html><body style=\"font-family:'Noto Sans CJK SC','Noto Serif CJK SC'; font-size:10pt;\">"
            "<p align=\"center\" style=\"font-size:18pt; font-weight:bold; margin:0 0 12px 0;\">%1</p>")
            .arg(tr("Field Audit Record").toHtmlEscaped());
    html += table(plan);
    html += section(tr("Checklist"));
    if (answers.rowCount() == 0) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The checklist is not on this computer.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 of %2 items answered, %3 not conforming.")
                             .arg(answers.answeredCount())
                             .arg(answers.rowCount())
                             .arg(answers.nonconformingCount())
                             .toHtmlEscaped());
        html += tableOf(answers);
    }
    html += section(tr("Findings"));
    html += findings.rowCount() == 0 ? QStringLiteral("<p>%1</p>").arg(tr("No findings.").toHtmlEscaped())
                                     : tableOf(findings);
    html += section(tr("Conclusion of the visit"));
    html += QStringLiteral("<p>%1</p>")
                .arg(task->summary.isEmpty() ? tr("(none written)").toHtmlEscaped() : escaped(task->summary));
    html += section(tr("Evidence")) + evidenceSection(&thumbnails);
    html += section(tr("Signatures"));
    QString signatures;
    for (const QString& who : {tr("Auditors (signature):"), tr("Audited party (signature and seal):"),
                               tr("Reviewer (signature):")})
        signatures += QStringLiteral("<tr>%1%2</tr>")
                          .arg(cell(who.toHtmlEscaped() + QStringLiteral("<br><br><br>"), "width:60%;"),
                               cell(tr("Date:").toHtmlEscaped()));
    html += table(signatures);
    html += QStringLiteral("<p style=\"font-size:8pt; color:#666666;\">%1</p></body></html>")
                .arg(tr("Made by Xiangshu Workbench on %1 from the records on this computer; each SHA-256 "
                        "identifies the evidence file it names.")
                         .arg(m_services.clock().today().toString(Qt::ISODate))
                         .toHtmlEscaped());
    document.setHtml(html);
    // Added after the HTML, which would otherwise clear them; images are loaded when laid out.
    for (const auto& [name, image] : thumbnails)
        document.addResource(QTextDocument::ImageResource, name, image);
    return true;
}

bool FieldAuditReport::writePdf(const QString& path, QString* error) const
{
    QTextDocument document;
    if (!layOut(document, error))
        return false;
    return PdfDocument::write(document, tr("Field Audit Record"), path, error);
}

} // namespace xs
