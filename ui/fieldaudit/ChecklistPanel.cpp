#include "ui/fieldaudit/ChecklistPanel.h"

#include "models/fieldaudit/ChecklistModel.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

/// The result column's editor: the three answers by their labels, stored by their codes.
class ResultDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new QComboBox(parent);
        editor->setObjectName(QStringLiteral("checklistResult"));
        for (const VocabularyTerm& term : FieldAuditVocabulary::results())
            editor->addItem(FieldAuditVocabulary::resultLabel(QLatin1String(term.code)),
                            QLatin1String(term.code));
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        const int at = box->findData(index.data(Qt::EditRole));
        box->setCurrentIndex(at >= 0 ? at : 0);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

ChecklistPanel::ChecklistPanel(ChecklistModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditChecklist"));
    m_view->setModel(&m_model);
    m_view->setItemDelegateForColumn(ChecklistModel::ResultColumn, new ResultDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(ChecklistModel::NoteColumn, 160);
    // Wide enough for the editor's list of answers, not just the shortest label.
    header->setSectionResizeMode(ChecklistModel::ResultColumn, QHeaderView::Fixed);
    header->resizeSection(ChecklistModel::ResultColumn,
                          fontMetrics().horizontalAdvance(tr("Not answered")) +
                              fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void ChecklistPanel::refresh(bool editable, const QString& whyNot)
{
    if (m_model.rowCount() == 0) {
        m_summary->setText(tr("The checklist of this task is not on this computer yet: sync to fetch it."));
        return;
    }
    QString text = tr("%1 of %2 items answered, %3 not conforming.")
                       .arg(m_model.answeredCount())
                       .arg(m_model.rowCount())
                       .arg(m_model.nonconformingCount());
    text += QLatin1Char(' ') +
            (editable ? tr("Double-click or press F2 on a result or note to answer; each answer is saved "
                           "at once, offline too.")
                      : whyNot);
    m_summary->setText(text);
}

} // namespace xs
