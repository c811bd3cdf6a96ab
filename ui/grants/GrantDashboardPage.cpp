#include "ui/grants/GrantDashboardPage.h"

#include "app/areas/GrantServices.h"
#include "models/catalog/Divisions.h"
#include "models/grants/GrantAccess.h"
#include "models/grants/GrantRepository.h"
#include "models/grants/GrantVocabulary.h"
#include "ui/common/ChartCard.h"
#include "ui/grants/DashboardCharts.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/grants/GrantEditorDialog.h"
#include "ui/grants/GrantRecordsPanel.h"
#include "ui/grants/KpiTile.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QMenu>
#include <QPushButton>

namespace xs {

namespace {

QList<DashboardCharts::Category> categories(const QMap<QString, qint64>& counts,
                                            const std::function<QString(const QString&)>& label)
{
    QList<DashboardCharts::Category> result;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        result.append({it.key(), it.key().isEmpty() ? GrantDashboardPage::tr("(not given)") : label(it.key()),
                       double(it.value())});
    return result;
}

QString divisionName(const QString& code)
{
    const Division* division = findDivision(code);
    return division ? division->shortName : code;
}

} // namespace

GrantDashboardPage::GrantDashboardPage(std::unique_ptr<GrantServices> services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_role(role)
{
    setObjectName(QStringLiteral("page-grants"));
    m_frame = new DashboardFrame(*m_services, tr("Authorized operation at a glance"), this);
    connect(m_frame, &DashboardFrame::figuresLoaded, this, &GrantDashboardPage::showFigures);
    connect(m_frame->records(), &GrantRecordsPanel::agreementActivated, this,
            [this](const QString& id) { openEditor(QStringLiteral("grant_agreement"), id); });

    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("grantNew"));
    auto* menu = new QMenu(m_new);
    menu->addAction(tr("Operator..."), this, [this] { openEditor(QStringLiteral("grant_operator"), {}); });
    menu->addAction(tr("Implementation plan..."), this,
                    [this] { openEditor(QStringLiteral("grant_plan"), {}); });
    menu->addAction(tr("Agreement..."), this, [this] { openEditor(QStringLiteral("grant_agreement"), {}); });
    m_new->setMenu(menu);
    m_frame->header()->addWidget(m_new);

    buildTiles();
    buildCharts();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
    setRole(role);
}

GrantDashboardPage::~GrantDashboardPage() = default;

void GrantDashboardPage::setRole(Role role)
{
    m_role = role;
    m_new->setVisible(GrantAccess::recordsGrants(role));
}

void GrantDashboardPage::reload()
{
    m_frame->refresh();
}

ChartCard* GrantDashboardPage::card(const QString& objectName) const
{
    return m_frame->card(objectName);
}

void GrantDashboardPage::buildTiles()
{
    // Two rows of six: authorized operation's figures first, then registration's and the
    // catalog's, so every tile keeps its caption on a 1280-pixel screen.
    auto* row = new QGridLayout;
    constexpr int PerRow = 6;
    const auto add = [this, row](const char* name, const QString& caption,
                                 const std::function<void()>& onClick) {
        auto* tile = new KpiTile(QString::fromLatin1(name), caption, this);
        connect(tile, &KpiTile::activated, this, onClick);
        const int index = int(m_tiles.size());
        row->addWidget(tile, index / PerRow, index % PerRow);
        m_tiles.insert(QString::fromLatin1(name), tile);
    };
    const auto drill = [this](const QString& what, const std::function<void(GrantFilter&)>& narrow) {
        return [this, what, narrow] {
            GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
            narrow(filter);
            m_frame->drillDown(filter, what);
        };
    };
    add("kpiActive", tr("Active grants"),
        drill(tr("active grants"), [](GrantFilter& f) { f.activeOnly = true; }));
    add("kpiExpiring", tr("Expiring within 90 days"),
        drill(tr("expiring within 90 days"), [](GrantFilter& f) { f.expiringSoon = true; }));
    add("kpiDisclosures", tr("Overdue disclosures"),
        drill(tr("owing a disclosure past 31 March"), [](GrantFilter& f) { f.overdueDisclosure = true; }));
    add("kpiReports", tr("Overdue operating reports"),
        drill(tr("owing an operating report past 31 March"), [](GrantFilter& f) { f.overdueReport = true; }));
    add("kpiFirstRegistration", tr("Operating without a first registration"),
        drill(tr("operating past the first registration's due date without one"), [this](GrantFilter& f) {
            f.firstRegistrationOverdueFrom = m_frame->figures().kpis.firstRegistrationOverdueFrom;
        }));
    add("kpiExchange", tr("Products traded on an exchange"),
        drill(tr("with a product listed on a data exchange"),
              [](GrantFilter& f) { f.listedOnExchange = true; }));
    add("kpiWithdrawnResources", tr("Agreements naming a withdrawn resource"),
        drill(tr("naming a resource no longer in the authorized-operation catalog"),
              [](GrantFilter& f) { f.withdrawnResource = true; }));
    add("kpiRegistrations", tr("Registrations in progress"),
        [this] { emit areaRequested(QStringLiteral("registration")); });
    add("kpiRegistrationsOverdue", tr("Registrations overdue"),
        [this] { emit areaRequested(QStringLiteral("registration")); });
    add("kpiCatalog", tr("Catalogued resources"), [this] { emit areaRequested(QStringLiteral("catalog")); });
    add("kpiCatalogOverdue", tr("Resources overdue for update"),
        [this] { emit areaRequested(QStringLiteral("catalog")); });
    add("kpiCoverage", tr("Departments publishing a catalog"),
        [this] { emit areaRequested(QStringLiteral("catalog")); });
    m_frame->content()->addLayout(row);
}

void GrantDashboardPage::buildCharts()
{
    // Three charts side by side, and the 14 市州 and the province across the full width below,
    // where every city's name fits under its bar.
    auto* grid = new QGridLayout;
    const QList<std::tuple<QString, QString, int, int, int>> cards{
        {QStringLiteral("chartByMode"), tr("Active grants by mode"), 0, 0, 1},
        {QStringLiteral("chartByDomain"), tr("Active grants by domain"), 0, 1, 1},
        {QStringLiteral("chartByUseClass"), tr("Products by use class"), 0, 2, 1},
        {QStringLiteral("chartByDivision"), tr("Active grants by city (市州)"), 1, 0, 3}};
    for (const auto& [name, title, row, column, span] : cards) {
        auto* card = new ChartCard(name, title, this);
        card->setMinimumHeight(300);
        m_frame->addCard(card);
        grid->addWidget(card, row, column, 1, span);
    }
    grid->setColumnStretch(0, 2); // 3 modes
    grid->setColumnStretch(1, 5); // up to 8 domains, names of four characters each under its bar
    grid->setColumnStretch(2, 3); // a pie and its legend (long names are cut, whole in tooltips)
    m_frame->content()->addLayout(grid, 1);
}

void GrantDashboardPage::showFigures()
{
    const GrantKpis& kpis = m_frame->figures().kpis;
    m_tiles.value(QStringLiteral("kpiActive"))->setValue(kpis.activeGrants);
    m_tiles.value(QStringLiteral("kpiExpiring"))->setValue(kpis.expiringSoon, true);
    m_tiles.value(QStringLiteral("kpiDisclosures"))->setValue(kpis.overdueDisclosures, true);
    m_tiles.value(QStringLiteral("kpiReports"))->setValue(kpis.overdueReports, true);
    m_tiles.value(QStringLiteral("kpiFirstRegistration"))->setValue(kpis.overdueFirstRegistrations, true);
    m_tiles.value(QStringLiteral("kpiExchange"))->setValue(kpis.productsOnExchange);
    m_tiles.value(QStringLiteral("kpiWithdrawnResources"))->setValue(kpis.withdrawnResources, true);
    m_tiles.value(QStringLiteral("kpiRegistrations"))->setValue(kpis.registrationsInProgress);
    m_tiles.value(QStringLiteral("kpiRegistrationsOverdue"))->setValue(kpis.registrationsOverdue, true);
    m_tiles.value(QStringLiteral("kpiCatalog"))->setValue(kpis.catalogEntries);
    m_tiles.value(QStringLiteral("kpiCatalogOverdue"))->setValue(kpis.catalogOverdue, true);
    m_tiles.value(QStringLiteral("kpiCoverage"))->setValue(kpis.departmentsWithPublishedEntries);
    m_tiles.value(QStringLiteral("kpiCoverage"))
        ->setToolTip(tr("%1 of %2 departments have published catalog entries")
                         .arg(kpis.departmentsWithPublishedEntries)
                         .arg(kpis.departments));

    const auto drill = [this](void (*narrow)(GrantFilter&, const QString&)) {
        return [this, narrow](const DashboardCharts::Category& category) {
            GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
            filter.activeOnly = true;
            narrow(filter, category.key);
            m_frame->drillDown(filter, category.label);
        };
    };
    const QString count = tr("Grants");
    card(QStringLiteral("chartByMode"))
        ->setChart(DashboardCharts::bars(categories(kpis.activeByMode, GrantVocabulary::modeLabel), count,
                                         drill([](GrantFilter& f, const QString& key) { f.mode = key; })));
    card(QStringLiteral("chartByDivision"))
        ->setChart(
            DashboardCharts::bars(categories(kpis.activeByDivision, divisionName), count,
                                  drill([](GrantFilter& f, const QString& key) { f.division = key; })));
    card(QStringLiteral("chartByDomain"))
        ->setChart(DashboardCharts::bars(categories(kpis.activeByDomain, [](const QString& d) { return d; }),
                                         count,
                                         drill([](GrantFilter& f, const QString& key) { f.domain = key; })));
    card(QStringLiteral("chartByUseClass"))
        ->setChart(DashboardCharts::pie(
            categories(kpis.productsByUseClass, GrantVocabulary::useClassLabel),
            [this](const DashboardCharts::Category& category) {
                GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
                filter.productUseClass = category.key;
                m_frame->drillDown(filter, category.label);
            }));
}

void GrantDashboardPage::openEditor(const QString& entity, const QString& id)
{
    GrantEditorDialog dialog(m_services->repository(), entity, id, m_role, this);
    if (dialog.exec() == QDialog::Accepted || dialog.changedSomething())
        reload();
}

} // namespace xs
