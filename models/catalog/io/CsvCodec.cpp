#include "models/catalog/io/CsvCodec.h"

#include "models/catalog/io/FormulaGuard.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace xs::CsvCodec {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CsvCodec)
};

std::optional<QString> decodeStrictly(const QByteArray& bytes, const char* encoding)
{
    // The byte-order mark is removed by the caller; a U+FEFF after it is content and stays.
    QStringDecoder decoder(encoding,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decode(const QByteArray& bytes, QString* encoding, TabularError* error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        if (std::optional<QString> text = decodeStrictly(bytes.mid(3), "UTF-8"))
            return text;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(QStringConverter::Utf16, QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError() && text.isValidUtf16()) // a lone surrogate is not text
            return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    } else {
        if (std::optional<QString> text = decodeStrictly(bytes, "UTF-8")) {
            *encoding = QStringLiteral("UTF-8");
            return text;
        }
        if (std::optional<QString> text = decodeStrictly(bytes, "GB18030")) {
            *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    error->message = Text::tr("The file is neither UTF-8 nor GB18030 text. Save it from Excel as "
                              "\"CSV UTF-8\" and try again.");
    return std::nullopt;
}

} // namespace

std::optional<TabularData> read(const QByteArray& bytes, TabularError* error, QString* encoding,
                                const TabularLimits& limits)
{
    QString detected;
    if (bytes.size() > limits.maxInflatedBytes) {
        error->message = Text::tr("The file is larger than %1 MB.").arg(limits.maxInflatedBytes >> 20);
        return std::nullopt;
    }
    const std::optional<QString> decoded = decode(bytes, &detected, error);
    if (!decoded)
        return std::nullopt;
    if (encoding)
        *encoding = detected;
    const QString& text = *decoded;

    QList<QStringList> records;
    QList<int> recordLines;
    QStringList record;
    QString cell;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool quoted = false;     // inside a quoted cell
    bool afterQuote = false; // the quoted cell just closed
    qsizetype cells = 0;
    qsizetype headerWidth = 0; // the heading row defines the table
    qsizetype column = 0;      // of the cell being read, in its record
    QString refusal;
    // Empty cells right of the table are dropped as they come (Excel's trailing commas cost nothing);
    // a value there refuses the file.
    auto endCell = [&] {
        const qsizetype width = headerWidth > 0 ? headerWidth : limits.maxColumns;
        if (column >= width) {
            if (!cell.isEmpty() && refusal.isEmpty())
                refusal = headerWidth > 0
                              ? Text::tr("Line %1 has a value in column %2, right of the last heading.")
                                    .arg(recordLine)
                                    .arg(column + 1)
                              : Text::tr("Line %1 has more than %2 columns.")
                                    .arg(recordLine)
                                    .arg(limits.maxColumns);
        } else {
            record.append(FormulaGuard::fromCell(cell));
            ++cells;
        }
        ++column;
        cell.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endCell();
        while (!record.isEmpty() && record.constLast().isEmpty())
            record.removeLast();
        if (!record.isEmpty()) {
            if (headerWidth == 0)
                headerWidth = record.size();
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
        column = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            error->message = Text::tr("Line %1: text after a closing quote. Quotes inside a cell must be "
                                      "doubled (\"\").")
                                 .arg(line);
            error->line = line;
            return std::nullopt;
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            quoteLine = line;
        } else {
            cell.append(c); // a quote inside an unquoted cell is just a character, as Excel reads it
        }
        if (cells > limits.maxCells)
            refusal = Text::tr("The file has more than %1 cells.").arg(limits.maxCells);
        else if (records.size() > limits.maxRows)
            refusal = Text::tr("The file has more than %1 rows.").arg(limits.maxRows);
        if (!refusal.isEmpty()) {
            error->message = refusal;
            return std::nullopt;
        }
    }
    if (quoted) {
        error->message =
            Text::tr("Line %1: a quote opens a cell that never closes. Check for an unbalanced \".")
                .arg(quoteLine);
        error->line = quoteLine;
        return std::nullopt;
    }
    if (!cell.isEmpty() || !record.isEmpty() || afterQuote)
        endRecord();
    if (!refusal.isEmpty()) {
        error->message = refusal;
        return std::nullopt;
    }
    if (records.isEmpty()) {
        error->message = Text::tr("The file is empty: it needs a heading row.");
        return std::nullopt;
    }
    return TabularData::fromRecords(std::move(records), std::move(recordLines));
}

QString line(const QStringList& cells)
{
    QStringList quotedCells;
    quotedCells.reserve(cells.size());
    for (const QString& text : cells) {
        const QString cell = FormulaGuard::toCell(text);
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
            cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
            cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '))) {
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            quotedCells.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            quotedCells.append(cell);
        }
    }
    return quotedCells.join(QLatin1Char(','));
}

QByteArray write(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += line(header).toUtf8() + "\r\n";
    for (const QStringList& row : rows)
        bytes += line(row).toUtf8() + "\r\n";
    return bytes;
}

} // namespace xs::CsvCodec
