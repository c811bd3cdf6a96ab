#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace xs {

class OpenDataPanel;
class OpenDataServices;
class QualityFeedbackPanel;
class QualityFeedbackServices;
class SecurityReviewPanel;
class SecurityReviewServices;
class SharingRequestsPanel;
class SharingServices;

/// The 共享开放 area: the work between departments around shared and open data, one tab each —
/// 共享申请 (SharingRequestsPanel), 质量反馈 (QualityFeedbackPanel), 开放需求 (OpenDataPanel) and the
/// security reviews that come before conditionally shared or operated data is used, 安全审查
/// (SecurityReviewPanel). It
/// owns the areas' services and passes the user's role and department on.
class SharingAreaPage : public QWidget
{
    Q_OBJECT

public:
    SharingAreaPage(std::unique_ptr<SharingServices> sharing,
                    std::unique_ptr<QualityFeedbackServices> feedback,
                    std::unique_ptr<OpenDataServices> openData,
                    std::unique_ptr<SecurityReviewServices> reviews, Role role, const QString& department,
                    QWidget* parent = nullptr);
    ~SharingAreaPage() override;

    void setRole(Role role, const QString& department);
    void reload();
    SharingRequestsPanel& requests() const { return *m_requests; }
    QualityFeedbackPanel& feedback() const { return *m_feedback; }
    OpenDataPanel& openData() const { return *m_openData; }
    SecurityReviewPanel& reviews() const { return *m_reviews; }

private:
    // They outlive the panels using them.
    std::unique_ptr<QualityFeedbackServices> m_feedbackServices;
    std::unique_ptr<OpenDataServices> m_openDataServices;
    std::unique_ptr<SecurityReviewServices> m_reviewServices;
    QTabWidget* m_tabs = nullptr;
    SharingRequestsPanel* m_requests = nullptr;
    QualityFeedbackPanel* m_feedback = nullptr;
    OpenDataPanel* m_openData = nullptr;
    SecurityReviewPanel* m_reviews = nullptr;
};

} // namespace xs
