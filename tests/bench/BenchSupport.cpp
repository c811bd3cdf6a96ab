#include "tests/bench/BenchSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace xs::bench {

void print(const QJsonObject& line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int repeat, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i)
        times.append(timeMs(work));
    return median(times);
}

double rawStatementMs(sqlite3* handle, const QString& sql, const QVariantList& bindings)
{
    const QByteArray utf8 = sql.toUtf8();
    QList<QByteArray> texts;
    for (const QVariant& value : bindings)
        texts.append(value.toString().toUtf8());
    return timeMs([&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
        for (int index = 0; index < texts.size(); ++index) {
            const int type = bindings.at(index).typeId();
            if (type == QMetaType::LongLong || type == QMetaType::Int)
                sqlite3_bind_int64(statement, index + 1, bindings.at(index).toLongLong());
            else
                sqlite3_bind_text(statement, index + 1, texts.at(index).constData(),
                                  int(texts.at(index).size()), SQLITE_STATIC);
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                (void)sqlite3_column_text(statement, column);
        }
        sqlite3_finalize(statement);
    });
}

} // namespace xs::bench
