#include "ui/common/ChartExport.h"

#include "models/catalog/io/XlsxCodec.h"
#include "models/common/Clock.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace xs::ChartExport {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::ChartExport)
};

QString notWritten(const QString& path, const QString& why)
{
    return Text::tr("%1 could not be written: %2").arg(path, why);
}

} // namespace

QString savePng(QChartView* view, const QString& path)
{
    constexpr int Scale = 2;
    QImage image(view->size() * Scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return notWritten(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return notWritten(path, Text::tr("the image could not be encoded"));
    if (!file.commit())
        return notWritten(path, file.errorString());
    return {};
}

void paintPage(QChartView* view, const Caption& caption, QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect page = painter.viewport();
    const int line = page.height() / 28;

    QFont titleFont = painter.font();
    titleFont.setPixelSize(line);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.drawText(QRect(page.left(), page.top(), page.width(), line * 3 / 2),
                     Qt::AlignLeft | Qt::AlignVCenter, caption.title);

    QFont small = painter.font();
    small.setBold(false);
    small.setPixelSize(line * 3 / 5);
    painter.setFont(small);
    const QString made = caption.madeAt.isValid()
                             ? Text::tr("Made %1").arg(QLocale().toString(Clock::chinaTime(caption.madeAt),
                                                                          QStringLiteral("yyyy-MM-dd HH:mm")))
                             : QString();
    const QString filters =
        caption.filters.isEmpty() ? Text::tr("Filters: none") : Text::tr("Filters: %1").arg(caption.filters);
    painter.drawText(QRect(page.left(), page.top() + line * 3 / 2, page.width(), line * 2),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, filters + QLatin1Char('\n') + made);

    // The chart keeps its on-screen proportions, scaled to the rest of the page.
    const QRect area(page.left(), page.top() + line * 4, page.width(), page.height() - line * 4);
    QSize target = view->size();
    target.scale(area.size(), Qt::KeepAspectRatio);
    const QRect chartRect(area.left() + (area.width() - target.width()) / 2, area.top(), target.width(),
                          target.height());
    view->render(&painter, chartRect);
}

QString savePdf(QChartView* view, const Caption& caption, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return notWritten(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(150);
        writer.setTitle(caption.title);
        writer.setCreator(QCoreApplication::applicationName());
        paintPage(view, caption, &writer);
    }
    if (!file.commit())
        return notWritten(path, file.errorString());
    return {};
}

QString saveXlsx(const QAbstractItemModel& model, const QString& sheetName, const QString& path)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        rows.append(cells);
    }
    return XlsxCodec::write(path, sheetName, header, rows);
}

} // namespace xs::ChartExport
