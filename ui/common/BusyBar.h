#pragma once

class QProgressBar;
class QWidget;

namespace xs {

/// A thin, hidden, indeterminate progress bar for dialogs that wait on slow work (Argon2id).
QProgressBar* createBusyBar(QWidget* parent);

} // namespace xs
