#pragma once

#include <QJsonObject>
#include <QList>
#include <QVariantList>

#include <functional>

struct sqlite3;

namespace xs::bench {

/// One figure as one JSON line on stdout, flushed at once (a long run shows its progress).
void print(const QJsonObject& line);
double median(QList<double> values);
/// Wall time of work, in milliseconds.
double timeMs(const std::function<void()>& work);
double medianMs(int repeat, const std::function<void()>& work);
/// A statement through the SQLite C API alone, as the yardstick of a model's page: prepare, bind
/// (integers as integers, everything else as text), step through every column of every row,
/// finalize.
double rawStatementMs(sqlite3* handle, const QString& sql, const QVariantList& bindings);

} // namespace xs::bench
