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

/// What a file may hold before it is refused, checked as it is read so that a hostile file (a zip
/// bomb, a cell in column XFD, a million empty rows) is refused before memory goes to it. A
/// heading row defines the table: no cell may lie right of the last heading.
struct TabularLimits
{
    int maxColumns = 200;
    int maxRows = 1'000'000;
    qint64 maxCells = 40'000'000;           // cells kept (each row up to its last value)
    qint64 maxInflatedBytes = 1024LL << 20; // an XLSX part as it unpacks; a CSV file as read
};

/// Why a whole file cannot be read (bad encoding, broken quoting, a damaged XLSX); where, if known.
struct TabularError
{
    QString message; // translated
    int line = 0;    // 0: the file as a whole

    bool isError() const { return !message.isEmpty(); }
};

} // namespace xs
