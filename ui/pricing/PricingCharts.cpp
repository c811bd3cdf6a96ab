#include "ui/pricing/PricingCharts.h"

#include "ui/grants/DashboardCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace xs::PricingCharts {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::PricingCharts)
};

constexpr double FenPerTenThousandYuan = 1'000'000.0; // charts count money in 万元

QPen dashed(const QColor& color)
{
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    return pen;
}

QValueAxis* percentAxis(double highest)
{
    // Steps of 20 points up to at least 120%, so the cap line sits on a grid line.
    const int top = std::max(120, int(std::ceil(highest / 20.0)) * 20 + 20);
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(top / 20 + 1);
    axis->setLabelFormat(QStringLiteral("%d%"));
    axis->setTitleText(Text::tr("Share of the cap"));
    return axis;
}

} // namespace

QChart* priceAgainstCap(const QList<PricingSeries::PriceMonth>& months)
{
    if (months.isEmpty())
        return DashboardCharts::empty(Text::tr("No monthly prices in this period"));
    auto* average = new QLineSeries;
    average->setName(Text::tr("Average specific price"));
    auto* highest = new QLineSeries;
    highest->setName(Text::tr("Highest specific price"));
    auto* cap = new QLineSeries;
    cap->setName(Text::tr("Cap (100%)"));
    cap->setPen(dashed(QColor(0xc6, 0x28, 0x28)));
    double top = 0;
    for (const PricingSeries::PriceMonth& month : months) {
        const double x = double(QDateTime(month.month, QTime(0, 0)).toMSecsSinceEpoch());
        average->append(x, month.averagePercentOfCap);
        highest->append(x, month.highestPercentOfCap);
        cap->append(x, 100);
        top = std::max(top, month.highestPercentOfCap);
    }
    auto* chart = new QChart;
    DashboardCharts::style(chart);
    for (QLineSeries* series : {average, highest, cap})
        chart->addSeries(series);
    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    axisX->setTickCount(std::min<int>(int(months.size()), 7));
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis* axisY = percentAxis(top);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries* series : {average, highest, cap}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

QChart* revenueAgainstMaximum(const QList<PricingSeries::RevenueYear>& years,
                              const std::function<void(int year)>& activated)
{
    if (years.isEmpty())
        return DashboardCharts::empty(Text::tr("No operating reports in this period"));
    auto* actual = new QBarSet(Text::tr("Actual revenue"));
    actual->setColor(QColor(0x1f, 0x6f, 0xb5));
    auto* maximum = new QLineSeries;
    maximum->setName(Text::tr("Maximum allowed revenue"));
    maximum->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2.5));
    auto* lower = new QLineSeries;
    auto* upper = new QLineSeries;
    QStringList labels;
    double top = 0;
    for (int i = 0; i < years.size(); ++i) {
        const PricingSeries::RevenueYear& year = years.at(i);
        const double actualValue = year.actualFen / FenPerTenThousandYuan;
        const double maxValue = year.maxFen / FenPerTenThousandYuan;
        *actual << actualValue;
        maximum->append(i, maxValue);
        lower->append(i, maxValue * 0.9);
        upper->append(i, maxValue * 1.1);
        labels << QString::number(year.year);
        top = std::max({top, actualValue, maxValue * 1.1});
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(Text::tr("±10%: the operator adjusts its prices"));
    band->setColor(QColor(0x2e, 0x7d, 0x32, 40));
    band->setBorderColor(QColor(0x2e, 0x7d, 0x32, 90));
    auto* bars = new QBarSeries;
    bars->append(actual);
    QObject::connect(actual, &QBarSet::clicked, bars, [years, activated](int index) {
        if (activated && index >= 0 && index < years.size())
            activated(years.at(index).year);
    });
    auto* chart = new QChart;
    DashboardCharts::style(chart);
    chart->addSeries(band);
    chart->addSeries(bars);
    chart->addSeries(maximum);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(1.0, top * 1.1));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(Text::tr("10,000 yuan"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : std::initializer_list<QAbstractSeries*>{band, bars, maximum}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

QChart* distribution(const QList<PricingSeries::PartyShare>& shares,
                     const std::function<void(const QString& party)>& activated)
{
    QList<DashboardCharts::Category> categories;
    for (const PricingSeries::PartyShare& share : shares)
        categories.append({share.party, share.party.isEmpty() ? Text::tr("(not given)") : share.party,
                           std::round(share.fen / FenPerTenThousandYuan)});
    return DashboardCharts::pie(categories, [activated](const DashboardCharts::Category& category) {
        if (activated)
            activated(category.key);
    });
}

QChart* tierCurves(const QList<PricingSeries::TierCurve>& curves)
{
    if (curves.isEmpty())
        return DashboardCharts::empty(Text::tr("No tiered products in this period"));
    auto* chart = new QChart;
    DashboardCharts::style(chart);
    qint64 widest = 1;
    for (const PricingSeries::TierCurve& curve : curves)
        widest = std::max(widest, curve.tiers.constLast().fromQuantity);
    const double end = double(widest) * 1.25 + 1;
    auto* axisX = new QValueAxis;
    axisX->setRange(0, end);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(Text::tr("Quantity"));
    double top = 100;
    QList<QLineSeries*> lines;
    for (const PricingSeries::TierCurve& curve : curves) {
        auto* line = new QLineSeries;
        line->setName(curve.productName);
        for (int i = 0; i < curve.tiers.size(); ++i) {
            const double percent = 100.0 * double(curve.tiers.at(i).unitPriceFen) / double(curve.capFen);
            const double next = i + 1 < curve.tiers.size() ? double(curve.tiers.at(i + 1).fromQuantity) : end;
            line->append(double(curve.tiers.at(i).fromQuantity), percent);
            line->append(next, percent);
            top = std::max(top, percent);
        }
        lines.append(line);
    }
    auto* cap = new QLineSeries;
    cap->setName(Text::tr("Cap (100%)"));
    cap->setPen(dashed(QColor(0xc6, 0x28, 0x28)));
    cap->append(0, 100);
    cap->append(end, 100);
    lines.append(cap);
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis* axisY = percentAxis(top);
    axisY->setTitleText(Text::tr("Unit price, share of the cap"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    return chart;
}

} // namespace xs::PricingCharts
