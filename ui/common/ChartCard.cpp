#include "ui/common/ChartCard.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace xs {

ChartCard::ChartCard(const QString& objectName, const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    // The page's layout decides the width (its stretch factors), not the chart's own size hint.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(260);
    m_title = new QLabel(title, this);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);

    m_export = new QToolButton(this);
    m_export->setObjectName(objectName + QStringLiteral("-export"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Save as &PNG..."), this, [this] { chooseAndExport(QStringLiteral("png")); });
    menu->addAction(tr("Save as P&DF..."), this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    menu->addAction(tr("P&rint..."), this, &ChartCard::print);
    m_export->setMenu(menu);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    m_view->setAccessibleName(title);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void ChartCard::setChart(QChart* chart)
{
    QChart* previous = m_view->chart();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(chart);
    delete previous;
}

QChart* ChartCard::chart() const
{
    return m_view->chart();
}

QString ChartCard::title() const
{
    return m_title->text();
}

ChartExport::Caption ChartCard::caption() const
{
    return {title(), m_filters ? m_filters() : QString(), m_clock ? m_clock->now() : QDateTime()};
}

QString ChartCard::exportPng(const QString& path) const
{
    return ChartExport::savePng(m_view, path);
}

QString ChartCard::exportPdf(const QString& path) const
{
    return ChartExport::savePdf(m_view, caption(), path);
}

void ChartCard::chooseAndExport(const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter =
        suffix == QLatin1String("png") ? tr("PNG image (*.png)") : tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(folder).filePath(title() + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const QString problem = suffix == QLatin1String("png") ? exportPng(path) : exportPdf(path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export Chart"), problem);
}

void ChartCard::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() == QDialog::Accepted)
        ChartExport::paintPage(m_view, caption(), &printer);
}

} // namespace xs
