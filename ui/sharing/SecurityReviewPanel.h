#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace xs {

class RecordQueueView;
class SecurityReviewListModel;
class SecurityReviewServices;

/// 安全审查 (a tab of the 共享开放 area): the security risk assessments and conformity reviews made
/// before conditionally shared data or an agreement's data is used, open ones first; the chosen
/// review's subject, checklist answers and conclusion; opening one (发起审查…), answering its
/// checklist (填写核查表…), and concluding it 通过, 有条件通过 or 不通过.
class SecurityReviewPanel : public QWidget
{
    Q_OBJECT

public:
    SecurityReviewPanel(SecurityReviewServices& services, Role role, QWidget* parent = nullptr);
    ~SecurityReviewPanel() override;

    void setRole(Role role);
    void reload();
    void select(const QString& reviewId);
    bool takeStep(const QString& command, const QJsonObject& arguments);
    QStringList offeredSteps() const;
    QString message() const;
    QString detailText() const;
    SecurityReviewListModel& list() const { return *m_list; }

private:
    QString selectedReview() const;
    void showSelected();
    void askStep(const QString& command);
    void openReview();
    void answerChecklist();
    void say(const QString& text, bool problem);

    SecurityReviewServices& m_services;
    Role m_role;
    std::unique_ptr<SecurityReviewListModel> m_list;
    QCheckBox* m_openOnly = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_open = nullptr;
    RecordQueueView* m_records = nullptr;
};

} // namespace xs
