#include "ui/sharing/SharingRequestDialog.h"

#include "app/areas/SharingServices.h"
#include "models/sharing/SharingWorkflow.h"
#include "ui/common/RecordForm.h"

namespace xs {

SharingRequestDialog::SharingRequestDialog(SharingServices& services, Role role, const QString& requestId,
                                           QWidget* parent)
    : RecordFormDialog(
          *findEntity(SharingWorkflow::Entity),
          [&services](const FieldSchema& field) { return services.choices(field); },
          [&services, role, requestId](const QJsonObject& values, QString* savedId) {
              const DatabaseError error = services.save(role, requestId, values, savedId);
              return error.isError() ? error.detailOrMessage() : QString();
          },
          parent)
{
    setObjectName(QStringLiteral("sharingRequestDialog"));
    setWindowTitle(requestId.isEmpty() ? tr("Ask for Shared Data") : tr("Correct the Request"));
    setRefusalText(tr("The request was not saved: %1"));
    QJsonObject values{{QStringLiteral("requester_code"), services.department()}};
    for (const RecordState& request : services.requests()) {
        if (request.id == requestId)
            values = request.fields;
    }
    form().setValues(values);
    // A department asks in its own name; a correction keeps the resource and the requester.
    form().setFieldLocked(QStringLiteral("requester_code"),
                          !services.department().isEmpty() || !requestId.isEmpty());
    form().setFieldLocked(QStringLiteral("entry_id"), !requestId.isEmpty());
    setHint(tr("The provider replies within %1 working day for data shared unconditionally and within %2 "
               "working days for data shared on conditions (政务数据共享条例 §21–22).")
                .arg(SharingWorkflow::UnconditionalReplyDays)
                .arg(SharingWorkflow::ConditionalReplyDays));
}

} // namespace xs
