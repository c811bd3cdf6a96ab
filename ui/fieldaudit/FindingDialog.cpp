#include "ui/fieldaudit/FindingDialog.h"

#include "models/fieldaudit/ChecklistModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace xs {

FindingDialog::FindingDialog(const QStringList& severities, const QList<ChecklistRow>& items,
                             const QString& currentItem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Record a Finding"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("findingSeverity"));
    m_severity->addItems(severities);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("findingItem"));
    m_item->addItem(tr("The visit as a whole"), QString());
    for (const ChecklistRow& item : items) {
        // Long checklist texts are cut in the list and shown whole in the tooltip.
        const QString text = item.text.size() > 40 ? item.text.left(40) + QStringLiteral("…") : item.text;
        m_item->addItem(QStringLiteral("%1 %2").arg(item.code, text), item.code);
        m_item->setItemData(m_item->count() - 1, item.text, Qt::ToolTipRole);
    }
    m_item->setCurrentIndex(qMax(0, m_item->findData(currentItem)));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("findingDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What was found, where, and against which requirement"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Checklist item:"), m_item);
    form->addRow(tr("Finding:"), m_description);
    form->addRow(m_buttons);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!description().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QString FindingDialog::severity() const
{
    return m_severity->currentText();
}

QString FindingDialog::itemCode() const
{
    return m_item->currentData().toString();
}

QString FindingDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

} // namespace xs
