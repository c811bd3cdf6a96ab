#pragma once

#include "app/areas/SecurityReviewServices.h"
#include "models/securityreview/SecurityReviewWorkflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace xs {

/// A security review's checklist answered item by item (符合 · 不符合 · 不适用, with a note), in
/// one dialog: opening a review first chooses what is reviewed and on which published checklist.
/// Saving goes through the area's write (the hub's rules); a refusal stays in the dialog.
class SecurityReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// review: the review to answer, or nullptr to open a new one; subjectName: what its subject
    /// is called (the list has it).
    SecurityReviewDialog(SecurityReviewServices& services, Role role, const RecordState* review,
                         const QString& subjectName = {}, QWidget* parent = nullptr);

    /// The answered items (those with a result), in checklist order.
    QList<SecurityReviewWorkflow::ItemAnswer> answers() const;
    /// Sets item code's result (and note) as a user would.
    void answer(const QString& code, const QString& result, const QString& note = {});
    /// Saves; true on success (the dialog then closes).
    bool save();
    QString savedId() const { return m_savedId; }
    QString problem() const;
    bool isNew() const { return m_reviewId.isEmpty(); }

private:
    void showChecklist(const QList<QJsonObject>& items,
                       const QList<SecurityReviewWorkflow::ItemAnswer>& answers);
    void chooseChecklist();
    void countAnswers();

    SecurityReviewServices& m_services;
    Role m_role;
    QString m_reviewId;
    QJsonObject m_fixed; // subject and checklist of a review already opened
    QList<SecurityReviewServices::Subject> m_subjects;
    QList<SecurityReviewServices::Checklist> m_checklists;
    QComboBox* m_subject = nullptr;
    QComboBox* m_checklist = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_problem = nullptr;
    QString m_savedId;
};

} // namespace xs
