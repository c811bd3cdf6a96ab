#include "ui/grants/DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <cmath>

namespace xs::DashboardCharts {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::DashboardCharts)
};

bool isEmpty(const QList<Category>& categories)
{
    return std::all_of(categories.cbegin(), categories.cend(),
                       [](const Category& c) { return c.value == 0; });
}

} // namespace

void style(QChart* chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QChart* empty(const QString& why)
{
    auto* chart = new QChart;
    style(chart);
    chart->setTitle(why);
    chart->legend()->hide();
    return chart;
}

QChart* bars(const QList<Category>& categories, const QString& valueTitle, const Activated& activated)
{
    if (isEmpty(categories))
        return empty(Text::tr("Nothing to show for this period"));
    auto* set = new QBarSet(valueTitle);
    QStringList labels;
    double highest = 0;
    for (const Category& category : categories) {
        *set << category.value;
        labels << category.label;
        highest = std::max(highest, category.value);
    }
    set->setColor(QColor(0x1f, 0x6f, 0xb5));
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    QObject::connect(set, &QBarSet::clicked, series, [categories, activated](int index) {
        if (activated && index >= 0 && index < categories.size())
            activated(categories.at(index));
    });
    auto* chart = new QChart;
    style(chart);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(labels);
    // Qt Charts cuts category names short long before they touch (分领域… under a 90-pixel bar);
    // the names here are a few characters, and each has its bar's width.
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, std::max(1.0, std::ceil(highest * 1.15)));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

QChart* pie(const QList<Category>& categories, const Activated& activated)
{
    if (isEmpty(categories))
        return empty(Text::tr("Nothing to show for this period"));
    double total = 0;
    for (const Category& category : categories)
        total += category.value;
    auto* series = new QPieSeries;
    series->setPieSize(0.65); // room around it for the figures of thin slices
    QList<std::pair<QPieSlice*, QString>> names;
    for (const Category& category : categories) {
        if (category.value <= 0)
            continue;
        const double share = category.value / total;
        // The figure on the slice, the name in the legend: long official names (公共治理和公益事业)
        // would be cut short beside a pie on a third of the screen.
        auto* slice = series->append(
            QStringLiteral("%1 (%2%)")
                .arg(QLocale().toString(category.value, 'f', 0), QLocale().toString(share * 100, 'f', 1)),
            category.value);
        slice->setLabelVisible(share >= 0.03);
        if (share >= 0.15) { // room inside; a thin slice carries its figure outside
            slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
            slice->setLabelColor(Qt::white);
        }
        names.append({slice, category.label});
        QObject::connect(slice, &QPieSlice::clicked, series, [category, activated] {
            if (activated)
                activated(category);
        });
        QObject::connect(slice, &QPieSlice::hovered, slice,
                         [slice](bool hovered) { slice->setExploded(hovered); });
    }
    auto* chart = new QChart;
    style(chart);
    chart->addSeries(series);
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        for (const auto& [slice, name] : std::as_const(names)) {
            if (static_cast<QPieLegendMarker*>(marker)->slice() == slice)
                marker->setLabel(name);
        }
    }
    return chart;
}

} // namespace xs::DashboardCharts
