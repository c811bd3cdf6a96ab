#include "ui/fieldaudit/EvidenceViewer.h"

#include "models/fieldaudit/EvidenceListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace xs {

namespace {

QLabel* selectable(const QString& text)
{
    auto* label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

EvidenceViewer::EvidenceViewer(const EvidenceRow& row, const QByteArray& bytes, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(row.field("file_name"));
    auto* picture = new QLabel;
    picture->setAlignment(Qt::AlignCenter);
    picture->setObjectName(QStringLiteral("evidencePicture"));
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        picture->setText(row.field("media_type") == QLatin1String("application/pdf")
                             ? tr("A scanned document (PDF). Its bytes are here and verified; this version "
                                  "shows photos only.")
                             : tr("This file cannot be shown as a picture."));
        picture->setWordWrap(true);
    } else {
        picture->setPixmap(
            QPixmap::fromImage(image.width() > 1600 || image.height() > 1200
                                   ? image.scaled(1600, 1200, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                   : image));
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(picture);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(480, 360);

    auto* details = new QFormLayout;
    details->addRow(tr("Taken at:"),
                    selectable(row.field("taken_at").replace(QLatin1Char('T'), QLatin1Char(' '))));
    details->addRow(tr("Position (GPS):"), selectable(row.position()));
    details->addRow(tr("Camera:"), selectable(row.field("camera")));
    details->addRow(tr("Checklist item:"), selectable(row.field("item_code")));
    details->addRow(tr("Caption:"), selectable(row.field("caption")));
    details->addRow(tr("Added by:"), selectable(row.field("added_by")));
    details->addRow(tr("Size:"), selectable(EvidenceListModel::sizeLabel(bytes.size())));
    auto* sha = selectable(row.field("sha256"));
    sha->setObjectName(QStringLiteral("evidenceSha256"));
    sha->setStyleSheet(QStringLiteral("font-family: monospace;"));
    details->addRow(tr("SHA-256:"), sha);
    auto* side = new QWidget;
    side->setLayout(details);
    side->setMaximumWidth(320);

    auto* content = new QHBoxLayout;
    content->addWidget(scroll, 1);
    content->addWidget(side);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(buttons);
    resize(1000, 680);
}

} // namespace xs
