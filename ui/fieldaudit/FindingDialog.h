#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace xs {

struct ChecklistRow;

/// Asks for a finding of the visit: its severity (from the task's checklist template), the item
/// it concerns (or the visit as a whole), and what was found.
class FindingDialog : public QDialog
{
    Q_OBJECT

public:
    /// severities: the template's, most common first; items: the checklist (current: preselected).
    FindingDialog(const QStringList& severities, const QList<ChecklistRow>& items, const QString& currentItem,
                  QWidget* parent = nullptr);

    QString severity() const;
    QString itemCode() const;
    QString description() const;

private:
    QComboBox* m_severity = nullptr;
    QComboBox* m_item = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace xs
