#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace xs {

class CatalogHistoryModel;

/// The history tab: every change as before/after, who, when and why, and "Restore this version",
/// which writes the entry's fields as they were right after the chosen change.
class CatalogHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    CatalogHistoryPanel(CatalogHistoryModel& model, QWidget* parent = nullptr);
    void setRestoreAllowed(bool allowed);

signals:
    void restoreRequested(qint64 changeId);

private:
    void updateButton();

    CatalogHistoryModel& m_model;
    QTableView* m_view = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_allowed = false;
};

} // namespace xs
