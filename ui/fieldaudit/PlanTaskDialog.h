#pragma once

#include "models/journal/Roles.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace xs {

class FieldAuditServices;
class RecordForm;

/// Plans a field audit, or changes the plan of one not yet under review (managers and
/// administrators): the title, the kind of visit, a published checklist for it, whom it audits
/// (a department, an operator or a registration on this desktop), the auditors (one user name per
/// line) and the day. The form is the task's own definition; the save goes through the rules the
/// hub runs, and a refusal stays in the dialog with its reason.
class PlanTaskDialog : public QDialog
{
    Q_OBJECT

public:
    /// taskId: the task whose plan changes, or empty for a new one. services must outlive it.
    PlanTaskDialog(FieldAuditServices& services, Role role, const QString& taskId, QWidget* parent = nullptr);

    RecordForm& form() const { return *m_form; }
    /// Saves the plan; true on success (the dialog then closes). A refusal is shown in the dialog.
    bool save();
    QString savedTask() const { return m_savedId; }
    QString problem() const;

private:
    FieldAuditServices& m_services;
    Role m_role;
    QString m_taskId;
    QString m_savedId;
    RecordForm* m_form = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace xs
