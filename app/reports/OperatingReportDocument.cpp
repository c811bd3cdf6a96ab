#include "app/reports/OperatingReportDocument.h"

#include "app/reports/PdfDocument.h"
#include "app/reports/ReportHtml.h"

#include <QLocale>
#include <QTextDocument>

namespace xs {

namespace {

QString yuan(qint64 fen)
{
    return OperatingReportDocument::tr("%1 yuan").arg(PricingRules::yuan(fen));
}

QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * double(part) / double(whole), 0, 'f', 1)
                     : QStringLiteral("—");
}

} // namespace

OperatingReportDocument::OperatingReportDocument(OperatingReport report, const QDate& today)
    : m_report(std::move(report))
    , m_today(today)
{}

QString OperatingReportDocument::title() const
{
    return tr("Annual operating report %1: %2").arg(m_report.year).arg(m_report.agreementTitle);
}

QList<std::pair<QString, QString>> OperatingReportDocument::overview() const
{
    const OperatingReport& r = m_report;
    QString submitted = r.submittedOn.isValid() ? r.submittedOn.toString(Qt::ISODate) : tr("Not submitted");
    if (r.late(m_today))
        submitted += tr(" (overdue: due %1)").arg(r.dueOn.toString(Qt::ISODate));
    QString required = RevenueReview::actionText(r.action);
    if (r.actionDueOn.date.isValid())
        required += tr(", by %1").arg(r.actionDueOn.date.toString(Qt::ISODate));
    return {
        {tr("Agreement"), r.agreementTitle},
        {tr("Operator"), r.operatorName},
        {tr("Year"), QString::number(r.year)},
        {tr("Due"), r.dueOn.toString(Qt::ISODate)},
        {tr("Submitted"), submitted},
        {tr("Cost (industry products, net of subsidies)"), yuan(r.costFen)},
        {tr("Reasonable return r"), QStringLiteral("%1%").arg(r.rateBp / 100.0, 0, 'f', 2)},
        {tr("Taxes"), yuan(r.taxesFen)},
        {tr("Actual revenue"), yuan(r.actualFen)},
        {tr("Profit (revenue less cost and taxes)"), yuan(r.profitFen())},
        {tr("Maximum allowed revenue of the year"), yuan(r.outcome.ownMaxFen)},
        {tr("Deducted for the previous cycle's excess"), yuan(r.outcome.deductedFen)},
        {tr("Maximum after the deduction"), yuan(r.outcome.maxFen)},
        {tr("Deviation"), RevenueReview::deviationText(r.outcome.check.deviationBp)},
        {tr("Required (10% rule)"), required},
        {tr("Evaluation cycle"), r.cycle.explanation()},
    };
}

QStringList OperatingReportDocument::salesHeader() const
{
    return {tr("Product"), tr("Quantity sold"), tr("Revenue (yuan)"), tr("Share of revenue")};
}

QList<QStringList> OperatingReportDocument::salesRows() const
{
    QList<QStringList> rows;
    for (const PricingRecords::ProductSale& sale : m_report.sales)
        rows << QStringList{sale.product, QLocale().toString(sale.quantity),
                            PricingRules::yuan(sale.revenueFen),
                            percentOf(sale.revenueFen, m_report.actualFen)};
    return rows;
}

QStringList OperatingReportDocument::changesHeader() const
{
    return {tr("Product"),      tr("From month"),        tr("Price before (yuan)"),
            tr("Price (yuan)"), tr("Cap before (yuan)"), tr("Cap (yuan)")};
}

QList<QStringList> OperatingReportDocument::changesRows() const
{
    QList<QStringList> rows;
    for (const OperatingReport::PriceChange& change : m_report.priceChanges)
        rows << QStringList{change.product,
                            change.month,
                            PricingRules::yuan(change.priceBeforeFen),
                            PricingRules::yuan(change.priceFen),
                            PricingRules::yuan(change.capBeforeFen),
                            PricingRules::yuan(change.capFen)};
    return rows;
}

void OperatingReportDocument::layOut(QTextDocument& document) const
{
    using namespace ReportHtml;
    QString html = QStringLiteral("<h2 style=\"text-align:center;\">%1</h2>").arg(title().toHtmlEscaped());
    html += section(tr("Overview")) + facts(overview());
    html += section(tr("Sales per product"));
    html +=
        m_report.sales.isEmpty()
            ? QStringLiteral("<p>%1</p>").arg(tr("The report gives no sales per product.").toHtmlEscaped())
            : grid(salesHeader(), salesRows());
    html += section(tr("Price and cap changes during the year"));
    html +=
        m_report.priceChanges.isEmpty()
            ? QStringLiteral("<p>%1</p>").arg(tr("No price or cap changed during the year.").toHtmlEscaped())
            : grid(changesHeader(), changesRows());
    document.setHtml(html);
}

bool OperatingReportDocument::writePdf(const QString& path, QString* error) const
{
    QTextDocument document;
    layOut(document);
    return PdfDocument::write(document, title(), path, error);
}

QString OperatingReportDocument::writeXlsx(const QString& path) const
{
    QList<QStringList> overviewRows;
    for (const auto& [name, value] : overview())
        overviewRows << QStringList{name, value};
    return XlsxCodec::write(path, {{tr("Overview"), {tr("Item"), tr("Value")}, overviewRows},
                                   {tr("Sales per product"), salesHeader(), salesRows()},
                                   {tr("Price changes"), changesHeader(), changesRows()}});
}

} // namespace xs
