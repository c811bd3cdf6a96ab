#pragma once

#include <QWidget>

class QPushButton;

namespace xs {

struct FieldAuditOverview;

/// The overview of field audits at the top of the 现场核查 area, for managers above all: tasks by
/// state (and how many are overdue), open findings by severity, and overdue rectification orders.
/// A tile is a button: the tasks tile shows the overdue tasks, the orders tile the overdue orders.
class OverviewTiles : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTiles(QWidget* parent = nullptr);

    void setOverview(const FieldAuditOverview& overview);

signals:
    void overdueTasksRequested();
    void overdueOrdersRequested();

private:
    QPushButton* m_tasks = nullptr;
    QPushButton* m_findings = nullptr;
    QPushButton* m_orders = nullptr;
};

} // namespace xs
