#pragma once

#include <QDateTime>
#include <QString>

class QChartView;
class QPagedPaintDevice;
class QAbstractItemModel;

namespace xs::ChartExport {

/// What a chart is exported with: its title and the filters it shows ("2024-01-01 – 2026-12-31,
/// 分领域授权"), so a printed page says what it counts.
struct Caption
{
    QString title;
    QString filters;
    QDateTime madeAt; // printed in China's time; nothing is printed when it is not set
};

/// The chart as a PNG at twice its on-screen size (sharp on a wall screen or in a report).
/// Returns an empty string or what went wrong; the file is written whole or not at all.
QString savePng(QChartView* view, const QString& path);
/// The chart on an A4 landscape page under its title, with the filters and the time it was made.
QString savePdf(QChartView* view, const Caption& caption, const QString& path);
/// Paints the same page on a printer (or any paged device).
void paintPage(QChartView* view, const Caption& caption, QPagedPaintDevice* device);

/// A table model's displayed cells with its headings, as one XLSX sheet.
QString saveXlsx(const QAbstractItemModel& model, const QString& sheetName, const QString& path);

} // namespace xs::ChartExport
