#pragma once

#include "models/journal/SyncLedger.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace xs {

class ConflictFieldsModel;
class SyncService;

/// Resolving one conflict: base, this computer's and the hub's values side by side per field;
/// the person ticks the value to keep in each conflicting row. Nothing changes until "Resolve",
/// which turns the choices into one new operation for the next sync.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(SyncService& sync, const ConflictRecord& conflict, QWidget* parent = nullptr);

    ConflictFieldsModel& model() { return *m_model; }

private:
    void resolve();
    void updateResolve();

    SyncService& m_sync;
    ConflictFieldsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_resolve = nullptr;
};

} // namespace xs
