#include "ui/common/ScheduleBanner.h"

#include "models/calendar/WorkingCalendar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace xs {

ScheduleBanner::ScheduleBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("scheduleBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The amber of a notice that needs action but blocks nothing.
    setStyleSheet(QStringLiteral("#scheduleBanner { background: #fff4d6; border: 1px solid #e0b84c; "
                                 "border-radius: 4px; } #scheduleBanner QLabel { color: #5c4200; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("scheduleBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_publish = new QPushButton(tr("Publish the schedule…"), this);
    m_publish->setObjectName(QStringLiteral("scheduleBannerPublish"));
    connect(m_publish, &QPushButton::clicked, this, &ScheduleBanner::publishRequested);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("scheduleBannerClose"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide until the program starts again"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_dismissedYear = m_year;
        hide();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_publish);
    layout->addWidget(close);
    hide();
}

void ScheduleBanner::showMissingYear(std::optional<int> year, bool canPublish)
{
    m_year = year;
    if (!year || year == m_dismissedYear) {
        hide();
        return;
    }
    m_text->setText(WorkingCalendar::missingScheduleWarning(*year));
    m_publish->setVisible(canPublish);
    show();
}

} // namespace xs
