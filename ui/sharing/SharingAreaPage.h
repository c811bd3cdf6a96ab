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
class SharingRequestsPanel;
class SharingServices;

/// The 共享开放 area: the work between departments around shared and open data, one tab each —
/// 共享申请 (SharingRequestsPanel), 质量反馈 (QualityFeedbackPanel) and 开放需求 (OpenDataPanel). It
/// owns the areas' services and passes the user's role and department on.
class SharingAreaPage : public QWidget
{
    Q_OBJECT

public:
    SharingAreaPage(std::unique_ptr<SharingServices> sharing,
                    std::unique_ptr<QualityFeedbackServices> feedback,
                    std::unique_ptr<OpenDataServices> openData, Role role, const QString& department,
                    QWidget* parent = nullptr);
    ~SharingAreaPage() override;

    void setRole(Role role, const QString& department);
    void reload();
    SharingRequestsPanel& requests() const { return *m_requests; }
    QualityFeedbackPanel& feedback() const { return *m_feedback; }
    OpenDataPanel& openData() const { return *m_openData; }

private:
    // They outlive the panels using them.
    std::unique_ptr<QualityFeedbackServices> m_feedbackServices;
    std::unique_ptr<OpenDataServices> m_openDataServices;
    QTabWidget* m_tabs = nullptr;
    SharingRequestsPanel* m_requests = nullptr;
    QualityFeedbackPanel* m_feedback = nullptr;
    OpenDataPanel* m_openData = nullptr;
};

} // namespace xs
