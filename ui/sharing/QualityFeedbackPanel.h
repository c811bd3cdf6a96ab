#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace xs {

class RecordQueueView;
class QualityFeedbackListModel;
class QualityFeedbackServices;
struct RecordState;

/// 质量反馈 (a tab of the 共享开放 area): feedback on resources' quality, newest first, a
/// department's own (filed by it or about its data) or all, with the state, the dimension and the
/// deadline of the order that has it corrected; the chosen feedback's content, verification,
/// order and result; filing (反馈质量问题…) and the data department's steps: verify, uphold (which
/// issues the provider a rectification order of 10 working days), reject with reasons, mark
/// corrected once the order is closed, feed the result back. The provider answers the order in the
/// 整改台账 of the 现场核查 area.
class QualityFeedbackPanel : public QWidget
{
    Q_OBJECT

public:
    QualityFeedbackPanel(QualityFeedbackServices& services, Role role, QWidget* parent = nullptr);
    ~QualityFeedbackPanel() override;

    void setRole(Role role);
    void reload();
    void select(const QString& feedbackId);
    bool takeStep(const QString& command, const QJsonObject& arguments);
    QStringList offeredSteps() const;
    QString message() const;
    QString detailText() const;
    QualityFeedbackListModel& list() const { return *m_list; }

private:
    QString selectedFeedback() const;
    void applyFilter();
    void showSelected();
    void askStep(const QString& command);
    void fileFeedback(const QString& feedbackId);
    void say(const QString& text, bool problem);

    QualityFeedbackServices& m_services;
    Role m_role;
    std::unique_ptr<QualityFeedbackListModel> m_list;
    QCheckBox* m_ownOnly = nullptr;
    QCheckBox* m_includeClosed = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_file = nullptr;
    RecordQueueView* m_records = nullptr;
};

} // namespace xs
