#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace xs {

/// The pieces of HTML the printed reports (FieldAuditReport, OperatingReportDocument) are laid out
/// with, so every report has the same tables and headings on paper.
namespace ReportHtml {

/// Text as HTML, its line breaks kept.
QString escaped(const QString& text);
/// A table cell around html, with extra CSS.
QString cell(const QString& html, const char* style = "");
/// A header row of the names.
QString headings(const QStringList& names);
/// A full-width ruled table around rows.
QString table(const QString& rows);
/// A section heading.
QString section(const QString& title);
/// A list model printed as a table, as a page shows it: its headers and the text of every cell.
QString tableOf(const QAbstractItemModel& model);
/// Label and value rows, the label shaded.
QString facts(const QList<std::pair<QString, QString>>& rows);
/// Rows of plain text cells under the headings.
QString grid(const QStringList& names, const QList<QStringList>& rows);

} // namespace ReportHtml

} // namespace xs
