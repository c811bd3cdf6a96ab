#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QHBoxLayout;
class QJsonObject;
class QLabel;
class QTableView;

namespace xs {

class FieldAuditServices;
class RectificationQueueModel;

/// 整改台账: every rectification order on this desktop, soonest deadline first, with overdue marks
/// and filters (open only, overdue only), and the steps the chosen order offers this user: the
/// addressed department begins and submits its rectification, the checkers accept it or send it
/// back, and a reviewer or manager closes it.
class RectificationQueuePanel : public QWidget
{
    Q_OBJECT

public:
    /// services must outlive the panel.
    RectificationQueuePanel(FieldAuditServices& services, Role role, QWidget* parent = nullptr);
    ~RectificationQueuePanel() override;

    void setRole(Role role);
    void reload();
    void select(const QString& orderId);
    /// Shows only the orders past their deadline.
    void showOverdueOnly();
    /// Gives a step of the chosen order (the buttons ask for its arguments first).
    bool takeStep(const QString& command, const QJsonObject& arguments);
    QStringList offeredSteps() const;
    QString message() const;
    RectificationQueueModel& queue() const { return *m_queue; }

signals:
    /// An order changed here: the findings that lead to it show its new state.
    void changed();
    /// The chosen order follows this record (its subject), e.g. a field audit's finding.
    void orderChosen(const QString& subjectEntity, const QString& subjectId);

private:
    QString selectedOrder() const;
    void applyFilter();
    void showSteps();
    void askStep(const QString& command);
    void say(const QString& text, bool problem);

    FieldAuditServices& m_services;
    Role m_role;
    std::unique_ptr<RectificationQueueModel> m_queue;
    QCheckBox* m_includeClosed = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QHBoxLayout* m_stepButtons = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace xs
