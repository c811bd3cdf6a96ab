#include "ui/common/TableExport.h"

#include "ui/common/ChartExport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::TableExport)
};

} // namespace

QString TableExport::saveXlsx(QAbstractItemModel& model, const QString& sheetName, const QString& path)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    return ChartExport::saveXlsx(model, sheetName, path);
}

void TableExport::chooseAndSave(QWidget* parent, QAbstractItemModel& model, const QString& title,
                                const QString& sheetName, const QString& defaultName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title,
                                                QDir(folder).filePath(defaultName + QStringLiteral(".xlsx")),
                                                Text::tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = saveXlsx(model, sheetName, path);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        QMessageBox::warning(parent, title, problem);
}

} // namespace xs
