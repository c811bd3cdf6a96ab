#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QJsonObject;
class QPushButton;
class QTabWidget;
class QTableView;

namespace xs {

class AuditTaskListModel;
class ChecklistModel;
class ChecklistPanel;
class EvidenceListModel;
class EvidencePanel;
class EvidenceThumbnails;
class FieldAuditServices;
class FindingListModel;
class HubError;
class OfflineBar;
class OfflinePreparation;
class OverviewTiles;
class RectificationQueuePanel;

/// The 现场核查 area: the audit tasks (mine or all, by state, overdue), and for the chosen task its
/// plan, its steps (start, submit, return, confirm), and three tabs: the checklist answered in
/// place, the evidence (added from files as the hub's rules allow, opened from memory, verified
/// against its SHA-256, fetched from the hub on demand) and the findings with their rectification.
class FieldAuditPage : public QWidget
{
    Q_OBJECT

public:
    FieldAuditPage(std::unique_ptr<FieldAuditServices> services, Role role, QWidget* parent = nullptr);
    ~FieldAuditPage() override;

    /// How 准备离线 runs (through the hub's sync); none on a desktop without a hub.
    void setOfflinePreparation(std::unique_ptr<OfflinePreparation> preparation);
    /// Who works here now: the role, and for a department's people their department.
    void setRole(Role role, const QString& department = {});
    void reload();
    /// Shows the task's plan and evidence (selects it in the list).
    void showTask(const QString& taskId);
    /// Adds files as evidence of the shown task; the number added (a message says why one was not).
    int addEvidenceFiles(const QStringList& paths);
    /// Re-hashes the chosen evidence; true if it matches.
    bool verifySelected();
    /// After a fetch from the hub (MainWindow runs it through sync): the list and a message.
    void downloadFinished(const QString& evidenceId, const HubError& error);
    /// Gives a step of the shown task with its arguments (the buttons ask for them first).
    bool takeStep(const QString& command, const QJsonObject& arguments);
    /// After the planning dialog saved: the list, the task shown, and a message.
    void planSaved(const QString& taskId, bool isNew);
    /// Records a finding of the shown task (the button asks for it first).
    bool addFinding(const QString& severity, const QString& itemCode, const QString& description);
    /// Issues a rectification order after a finding of the shown task (the button asks first).
    bool issueOrder(const QString& findingId, const QString& requirement, int workingDays);
    /// Writes the shown task's 现场核查记录 as PDF (the button asks for the file first).
    bool exportRecord(const QString& path);
    /// The steps the shown task offers this user now, as their buttons show them.
    QStringList offeredSteps() const;

    AuditTaskListModel& tasks() const { return *m_tasks; }
    EvidenceListModel& evidence() const;
    EvidenceThumbnails& evidenceThumbnails() const;
    ChecklistModel& checklist() const { return *m_checklist; }
    FindingListModel& findings() const { return *m_findings; }
    RectificationQueuePanel& rectifications() const { return *m_orders; }
    OfflineBar& offline() const { return *m_offline; }
    QString shownTask() const { return m_taskId; }
    QString message() const;

signals:
    /// The chosen evidence's bytes are only on the hub: fetch them.
    void downloadRequested(const QString& evidenceId);

private:
    void applyFilter();
    void showSelectedTask();
    void showVisit();
    void showSteps();
    void askStep(const QString& command);
    void askFinding();
    void askPlan(const QString& taskId);
    void askOrder();
    void showFigures();
    bool recordsVisit() const;
    void updateActions();
    void say(const QString& text, bool problem = false);

    std::unique_ptr<FieldAuditServices> m_services;
    Role m_role;
    QString m_taskId;
    std::unique_ptr<AuditTaskListModel> m_tasks;
    std::unique_ptr<ChecklistModel> m_checklist;
    std::unique_ptr<FindingListModel> m_findings;
    QComboBox* m_scope = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTableView* m_taskView = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_taskTitle = nullptr;
    QLabel* m_taskMeta = nullptr;
    QHBoxLayout* m_stepButtons = nullptr;
    OfflineBar* m_offline = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChecklistPanel* m_checklistPanel = nullptr;
    EvidencePanel* m_evidencePanel = nullptr;
    QTableView* m_findingView = nullptr;
    QPushButton* m_addFinding = nullptr;
    QPushButton* m_planTask = nullptr;
    QPushButton* m_changePlan = nullptr;
    QPushButton* m_exportRecord = nullptr;
    QPushButton* m_issueOrder = nullptr;
    QTabWidget* m_lists = nullptr;
    RectificationQueuePanel* m_orders = nullptr;
    OverviewTiles* m_tiles = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace xs
