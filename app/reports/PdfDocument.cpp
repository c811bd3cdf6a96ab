#include "app/reports/PdfDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace xs::PdfDocument {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::PdfDocument)
};

} // namespace

bool write(QTextDocument& document, const QString& title, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Xiangshu Workbench"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
        writer.setResolution(300);
        // Laid out with the writer's own metrics: a document laid out at screen resolution and
        // paginated in 300-dpi pixels would print its text at a third of its size.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace xs::PdfDocument
