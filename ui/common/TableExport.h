#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace xs {

/// Exports what a list shows, every row of it, as an XLSX sheet: the list's rows in its order,
/// its headings, its cells as displayed. A list that loads a page at a time is read to its end
/// first, so an auditor's export is never the first page only.
namespace TableExport {

/// Writes model to path; the file is written whole or not at all. Returns an empty string or what
/// went wrong, for people.
QString saveXlsx(QAbstractItemModel& model, const QString& sheetName, const QString& path);
/// Asks where to save (in the documents folder, under defaultName), saves, and says what went
/// wrong, if anything.
void chooseAndSave(QWidget* parent, QAbstractItemModel& model, const QString& title, const QString& sheetName,
                   const QString& defaultName);

} // namespace TableExport

} // namespace xs
