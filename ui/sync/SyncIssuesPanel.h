#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace xs {

class ConflictListModel;
class RejectedOperationsModel;
class SyncService;

/// What sync could not do alone: the open conflicts (each opens the conflict dialog) and the
/// changes the hub rejected, with its reasons (each can be discarded, which puts the record back
/// as the hub has it). Each list says so plainly when it is empty.
class SyncIssuesPanel : public QWidget
{
    Q_OBJECT

public:
    SyncIssuesPanel(SyncService& sync, QSqlDatabase database, QWidget* parent = nullptr);

    ConflictListModel& conflicts() { return *m_conflicts; }
    RejectedOperationsModel& rejected() { return *m_rejected; }

    /// Opens the conflict in this row of the list (what double-click and Enter do).
    void resolveConflictAt(int row);

private:
    QWidget* buildConflictsTab();
    QWidget* buildRejectedTab();
    void reload();
    void discardSelected();
    void updateButtons();

    SyncService& m_sync;
    ConflictListModel* m_conflicts = nullptr;
    RejectedOperationsModel* m_rejected = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_conflictsStack = nullptr;
    QStackedWidget* m_rejectedStack = nullptr;
    QTableView* m_conflictTable = nullptr;
    QTableView* m_rejectedTable = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace xs
