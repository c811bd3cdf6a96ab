#pragma once

#include "models/common/Clock.h"

#include <QWidget>

#include <memory>

namespace xs {

class ChartCard;
class DashboardFrame;
class GrantServices;
class RevenueReviewPanel;

/// 定价与收益: whether prices obey the rules (DOMAIN.md §4). The annual 10% check as a work list
/// (RevenueReviewPanel); specific prices against their caps over time, actual revenue against the
/// maximum allowed revenue with the ±10% band, how revenue is distributed, and the tier curves. A
/// tile, a revenue bar or a distribution slice opens the agreements behind it.
class PricingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PricingPage(std::unique_ptr<GrantServices> services, QWidget* parent = nullptr);
    ~PricingPage() override;

    void reload();
    DashboardFrame* frame() const { return m_frame; }
    ChartCard* card(const QString& objectName) const;
    RevenueReviewPanel* reviews() const { return m_reviews; }

private:
    void showFigures();

    std::unique_ptr<GrantServices> m_services;
    DashboardFrame* m_frame = nullptr;
    RevenueReviewPanel* m_reviews = nullptr;
};

} // namespace xs
