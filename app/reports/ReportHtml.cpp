#include "app/reports/ReportHtml.h"

#include <QAbstractItemModel>

namespace xs::ReportHtml {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString cell(const QString& html, const char* style)
{
    return QStringLiteral("<td style=\"padding:4px; %1\">%2</td>").arg(QLatin1String(style), html);
}

QString headings(const QStringList& names)
{
    QString row;
    for (const QString& name : names)
        row += QStringLiteral("<th style=\"padding:4px; background:#eeeeee;\">%1</th>")
                   .arg(name.toHtmlEscaped());
    return QStringLiteral("<tr>%1</tr>").arg(row);
}

QString table(const QString& rows)
{
    return QStringLiteral(
               "<table width=\"100%\" border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse; "
               "border-color:#888888; margin:4px 0 12px 0;\">%1</table>")
        .arg(rows);
}

QString section(const QString& title)
{
    return QStringLiteral("<h3 style=\"font-size:13pt; margin:14px 0 4px 0;\">%1</h3>")
        .arg(title.toHtmlEscaped());
}

QString grid(const QStringList& names, const QList<QStringList>& rows)
{
    QString html = headings(names);
    for (const QStringList& row : rows) {
        QString cells;
        for (const QString& text : row)
            cells += cell(escaped(text));
        html += QStringLiteral("<tr>%1</tr>").arg(cells);
    }
    return table(html);
}

QString tableOf(const QAbstractItemModel& model)
{
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column)
        names << model.headerData(column, Qt::Horizontal).toString();
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        rows << cells;
    }
    return grid(names, rows);
}

QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString html;
    for (const auto& [name, value] : rows)
        html += QStringLiteral("<tr>%1%2</tr>")
                    .arg(cell(name.toHtmlEscaped(), "width:30%; background:#f4f4f4;"), cell(escaped(value)));
    return table(html);
}

} // namespace xs::ReportHtml
