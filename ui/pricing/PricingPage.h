#pragma once

#include "models/common/Clock.h"
#include "models/storage/DatabaseKey.h"

#include <QSqlDatabase>
#include <QWidget>

namespace xs {

class ChartCard;
class DashboardFrame;

/// 定价与收益: whether prices obey the rules (DOMAIN.md §4). Specific prices against their caps
/// over time, actual revenue against the maximum allowed revenue with the ±10% band, how revenue
/// is distributed, and the tier curves. A revenue bar or a distribution slice opens the agreements
/// behind it.
class PricingPage : public QWidget
{
    Q_OBJECT

public:
    PricingPage(QSqlDatabase database, const QString& databasePath, const DatabaseKey& key,
                const Clock& clock, QWidget* parent = nullptr);

    void reload();
    DashboardFrame* frame() const { return m_frame; }
    ChartCard* card(const QString& objectName) const;

private:
    void showFigures();

    DashboardFrame* m_frame = nullptr;
};

} // namespace xs
