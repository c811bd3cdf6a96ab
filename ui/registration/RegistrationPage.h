#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/common/Clock.h"
#include "models/journal/AccessPolicy.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationQueueQuery.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTabBar;
class QTableView;

namespace xs {

class RegistrationDetailPane;
class RegistrationRepository;
class RegistrationServices;
class RegistrationQueueModel;

/// The registration review area (登记审核): the queue's views as tabs with their counts, the
/// queue in deadline order with the working days left, and the selected application's detail
/// with the steps the reviewer may take. Steps are proposals until the hub confirms them.
class RegistrationPage : public QWidget
{
    Q_OBJECT

public:
    /// services: the area's repository and queries, the user and the clock ("today" for
    /// deadlines, counts and notices).
    RegistrationPage(std::unique_ptr<RegistrationServices> services, Role role, QWidget* parent = nullptr);
    ~RegistrationPage() override;

    /// Reads everything again (after a sync brought changes, or the calendar changed).
    void reload();
    void setRole(Role role);
    void showView(QueueView view);

    RegistrationQueueModel& queueModel() const { return *m_model; }
    RegistrationDetailPane& detailPane() const { return *m_detail; }
    QTableView& queueView() const { return *m_view; }

    /// Takes a step on the selected application, asking for what it needs first.
    void takeStep(const QString& command);
    /// Assigns every selected application to one reviewer, all or none.
    void assignSelected();
    /// 新建申请: files an application received at the window, then shows it in the queue.
    void fileApplication();
    void exportNotice();

protected:
    void showEvent(QShowEvent* event) override;

signals:
    /// A step was written (the sync page's count of unsynced changes moves).
    void changed();

private:
    /// Counts every view for its tab, and returns the counts.
    std::map<QueueView, qint64> refreshCounts();
    void showAssigneeColumn();
    void selectFirst();
    void showSelected();
    QStringList selectedIds() const;
    void report(const QString& text, bool problem);
    /// For a first registration after operation starts: its agreement's deadline, met or not.
    QString firstRegistrationNote(const QJsonObject& registration) const;
    QueueFilter currentFilter() const;

    std::unique_ptr<RegistrationServices> m_services;
    RegistrationRepository& m_repository;
    Role m_role;
    const Clock& m_clock;
    WorkingCalendar m_calendar;
    DeadlineRules m_rules;
    std::unique_ptr<RegistrationQueueModel> m_model;

    QTabBar* m_tabs = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_status = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_sized = false;
    RegistrationDetailPane* m_detail = nullptr;
};

} // namespace xs
