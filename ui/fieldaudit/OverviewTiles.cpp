#include "ui/fieldaudit/OverviewTiles.h"

#include "models/fieldaudit/FieldAuditOverview.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace xs {

namespace {

QPushButton* tile(const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; border: 1px solid "
                       "palette(mid); border-radius: 4px; background: palette(base); }"));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return button;
}

} // namespace

OverviewTiles::OverviewTiles(QWidget* parent)
    : QWidget(parent)
{
    m_tasks = tile(QStringLiteral("tileTasks"), this);
    m_findings = tile(QStringLiteral("tileFindings"), this);
    m_orders = tile(QStringLiteral("tileOrders"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tasks, 3);
    layout->addWidget(m_findings, 2);
    layout->addWidget(m_orders, 1);
    connect(m_tasks, &QPushButton::clicked, this, &OverviewTiles::overdueTasksRequested);
    connect(m_orders, &QPushButton::clicked, this, &OverviewTiles::overdueOrdersRequested);
    // A figure only: findings are read per task.
    m_findings->setCursor(Qt::ArrowCursor);
    m_findings->setFocusPolicy(Qt::NoFocus);
    m_findings->setToolTip(tr("A finding is open until the rectification order that follows it is closed"));
}

void OverviewTiles::setOverview(const FieldAuditOverview& overview)
{
    QStringList states;
    for (const VocabularyTerm& term : FieldAuditVocabulary::taskStates()) {
        const QString state = QLatin1String(term.code);
        states << QStringLiteral("%1 %2")
                      .arg(FieldAuditVocabulary::taskStateLabel(state))
                      .arg(overview.tasksByState.value(state));
    }
    m_tasks->setText(tr("Audit tasks — %1 overdue").arg(overview.overdueTasks) + QLatin1Char('\n') +
                     states.join(QStringLiteral(" · ")));
    m_tasks->setToolTip(tr("Show the overdue tasks"));
    QStringList severities;
    for (const QString& severity : overview.severities)
        severities << QStringLiteral("%1 %2").arg(severity).arg(
            overview.openFindingsBySeverity.value(severity));
    int open = 0;
    for (const int count : overview.openFindingsBySeverity)
        open += count;
    m_findings->setText(tr("Open findings — %1").arg(open) + QLatin1Char('\n') +
                        (severities.isEmpty() ? tr("none") : severities.join(QStringLiteral(" · "))));
    m_orders->setText(tr("Overdue orders") + QLatin1Char('\n') + QString::number(overview.overdueOrders));
    m_orders->setToolTip(tr("Show the rectification orders past their deadline"));
}

} // namespace xs
