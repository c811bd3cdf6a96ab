#include "ui/catalog/DataItemSearchPanel.h"

#include "models/catalog/DataItemSearchModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace xs {

DataItemSearchPanel::DataItemSearchPanel(DataItemSearchModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("dataItemSearchPanel"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("dataItemSearch"));
    m_text->setPlaceholderText(tr("Search data items"));
    m_text->setToolTip(tr("Searches the names, identifiers and descriptions of every resource's data "
                          "items, e.g. 身份号码 or tyshxydm. Enter opens the resource of the chosen item."));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250); // one query per word typed, not per keystroke
    connect(m_text, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &DataItemSearchPanel::search);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dataItemSearchTable"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Item and resource are what a narrow pane must show; the identifier is in the tooltip.
    m_view->hideColumn(DataItemSearchModel::IdentifierColumn);
    m_view->horizontalHeader()->resizeSection(DataItemSearchModel::NameColumn, 150);
    m_view->horizontalHeader()->setSectionResizeMode(DataItemSearchModel::EntryColumn, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit entryChosen(index.data(DataItemSearchModel::EntryIdRole).toString(),
                         index.siblingAtColumn(DataItemSearchModel::NameColumn).data().toString());
    });
    // Enter in the search box opens the first hit, or the one chosen with the arrow keys.
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        if (m_model.text() != m_text->text())
            search();
        const QModelIndex current =
            m_view->currentIndex().isValid() ? m_view->currentIndex() : m_model.index(0, 0);
        if (current.isValid())
            emit m_view->activated(current);
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dataItemSearchSummary"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    showSummary();
}

void DataItemSearchPanel::refresh()
{
    if (!m_model.text().isEmpty())
        search();
}

void DataItemSearchPanel::search()
{
    m_model.setText(m_text->text().trimmed());
    if (m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(0, 0));
    showSummary();
}

void DataItemSearchPanel::showSummary()
{
    if (m_model.lastError().isError()) {
        m_summary->setText(tr("The search failed: %1").arg(m_model.lastError().message()));
    } else if (m_model.text().isEmpty()) {
        m_summary->setText(tr("Type part of a data item's name, identifier or description."));
    } else if (m_model.rowCount() == 0) {
        m_summary->setText(tr("No data item matches “%1”.").arg(m_model.text()));
    } else if (m_model.canFetchMore({})) {
        m_summary->setText(tr("The first %n data items; scroll for more.", nullptr, m_model.rowCount()));
    } else {
        m_summary->setText(tr("%n data item(s) found.", nullptr, m_model.rowCount()));
    }
}

} // namespace xs
