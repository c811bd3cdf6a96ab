#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/SyncTypes.h"
#include "ui/common/RecordFormDialog.h"

#include <optional>

namespace xs {

class CatalogRevisionServices;

/// Saves the changes made to a published entry as its revision (修订稿): why it changes (change
/// of law, of duties, a correction, other), the day the law or the duties changed, from which the
/// 10 working days run, and an explanation, in the revision's own form. The changed fields come
/// from the editor; a draft revision already open is continued.
class CatalogRevisionDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    /// changes: the entry fields that differ from the published version; open: the entry's draft
    /// revision to continue, if any. services must outlive the dialog.
    CatalogRevisionDialog(CatalogRevisionServices& services, const Principal& principal,
                          const QString& entryId, const QString& entryName, const QJsonObject& changes,
                          const std::optional<RecordState>& open, QWidget* parent = nullptr);
};

} // namespace xs
