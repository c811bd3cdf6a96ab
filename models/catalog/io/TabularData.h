#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace xs {

/// A sheet read from a CSV or XLSX file: the heading row and the data rows, each with the line
/// (CSV) or row number (XLSX) people see in their editor, for messages.
struct TabularData
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowNumbers;

    /// The first record is the heading row, the rest are data. records must not be empty.
    static TabularData fromRecords(QList<QStringList> records, QList<int> numbers)
    {
        TabularData data;
        data.header = records.takeFirst();
        numbers.removeFirst();
        data.rows = std::move(records);
        data.rowNumbers = std::move(numbers);
        return data;
    }
};

/// Why a whole file cannot be read (bad encoding, broken quoting, a damaged XLSX); where, if known.
struct TabularError
{
    QString message; // translated
    int line = 0;    // 0: the file as a whole

    bool isError() const { return !message.isEmpty(); }
};

} // namespace xs
