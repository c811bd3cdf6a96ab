#pragma once

#include "models/catalog/io/XlsxCodec.h"
#include "models/pricing/OperatingReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

class QTextDocument;

namespace xs {

/// 年度运营报告 on paper and in a workbook: the same three parts in both, an overview (costs,
/// revenue, profit, the maximum after carry-over, the deviation and what it requires, and the
/// evaluation cycle), the sales per product, and the year's price and cap changes. Each file is
/// written whole or not at all.
class OperatingReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(xs::OperatingReportDocument)

public:
    /// today: whether a missing or late report is marked overdue.
    OperatingReportDocument(OperatingReport report, const QDate& today);

    QString title() const;
    QList<std::pair<QString, QString>> overview() const;
    QStringList salesHeader() const;
    QList<QStringList> salesRows() const;
    QStringList changesHeader() const;
    QList<QStringList> changesRows() const;

    void layOut(QTextDocument& document) const;
    /// A4 PDF; false with *error (in the user's language).
    bool writePdf(const QString& path, QString* error) const;
    /// Three sheets: 概况, 产品销售, 价格调整. Empty, or what went wrong.
    QString writeXlsx(const QString& path) const;

private:
    OperatingReport m_report;
    QDate m_today;
};

} // namespace xs
