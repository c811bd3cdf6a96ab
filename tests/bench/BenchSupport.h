#pragma once

#include <QJsonObject>
#include <QList>

#include <functional>

namespace xs::bench {

/// One figure as one JSON line on stdout, flushed at once (a long run shows its progress).
void print(const QJsonObject& line);
double median(QList<double> values);
/// Wall time of work, in milliseconds.
double timeMs(const std::function<void()>& work);
double medianMs(int repeat, const std::function<void()>& work);

} // namespace xs::bench
