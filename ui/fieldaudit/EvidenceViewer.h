#pragma once

#include <QDialog>

namespace xs {

struct EvidenceRow;

/// One piece of evidence, opened from memory: the photo (never through a file), beside it the
/// date, place and camera its EXIF block gave, its size and its whole SHA-256.
class EvidenceViewer : public QDialog
{
    Q_OBJECT

public:
    EvidenceViewer(const EvidenceRow& row, const QByteArray& bytes, QWidget* parent = nullptr);
};

} // namespace xs
