#pragma once

#include <QString>

namespace xs {

/// Keeps exported text from running as a spreadsheet formula (CSV/formula injection): a cell that
/// starts with =, +, -, @, a tab or a carriage return is opened by Excel and LibreOffice as a formula,
/// so "=HYPERLINK(...)" typed into a catalog entry would run on the reader's computer. Such a cell is
/// written with a leading apostrophe, which both programs show as text.
///
/// The mapping is reversible, so an export read back gives exactly what was written: a cell that
/// already starts with apostrophes before one of those characters gets one more, and reading drops
/// exactly one. A plain number ("-5", "+3.5") cannot be a formula and is left as it is.
namespace FormulaGuard {

/// The text as it goes into an exported cell.
QString toCell(const QString& text);
/// The text an imported cell stands for (the inverse of toCell).
QString fromCell(const QString& cell);

} // namespace FormulaGuard

} // namespace xs
