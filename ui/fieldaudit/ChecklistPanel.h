#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace xs {

class ChecklistModel;

/// The checklist of the shown task as a table the auditors answer in place: the result from a
/// list (符合 / 不符合 / 不适用) and a note, each saved as it is committed. Above it, how many items
/// are answered and how many do not conform.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    /// model must outlive the panel.
    explicit ChecklistPanel(ChecklistModel& model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    /// Re-reads the counts and says whether the table can be edited now, and if not, why.
    void refresh(bool editable, const QString& whyNot);

private:
    ChecklistModel& m_model;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace xs
