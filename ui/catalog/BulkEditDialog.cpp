#include "ui/catalog/BulkEditDialog.h"

#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogBulkEdit.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/journal/FieldLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

BulkEditDialog::BulkEditDialog(const CatalogServices& services, QStringList entryIds, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_ids(std::move(entryIds))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk Edit"));
    m_summary = new QLabel(tr("Set one field on the %n selected entries.", nullptr, int(m_ids.size())), this);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("bulkField"));
    for (const QString& field : CatalogBulkEdit::editableFields())
        m_field->addItem(fieldLabel(QStringLiteral("catalog_entry"), field), field);
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_reason->setPlaceholderText(tr("Needed when a selected entry is published"));
    m_failures = new QListWidget(this);
    m_failures->setObjectName(QStringLiteral("bulkFailures"));
    m_failures->hide();
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::fillValues);
    fillValues();

    auto* form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&New value:"), m_value);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply to all"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkApplyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_failures, 1);
    layout->addWidget(buttons);
}

void BulkEditDialog::fillValues()
{
    const QString field = m_field->currentData().toString();
    m_value->clear();
    if (field.startsWith(QLatin1String("in_"))) {
        m_value->addItem(tr("Yes"), true);
        m_value->addItem(tr("No"), false);
        return;
    }
    QStringList values;
    if (field == QLatin1String("grade"))
        values = CatalogVocabulary::grades();
    else if (field == QLatin1String("share_attribute"))
        values = CatalogVocabulary::shareAttributes();
    else if (field == QLatin1String("share_method"))
        values = CatalogVocabulary::shareMethods();
    else if (field == QLatin1String("open_attribute"))
        values = CatalogVocabulary::openAttributes();
    else if (field == QLatin1String("update_frequency"))
        values = m_services.updateFrequencies().names();
    else if (field == QLatin1String("format_class"))
        values = CatalogVocabulary::formatClasses();
    for (const QString& value : values)
        m_value->addItem(CatalogVocabulary::label(value), value);
}

bool BulkEditDialog::choose(const QString& field, const QString& value)
{
    const int fieldIndex = m_field->findData(field);
    if (fieldIndex < 0)
        return false;
    m_field->setCurrentIndex(fieldIndex);
    for (int index = 0; index < m_value->count(); ++index) {
        if (m_value->itemData(index).toString() == value) {
            m_value->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void BulkEditDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

bool BulkEditDialog::apply()
{
    const QVariant chosen = m_value->currentData();
    const QJsonValue value =
        chosen.typeId() == QMetaType::Bool ? QJsonValue(chosen.toBool()) : QJsonValue(chosen.toString());
    QList<CatalogBulkEdit::Failure> failures;
    const DatabaseError error = m_services.bulkEdit().apply(m_ids, m_field->currentData().toString(), value,
                                                            m_reason->text(), &failures);
    if (!error.isError()) {
        accept();
        return true;
    }
    m_failures->clear();
    for (const CatalogBulkEdit::Failure& failure : failures)
        m_failures->addItem(QStringLiteral("%1：%2").arg(
            failure.name.isEmpty() ? failure.entryId : failure.name, failure.message));
    if (failures.isEmpty())
        m_failures->addItem(error.fullText());
    m_failures->show();
    m_summary->setText(
        tr("Nothing was changed: %n entries would break a rule.", nullptr, int(failures.size())));
    return false;
}

} // namespace xs
