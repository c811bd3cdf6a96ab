#include "ui/catalog/CatalogRevisionDialog.h"

#include "app/areas/CatalogRevisionServices.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/Vocabularies.h"
#include "ui/common/RecordForm.h"

#include <QJsonDocument>

namespace xs {

namespace Flow = CatalogRevisionWorkflow;

CatalogRevisionDialog::CatalogRevisionDialog(CatalogRevisionServices& services, const Principal& principal,
                                             const QString& entryId, const QString& entryName,
                                             const QJsonObject& changes,
                                             const std::optional<RecordState>& open, QWidget* parent)
    : RecordFormDialog(
          *findEntity(Flow::Entity),
          [entryId, entryName](const FieldSchema& field) {
              if (field.name == QLatin1String("entry_id"))
                  return QList<LabelledValue>{{entryId, entryName}};
              return vocabularyChoices(field.vocabulary);
          },
          [&services, principal, entryId, changes,
           revisionId = open ? open->id : QString()](const QJsonObject& values, QString* savedId) {
              QJsonObject fields = values;
              fields.insert(QStringLiteral("entry_id"), entryId);
              fields.insert(Flow::ChangesField,
                            QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
              const DatabaseError error = services.save(principal, revisionId, fields, savedId);
              return error.isError() ? error.detailOrMessage() : QString();
          },
          parent)
{
    setObjectName(QStringLiteral("catalogRevisionDialog"));
    setWindowTitle(tr("Save as a Revision"));
    setRefusalText(tr("The revision was not saved: %1"));
    QJsonObject values{{QStringLiteral("entry_id"), entryId},
                       {QStringLiteral("cause_on"), services.clock().today().toString(Qt::ISODate)}};
    if (open) {
        for (const char* field : {"reason", "reason_note", "cause_on"})
            values.insert(QLatin1String(field), open->fields.value(QLatin1String(field)));
    }
    form().setValues(values);
    form().setFieldLocked(QStringLiteral("entry_id"), true);
    QStringList changed;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        changed << fieldLabel(QStringLiteral("catalog_entry"), it.key());
    setHint(
        tr("Changed: %1. The published version stays in use until another person approves the revision. "
           "After a change of law or of the department's duties the entry is updated within %2 working days "
           "(once extendable by %3); the data department decides within %4 working days "
           "(政务数据共享条例 §17).")
            .arg(changed.join(tr(", ")))
            .arg(Flow::UpdateWorkdays)
            .arg(Flow::ExtensionWorkdays)
            .arg(Flow::ReviewWorkdays));
}

} // namespace xs
