#pragma once

#include <QWidget>

class QTableView;
class QPushButton;

namespace xs {

class DataItemsModel;

/// The data items of the entry being edited: a table with add, remove, move up and down, and
/// paste of rows copied from Excel (Ctrl+V), all undone by the editor's Revert.
class DataItemsEditor : public QWidget
{
    Q_OBJECT

public:
    DataItemsEditor(DataItemsModel& model, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    QTableView* view() const { return m_view; }
    /// Pastes the clipboard's rows; returns how many came in.
    int pasteFromClipboard();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void add();
    void removeSelected();
    void move(int delta);
    void updateButtons();

    DataItemsModel& m_model;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_paste = nullptr;
    bool m_readOnly = false;
};

} // namespace xs
