#include "ui/common/PlannedAreaPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace xs {

PlannedAreaPage::PlannedAreaPage(const NavigationArea& area, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("page-") + area.id);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(area.iconPath).pixmap(48, 48));

    auto* title = new QLabel(area.title, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* summary = new QLabel(area.summary, this);
    summary->setObjectName(QStringLiteral("pageSummary"));
    summary->setWordWrap(true);

    auto* heading = new QLabel(tr("What will be here"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QString items;
    for (const QString& feature : area.plannedFeatures)
        items += QStringLiteral("<li>%1</li>").arg(feature.toHtmlEscaped());
    auto* features = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items), this);
    features->setObjectName(QStringLiteral("plannedFeatures"));
    features->setTextFormat(Qt::RichText);
    features->setWordWrap(true);

    auto* note = new QLabel(tr("This area is not available in this version yet. Your data is already kept "
                               "encrypted on this computer."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(features);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace xs
