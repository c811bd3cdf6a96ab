#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace xs {

class RecordQueueView;
class SharingQueueModel;
class SharingServices;
struct RecordState;

/// 共享申请 (a tab of the 共享开放 area): the department's two queues of sharing requests (to answer, and
/// asked by it), soonest running deadline first with overdue marks, the chosen request's content, notices and
/// decisions, and the steps it offers this user on this side: the provider asks for missing material once,
/// extends a conditional request's reply once, approves or refuses with reasons and records the
/// delivery; the requester supplies material, corrects the request meanwhile, or withdraws it.
class SharingRequestsPanel : public QWidget
{
    Q_OBJECT

public:
    SharingRequestsPanel(std::unique_ptr<SharingServices> services, Role role, QWidget* parent = nullptr);
    ~SharingRequestsPanel() override;

    /// department: the user's own (a cataloguer's); empty shows every request.
    void setRole(Role role, const QString& department = {});
    void reload();
    void select(const QString& requestId);
    /// Shows the queue of requests this department must answer, or of those it asked.
    void showSide(bool toAnswer);
    /// Gives a step of the chosen request (the buttons ask for its arguments first).
    bool takeStep(const QString& command, const QJsonObject& arguments);
    QStringList offeredSteps() const;
    QString message() const;
    QString detailText() const;
    SharingQueueModel& queue() const { return *m_queue; }
    SharingServices& services() const { return *m_services; }

private:
    QString selectedRequest() const;
    const RecordState* selected() const;
    void applyFilter();
    void showSelected();
    void askStep(const QString& command);
    void openRequestDialog(const QString& requestId);
    QString usageHtml(const QString& requestId) const;
    void recordUse(const QString& requestId);
    void say(const QString& text, bool problem);

    std::unique_ptr<SharingServices> m_services;
    Role m_role;
    std::unique_ptr<SharingQueueModel> m_queue;
    QComboBox* m_side = nullptr;
    QCheckBox* m_includeClosed = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_newRequest = nullptr;
    RecordQueueView* m_records = nullptr;
};

} // namespace xs
