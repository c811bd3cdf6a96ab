#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

class QTextDocument;

namespace xs {

class FieldAuditServices;

/// 现场核查记录: the record of one visit as a PDF on A4. The task and its plan, the checklist with
/// every answer, the findings with their rectification, each piece of evidence with a thumbnail
/// (photos), its SHA-256, and when and where it was taken, then signature lines for the auditors,
/// the audited party and the reviewer.
///
/// Thumbnails are decoded from memory and kept in the document: nothing of the evidence is written
/// anywhere but into the PDF the user asked for. The PDF is written whole or not at all.
class FieldAuditReport
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldAuditReport)

public:
    /// services: where the task, its checklist, findings and evidence are read from.
    FieldAuditReport(const FieldAuditServices& services, QString taskId);

    /// Lays the record out in document (HTML, with the thumbnails as its image resources); false
    /// with *error when the task is not on this computer.
    bool layOut(QTextDocument& document, QString* error) const;
    /// Writes the PDF to path; false with *error (in the user's language).
    bool writePdf(const QString& path, QString* error) const;

    /// The longest side of a thumbnail, in pixels.
    static constexpr int ThumbnailPixels = 360;

private:
    /// The evidence table; the thumbnails it names go to *thumbnails (their names and images).
    QString evidenceSection(QList<std::pair<QUrl, QImage>>* thumbnails) const;

    const FieldAuditServices& m_services;
    QString m_taskId;
};

} // namespace xs
