#include "ui/sharing/SharingAreaPage.h"

#include "app/areas/OpenDataServices.h"
#include "app/areas/QualityFeedbackServices.h"
#include "app/areas/SecurityReviewServices.h"
#include "app/areas/SharingServices.h"
#include "ui/sharing/OpenDataPanel.h"
#include "ui/sharing/QualityFeedbackPanel.h"
#include "ui/sharing/SecurityReviewPanel.h"
#include "ui/sharing/SharingRequestsPanel.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace xs {

SharingAreaPage::SharingAreaPage(std::unique_ptr<SharingServices> sharing,
                                 std::unique_ptr<QualityFeedbackServices> feedback,
                                 std::unique_ptr<OpenDataServices> openData,
                                 std::unique_ptr<SecurityReviewServices> reviews, Role role,
                                 const QString& department, QWidget* parent)
    : QWidget(parent)
    , m_feedbackServices(std::move(feedback))
    , m_openDataServices(std::move(openData))
    , m_reviewServices(std::move(reviews))
{
    setObjectName(QStringLiteral("page-sharing"));
    m_feedbackServices->setDepartment(department);
    m_openDataServices->setDepartment(department);
    sharing->setDepartment(department);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sharingTabs"));
    m_requests = new SharingRequestsPanel(std::move(sharing), role, m_tabs);
    m_feedback = new QualityFeedbackPanel(*m_feedbackServices, role, m_tabs);
    m_tabs->addTab(m_requests, tr("Sharing requests"));
    m_openData = new OpenDataPanel(*m_openDataServices, role, m_tabs);
    m_tabs->addTab(m_feedback, tr("Quality feedback"));
    m_tabs->addTab(m_openData, tr("Open-data demand"));
    m_reviews = new SecurityReviewPanel(*m_reviewServices, role, m_tabs);
    m_tabs->addTab(m_reviews, tr("Security reviews"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Sharing &amp; opening</h2>"), this));
    layout->addWidget(m_tabs, 1);
    setRole(role, department);
}

SharingAreaPage::~SharingAreaPage()
{
    delete m_tabs; // the panels go before the services they use
}

void SharingAreaPage::setRole(Role role, const QString& department)
{
    m_feedbackServices->setDepartment(department);
    m_openDataServices->setDepartment(department);
    m_requests->setRole(role, department);
    m_feedback->setRole(role);
    m_openData->setRole(role);
    m_reviews->setRole(role);
}

void SharingAreaPage::reload()
{
    m_requests->reload();
    m_feedback->reload();
    m_openData->reload();
    m_reviews->reload();
}

} // namespace xs
