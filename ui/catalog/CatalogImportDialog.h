#pragma once

#include "models/catalog/io/CatalogImporter.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace xs {

class CatalogServices;
class ImportPlanModel;

/// Import of catalog entries: the dry run first, with a result per row, then Apply, which writes
/// every row in one transaction with a progress bar and Cancel (a cancelled import writes nothing).
class CatalogImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// services: the catalog area's (they must outlive the dialog).
    explicit CatalogImportDialog(const CatalogServices& services, QWidget* parent = nullptr);
    ~CatalogImportDialog() override;

    /// Asks for the file, then runs the dry run. False if the user chose nothing.
    bool chooseFile();
    /// Reads the file and runs the dry run (what chooseFile does after asking).
    void load(const QString& path);
    const ImportPlan& plan() const { return m_plan; }
    ImportPlanModel& planModel() const { return *m_model; }
    /// Writes the plan; on success the dialog is accepted.
    bool apply();

private:
    const CatalogServices& m_services;
    QString m_path;
    ImportPlan m_plan;
    std::unique_ptr<ImportPlanModel> m_model;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace xs
