#pragma once

#include "models/common/Clock.h"
#include "models/journal/AccessPolicy.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QPushButton;

namespace xs {

class ChartCard;
class DashboardFrame;
class GrantServices;
class KpiTile;

/// 授权运营总览: where authorized operation stands, at a glance. KPI tiles and four charts (active
/// grants by mode, by 市州 and by domain; products by use class); every tile, bar and slice opens
/// the agreements behind it. Managers read it as their start page; reviewers and administrators
/// also record operators, plans and agreements from here.
class GrantDashboardPage : public QWidget
{
    Q_OBJECT

public:
    GrantDashboardPage(std::unique_ptr<GrantServices> services, Role role, QWidget* parent = nullptr);
    ~GrantDashboardPage() override;

    void setRole(Role role);
    void reload();
    DashboardFrame* frame() const { return m_frame; }
    ChartCard* card(const QString& objectName) const;

signals:
    /// A tile about another area (registrations, the catalog) was clicked.
    void areaRequested(const QString& areaId);

private:
    void buildTiles();
    void buildCharts();
    void showFigures();
    void openEditor(const QString& entity, const QString& id);

    DashboardFrame* m_frame = nullptr;
    std::unique_ptr<GrantServices> m_services;
    Role m_role;
    QPushButton* m_new = nullptr;
    QMap<QString, KpiTile*> m_tiles;
};

} // namespace xs
