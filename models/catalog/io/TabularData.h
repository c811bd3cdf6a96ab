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
};

/// Why a whole file cannot be read (bad encoding, broken quoting, a damaged XLSX); where, if known.
struct TabularError
{
    QString message; // translated
    int line = 0;    // 0: the file as a whole

    bool isError() const { return !message.isEmpty(); }
};

} // namespace xs
