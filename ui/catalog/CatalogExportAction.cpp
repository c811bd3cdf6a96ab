#include "ui/catalog/CatalogExportAction.h"

#include "app/areas/CatalogServices.h"
#include "models/catalog/io/CatalogExporter.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <array>

namespace xs {

CatalogExportAction::CatalogExportAction(const CatalogServices& services, QWidget* parent)
    : m_services(services)
    , m_parent(parent)
{}

void CatalogExportAction::run()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        m_parent, QApplication::translate("xs::CatalogExportAction", "Export Catalog"),
        QStringLiteral("catalog.xlsx"),
        QApplication::translate("xs::CatalogExportAction",
                                "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json)"),
        &filter);
    if (path.isEmpty())
        return;
    std::optional<CatalogFileFormat> format = catalogFileFormat(path);
    if (!format) {
        format = filter.contains(QLatin1String("csv"))    ? CatalogFileFormat::Csv
                 : filter.contains(QLatin1String("json")) ? CatalogFileFormat::Json
                                                          : CatalogFileFormat::Xlsx;
        path += format == CatalogFileFormat::Csv    ? QStringLiteral(".csv")
                : format == CatalogFileFormat::Json ? QStringLiteral(".json")
                                                    : QStringLiteral(".xlsx");
    }
    using CatalogVocabulary::Catalog;
    const QStringList choices{QApplication::translate("xs::CatalogExportAction", "All entries"),
                              CatalogVocabulary::catalogLabel(Catalog::Share),
                              CatalogVocabulary::catalogLabel(Catalog::Open),
                              CatalogVocabulary::catalogLabel(Catalog::Authorized)};
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        m_parent, QApplication::translate("xs::CatalogExportAction", "Export Catalog"),
        QApplication::translate("xs::CatalogExportAction", "Which entries?"), choices, 0, false, &ok);
    if (!ok)
        return;
    std::optional<Catalog> catalog;
    const qsizetype picked = choices.indexOf(choice);
    if (picked > 0)
        catalog = std::array{Catalog::Share, Catalog::Open, Catalog::Authorized}[size_t(picked - 1)];

    QProgressDialog progress(QApplication::translate("xs::CatalogExportAction", "Exporting..."),
                             QApplication::translate("xs::CatalogExportAction", "Cancel"), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    qint64 exported = 0;
    const DatabaseError error = m_services.exporter().exportTo(
        path, *format, catalog,
        [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            QApplication::processEvents();
            return !progress.wasCanceled();
        },
        &exported);
    progress.reset();
    if (error.kind() == DatabaseError::Kind::Cancelled)
        return;
    if (error.isError()) {
        QMessageBox::warning(m_parent, QApplication::translate("xs::CatalogExportAction", "Export Catalog"),
                             QApplication::translate("xs::CatalogExportAction", "The export failed: %1")
                                 .arg(error.fullText()));
        return;
    }
    QMessageBox::information(m_parent, QApplication::translate("xs::CatalogExportAction", "Export Catalog"),
                             QApplication::translate("xs::CatalogExportAction", "%1 entries exported to %2.")
                                 .arg(exported)
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace xs
