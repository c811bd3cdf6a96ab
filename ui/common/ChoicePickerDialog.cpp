#include "ui/common/ChoicePickerDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace xs {

ChoicePickerDialog::ChoicePickerDialog(const QList<LabelledValue>& choices, const QSet<QString>& excluded,
                                       const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("choicePicker"));
    setWindowTitle(title);
    for (const LabelledValue& choice : choices) {
        if (!choice.offered || excluded.contains(choice.value))
            continue;
        auto* item = new QStandardItem(choice.label);
        item->setData(choice.value, Qt::UserRole);
        item->setToolTip(choice.label);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filtered);
    m_list->setObjectName(QStringLiteral("choicePickerList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true); // thousands of rows lay out at once
    m_filter->setObjectName(QStringLiteral("choicePickerFilter"));
    m_filter->setPlaceholderText(tr("Type part of a name or department to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("choicePickerCount"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter takes the selection, or the only match.
        if (chosen().isEmpty() && m_filtered->rowCount() == 1)
            m_list->setCurrentIndex(m_filtered->index(0, 0));
        if (!chosen().isEmpty())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(560, 480);
    updateCount();
    m_filter->setFocus();
}

QStringList ChoicePickerDialog::chosen() const
{
    QModelIndexList selected = m_list->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList values;
    for (const QModelIndex& index : std::as_const(selected))
        values << index.data(Qt::UserRole).toString();
    return values;
}

void ChoicePickerDialog::setSingleSelection()
{
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
}

void ChoicePickerDialog::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

bool ChoicePickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_filtered->rowCount() > 0) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_filtered->index(0, 0));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ChoicePickerDialog::updateCount()
{
    if (m_model->rowCount() == 0)
        m_count->setText(tr("Nothing left to choose."));
    else
        m_count->setText(tr("%1 of %2 shown").arg(m_filtered->rowCount()).arg(m_model->rowCount()));
}

} // namespace xs
