#include "ui/sync/ConflictDialog.h"

#include "app/sync/SyncService.h"
#include "models/journal/ConflictFieldsModel.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/SyncIssuesModels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

/// Rows waiting for a choice in bold; rows that merged by themselves dimmed.
class ChoiceEmphasisDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ConflictFieldsModel::NeedsChoiceRole).toBool()) {
            if (index.column() == ConflictFieldsModel::FieldColumn)
                option->font.setBold(true);
        } else {
            option->palette.setBrush(QPalette::Text,
                                     option->palette.brush(QPalette::Disabled, QPalette::Text));
        }
    }
};

} // namespace

ConflictDialog::ConflictDialog(SyncService& sync, const ConflictRecord& conflict, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_model(new ConflictFieldsModel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve Conflict"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_model->setConflict(conflict, sync.currentLocal(conflict));

    auto* heading = new QLabel(tr("<b>%1 · %2</b>")
                                   .arg(entityLabel(conflict.entity).toHtmlEscaped(),
                                        recordDisplayName(conflict.local).toHtmlEscaped()),
                               this);
    auto* explanation = new QLabel(
        conflict.deleteConflict
            ? tr("The record was deleted on one side and edited on the other. Choose whether it "
                 "stays, and for each field in bold which value to keep.")
            : tr("This computer and the hub both changed the fields in bold. Tick the value to keep "
                 "in each of them. Dimmed fields were changed on one side only and merged by "
                 "themselves."),
        this);
    explanation->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ChoiceEmphasisDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ConflictFieldsModel::FieldColumn,
                                                      QHeaderView::ResizeToContents);
    for (int column :
         {ConflictFieldsModel::BaseColumn, ConflictFieldsModel::LocalColumn, ConflictFieldsModel::HubColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Keyboard: arrows move between cells, Space ticks the current one (the view does that for
    // checkable items); start on this computer's value of the first row.
    m_table->setCurrentIndex(m_model->index(0, ConflictFieldsModel::LocalColumn));

    auto* allMine = new QPushButton(tr("Keep All &Mine"), this);
    allMine->setObjectName(QStringLiteral("keepAllLocal"));
    auto* allHub = new QPushButton(tr("Take All from &Hub"), this);
    allHub->setObjectName(QStringLiteral("takeAllHub"));
    connect(allMine, &QPushButton::clicked, this, [this] { m_model->chooseAll(SyncApplier::Take::Local); });
    connect(allHub, &QPushButton::clicked, this, [this] { m_model->chooseAll(SyncApplier::Take::Hub); });
    auto* quick = new QHBoxLayout;
    quick->addWidget(allMine);
    quick->addWidget(allHub);
    quick->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resolve = buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::resolve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &ConflictFieldsModel::choicesChanged, this, &ConflictDialog::updateResolve);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(quick);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(860, 460);
    updateResolve();
}

void ConflictDialog::updateResolve()
{
    m_resolve->setEnabled(m_model->isComplete());
    m_resolve->setToolTip(m_model->isComplete() ? QString()
                                                : tr("Choose a value in every row in bold first."));
}

void ConflictDialog::resolve()
{
    if (!m_model->isComplete())
        return;
    const DatabaseError error = m_sync.resolveConflict(m_model->conflictId(), m_model->choices());
    if (error.isError()) {
        m_error->setText(tr("The conflict could not be resolved: %1").arg(error.message()));
        m_error->show();
        return;
    }
    accept();
}

} // namespace xs
