#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace xs {

class DataItemSearchModel;

/// Finds data items by name, identifier or description across the whole catalog, and opens the
/// resource that holds the chosen one (Enter or a double click). Typing searches after a pause.
class DataItemSearchPanel : public QWidget
{
    Q_OBJECT

public:
    DataItemSearchPanel(DataItemSearchModel& model, QWidget* parent = nullptr);

    /// Searches again with the same text (after a sync or an edit).
    void refresh();

signals:
    void entryChosen(const QString& entryId, const QString& itemName);

private:
    void search();
    void showSummary();

    DataItemSearchModel& m_model;
    QLineEdit* m_text = nullptr;
    QTimer* m_delay = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace xs
