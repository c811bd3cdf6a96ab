#pragma once

#include "models/grants/GrantQuery.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xs {

class DashboardLoader;
class GrantListModel;

/// The records behind a figure: the agreements a bar, a slice or a tile counted, filtered by the
/// very GrantFilter it was counted with, read off the UI thread by the dashboard's loader. Back (or
/// Esc) returns to the charts; the table exports to XLSX; a double-click opens the agreement.
class GrantRecordsPanel : public QWidget
{
    Q_OBJECT

public:
    /// model: the list it shows (it takes it over); loader: what fills it, off the UI thread.
    GrantRecordsPanel(GrantListModel* model, DashboardLoader& loader, QWidget* parent = nullptr);

    /// what: the figure's name ("分领域授权", "长沙市"), shown with the filter's period.
    void show(const GrantFilter& filter, const QString& what, const QString& period);
    void reload();
    GrantListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString heading() const;
    /// Returns an empty string or what went wrong.
    QString exportXlsx(const QString& path) const;

signals:
    void backRequested();
    void rowsLoaded();
    void agreementActivated(const QString& agreementId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void chooseAndExport();

    DashboardLoader& m_loader;
    GrantFilter m_requested;
    GrantListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace xs
