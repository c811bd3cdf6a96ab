#pragma once

#include <QString>

class QTextDocument;

namespace xs::PdfDocument {

/// Prints document to a PDF at path on A4 portrait, at 300 dpi with the margins of an official
/// document (GB/T 9704: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom). The PDF goes to a
/// temporary file renamed at the end, so a failed export never leaves half a PDF. false with
/// *error (in the user's language) when the file cannot be written.
bool write(QTextDocument& document, const QString& title, const QString& path, QString* error);

} // namespace xs::PdfDocument
