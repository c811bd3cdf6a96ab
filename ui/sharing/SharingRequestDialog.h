#pragma once

#include "models/journal/Roles.h"

#include <QDialog>

class QLabel;

namespace xs {

class RecordForm;
class SharingServices;

/// Asks another department for a resource of the sharing catalog (共享申请), or corrects a request
/// whose material was asked for: the resource, the requesting department (a cataloguer's own, fixed),
/// purpose, scope, legal basis and the sharing method wished for. The form is the request's own
/// definition; the save goes through the hub's rules, and a refusal stays in the dialog.
class SharingRequestDialog : public QDialog
{
    Q_OBJECT

public:
    /// requestId: the request to correct, or empty for a new one. services must outlive it.
    SharingRequestDialog(SharingServices& services, Role role, const QString& requestId,
                         QWidget* parent = nullptr);

    RecordForm& form() const { return *m_form; }
    /// Saves the request; true on success (the dialog then closes).
    bool save();
    QString savedRequest() const { return m_savedId; }
    QString problem() const;

private:
    SharingServices& m_services;
    Role m_role;
    QString m_requestId;
    QString m_savedId;
    RecordForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace xs
