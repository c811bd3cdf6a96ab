#pragma once

#include <QColor>
#include <QString>

namespace xs::test {

class HttpProbe;

/// A real JPEG as a camera would make it (QImage writes no EXIF block of its own): a field of
/// colour with a lighter square in the middle.
QByteArray jpegPhoto(int width, int height, const QColor& colour = QColor(40, 110, 160));

/// A field audit ready for evidence on a hub seeded with `xiangshu-hub demo`: demo-admin publishes
/// a catalog checklist (items C1 and Q1) as templateId, demo-manager plans taskId at department
/// 430000027 for demo-auditor, and demo-auditor starts it. False, with *error, if a step is refused.
bool startAuditTask(HttpProbe& probe, const QString& templateId, const QString& taskId, QString* error);

} // namespace xs::test
