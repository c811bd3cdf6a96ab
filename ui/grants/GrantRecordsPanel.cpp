#include "ui/grants/GrantRecordsPanel.h"

#include "app/DashboardLoader.h"
#include "models/grants/GrantListModel.h"
#include "ui/common/TableExport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

GrantRecordsPanel::GrantRecordsPanel(GrantListModel* model, DashboardLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("grantRecords"));
    m_model = model;
    m_model->setParent(this);
    connect(&m_loader, &DashboardLoader::listLoaded, this, [this](const DashboardLoader::ListResult& result) {
        if (result.filter != m_requested)
            return; // an answer to an earlier click
        m_export->setEnabled(true);
        m_model->setRows(result.filter, result.rows, result.error);
        if (result.error.isError())
            m_count->setText(tr("The list could not be read: %1").arg(result.error.message()));
        else
            m_count->setText(tr("%n agreement(s)", nullptr, m_model->rowCount()));
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(GrantListModel::TitleColumn, QHeaderView::Stretch);
        emit rowsLoaded();
    });

    auto* back = new QPushButton(tr("← &Back to the charts"), this);
    back->setObjectName(QStringLiteral("grantRecordsBack"));
    connect(back, &QPushButton::clicked, this, &GrantRecordsPanel::backRequested);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("grantRecordsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_count = new QLabel(this);

    m_export = new QPushButton(tr("Export to &XLSX..."), this);
    m_export->setObjectName(QStringLiteral("grantRecordsExport"));
    connect(m_export, &QPushButton::clicked, this, &GrantRecordsPanel::chooseAndExport);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("grantRecordsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false); // the title column takes the spare width
    // Column widths from the first rows only: measuring thousands of rows of Chinese text blocked
    // the UI for 30 ms and more (dashboard_bench, 8,000 rows).
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->horizontalHeader()->setSectionResizeMode(GrantListModel::TitleColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit agreementActivated(index.data(GrantListModel::IdRole).toString());
    });

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(12);
    header->addWidget(m_heading, 1);
    header->addWidget(m_count);
    header->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
}

void GrantRecordsPanel::show(const GrantFilter& filter, const QString& what, const QString& period)
{
    m_heading->setText(tr("Agreements: %1 (%2)").arg(what, period));
    m_requested = filter;
    m_model->setRows(filter, {}, {}); // nothing from the previous click meanwhile
    reload();
    m_table->setFocus();
}

void GrantRecordsPanel::reload()
{
    m_export->setEnabled(false); // no workbook of a list still being read
    m_count->setText(tr("Loading..."));
    m_loader.requestList(m_requested);
}

void GrantRecordsPanel::keyPressEvent(QKeyEvent* event)
{
    // Esc anywhere in the list goes back (the table passes it on unless it is editing a cell).
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString GrantRecordsPanel::heading() const
{
    return m_heading->text();
}

QString GrantRecordsPanel::exportXlsx(const QString& path) const
{
    return TableExport::saveXlsx(*m_model, tr("Agreements"), path);
}

void GrantRecordsPanel::chooseAndExport()
{
    TableExport::chooseAndSave(this, *m_model, tr("Export Agreements"), tr("Agreements"), tr("agreements"));
}

} // namespace xs
