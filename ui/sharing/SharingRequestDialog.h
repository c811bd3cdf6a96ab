#pragma once

#include "models/journal/Roles.h"
#include "ui/common/RecordFormDialog.h"

namespace xs {

class SharingServices;

/// Asks another department for a resource of the sharing catalog (共享申请), or corrects a request
/// whose material was asked for: the resource, the requesting department (a cataloguer's own, fixed),
/// purpose, scope, legal basis and the sharing method wished for, in the request's own form.
class SharingRequestDialog : public RecordFormDialog
{
    Q_OBJECT

public:
    /// requestId: the request to correct, or empty for a new one. services must outlive it.
    SharingRequestDialog(SharingServices& services, Role role, const QString& requestId,
                         QWidget* parent = nullptr);

    QString savedRequest() const { return savedId(); }
};

} // namespace xs
