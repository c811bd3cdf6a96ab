#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace xs {

/// The strip above every page that tells managers and administrators, from 1 November, that
/// next year's official holiday schedule is not loaded: deadlines running into that year are
/// provisional until it is. Administrators get a button to publish it; the banner can be hidden
/// for the session.
class ScheduleBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ScheduleBanner(QWidget* parent = nullptr);

    /// The year whose schedule is missing (nothing: hide). canPublish shows the publish button.
    void showMissingYear(std::optional<int> year, bool canPublish);
    std::optional<int> missingYear() const { return m_year; }

signals:
    void publishRequested();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_publish = nullptr;
    std::optional<int> m_year;
    std::optional<int> m_dismissedYear;
};

} // namespace xs
