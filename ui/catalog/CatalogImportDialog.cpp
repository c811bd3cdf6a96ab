#include "ui/catalog/CatalogImportDialog.h"

#include "app/areas/CatalogServices.h"
#include "models/catalog/io/ImportPlanModel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

/// Progress for work done on the UI thread in steps: the dialog repaints and Cancel is heard
/// between steps, so the window never freezes.
CatalogImporter::Progress progressFor(QProgressDialog& dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::max<qint64>(total, 1)));
        dialog.setValue(int(done));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace

CatalogImportDialog::CatalogImportDialog(const CatalogServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_model(std::make_unique<ImportPlanModel>())
{
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowTitle(tr("Import Catalog Entries"));
    resize(860, 520);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importPlanTable"));
    m_view->setModel(m_model.get());
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyImportButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Import"));
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &CatalogImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
}

CatalogImportDialog::~CatalogImportDialog() = default;

bool CatalogImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(parentWidget(), tr("Import Catalog Entries"), {},
                                     tr("Catalog files (*.csv *.xlsx *.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    load(path);
    return true;
}

void CatalogImportDialog::load(const QString& path)
{
    m_path = path;
    m_plan = {};
    QFile file(path);
    const std::optional<CatalogFileFormat> format = catalogFileFormat(path);
    if (!format) {
        m_plan.fileError.message = tr("Choose a .csv, .xlsx or .json file.");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_plan.fileError.message = tr("The file cannot be read: %1").arg(file.errorString());
    } else {
        QProgressDialog progress(tr("Checking every row..."), tr("Cancel"), 0, 0, parentWidget());
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        m_plan = m_services.importer().plan(file.readAll(), *format, progressFor(progress));
    }
    m_model->setPlan(m_plan);
    const QString name = QFileInfo(path).fileName();
    if (m_plan.fileError.isError()) {
        m_summary->setText(
            tr("<b>%1 cannot be imported.</b> %2%3")
                .arg(name.toHtmlEscaped(), m_plan.fileError.message.toHtmlEscaped(),
                     m_plan.fileError.line > 0 ? tr(" (line %1)").arg(m_plan.fileError.line) : QString()));
    } else {
        using Outcome = ImportRowResult::Outcome;
        QString text = tr("<b>Dry run of %1</b>%2: %3 to create, %4 to update, %5 unchanged, %6 failed.")
                           .arg(name.toHtmlEscaped(),
                                m_plan.encoding.isEmpty() ? QString() : tr(" (%1)").arg(m_plan.encoding))
                           .arg(m_plan.count(Outcome::Created))
                           .arg(m_plan.count(Outcome::Updated))
                           .arg(m_plan.count(Outcome::Unchanged))
                           .arg(m_plan.count(Outcome::Failed));
        text += QStringLiteral("<br>") +
                (m_plan.canApply() ? tr("Nothing has been written yet. Import writes every row at once.")
                                   : tr("Fix the failed rows in the file and import it again; nothing "
                                        "is written while a row fails."));
        m_summary->setText(text);
    }
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_plan.canApply() && !m_plan.writes.isEmpty());
}

bool CatalogImportDialog::apply()
{
    QProgressDialog progress(tr("Importing..."), tr("Cancel"), 0, int(m_plan.writes.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const DatabaseError error = m_services.importer().apply(
        m_plan, tr("Imported from %1").arg(QFileInfo(m_path).fileName()), progressFor(progress));
    progress.reset();
    if (error.kind() == DatabaseError::Kind::Cancelled) {
        m_summary->setText(tr("Import cancelled; nothing was written."));
        return false;
    }
    if (error.isError()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error.fullText()));
        return false;
    }
    accept();
    return true;
}

} // namespace xs
