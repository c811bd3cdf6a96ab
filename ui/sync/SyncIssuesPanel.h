#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace xs {

class ConflictListModel;
class QuarantineModel;
class RejectedOperationsModel;
class SyncService;

/// What sync could not do alone: the open conflicts (each opens the conflict dialog), the
/// changes the hub rejected, with its reasons (each can be discarded, which puts the record back
/// as the hub has it), and the records from the hub this desktop could not store. Each list says
/// so plainly when it is empty.
class SyncIssuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncIssuesPanel(SyncService& sync, QWidget* parent = nullptr);

    ConflictListModel& conflicts() { return *m_conflicts; }
    RejectedOperationsModel& rejected() { return *m_rejected; }
    QuarantineModel& quarantined() { return *m_quarantined; }

    /// Opens the conflict in this row of the list (what double-click and Enter do).
    void resolveConflictAt(int row);

private:
    QWidget* buildConflictsTab();
    QWidget* buildRejectedTab();
    QWidget* buildQuarantineTab();
    void reload();
    void discardSelected();
    void updateButtons();

    SyncService& m_sync;
    ConflictListModel* m_conflicts = nullptr;
    RejectedOperationsModel* m_rejected = nullptr;
    QuarantineModel* m_quarantined = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_conflictsStack = nullptr;
    QStackedWidget* m_rejectedStack = nullptr;
    QStackedWidget* m_quarantineStack = nullptr;
    QTableView* m_conflictTable = nullptr;
    QTableView* m_rejectedTable = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace xs
