#include "models/catalog/io/FormulaGuard.h"

namespace xs::FormulaGuard {

namespace {

const QChar Apostrophe = QLatin1Char('\'');

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// An optional sign, digits, and at most one decimal point with digits after it.
bool isPlainNumber(const QString& text)
{
    qsizetype i = 0;
    if (i < text.size() && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+')))
        ++i;
    qsizetype digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else if (c == QLatin1Char('.') && !point && digits > 0) {
            point = true;
            digits = 0; // the point needs digits after it
        } else {
            return false;
        }
    }
    return digits > 0;
}

// How many apostrophes lead the text, if a formula character follows them; -1 otherwise.
qsizetype apostrophesBeforeFormula(const QString& text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text.at(quotes) == Apostrophe)
        ++quotes;
    return quotes < text.size() && startsFormula(text.at(quotes)) ? quotes : -1;
}

} // namespace

QString toCell(const QString& text)
{
    const qsizetype quotes = apostrophesBeforeFormula(text);
    if (quotes < 0 || (quotes == 0 && isPlainNumber(text)))
        return text;
    return Apostrophe + text;
}

QString fromCell(const QString& cell)
{
    return apostrophesBeforeFormula(cell) > 0 ? cell.mid(1) : cell;
}

} // namespace xs::FormulaGuard
