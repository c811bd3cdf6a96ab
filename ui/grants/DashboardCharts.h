#pragma once

#include <QList>
#include <QString>

#include <functional>

class QChart;

namespace xs::DashboardCharts {

/// One bar or slice: the value a filter matches (a code), what people read, and the figure.
struct Category
{
    QString key;
    QString label;
    double value = 0;
};
using Activated = std::function<void(const Category&)>;

/// Bars, one per category, in the given order; a click on a bar calls activated with it.
/// With no categories (or all zero) the chart says there is nothing to show.
QChart* bars(const QList<Category>& categories, const QString& valueTitle, const Activated& activated);
/// A pie with its slices labelled with value and share; a click on a slice calls activated.
QChart* pie(const QList<Category>& categories, const Activated& activated);

/// A chart that says why it is empty, in the middle of its area.
QChart* empty(const QString& why);
/// The dashboards' look: light theme, legend below, animations off (they would delay exports).
void style(QChart* chart);

} // namespace xs::DashboardCharts
