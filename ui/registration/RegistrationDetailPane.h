#pragma once

#include "models/journal/SyncTypes.h"

#include <QDate>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace xs {

class WorkingCalendar;

/// The selected application: who applies for what, where it stands and until when, its materials
/// checklist, its timeline, and a button for each step the reviewer may take now.
class RegistrationDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationDetailPane(QWidget* parent = nullptr);

    /// awaitingHub: steps taken here have not reached the hub yet. amended: for a change,
    /// correction or cancellation, the registration it names (its fields), if this desktop has it.
    /// firstRegistrationNote: for a first registration after operation starts, its deadline.
    /// Names, beside each material, the files on record for it (RegistrationMaterials).
    void showMaterialFiles(const QList<RecordState>& files);
    void showRegistration(const RecordState& record, const QStringList& commands,
                          const WorkingCalendar& calendar, const QDate& today, bool awaitingHub,
                          const QJsonObject& amended = {}, const QString& firstRegistrationNote = {});
    void clear();
    QString registrationId() const { return m_id; }
    /// The step buttons now shown, by command (tests press them).
    QPushButton* stepButton(const QString& command) const;

signals:
    void stepRequested(const QString& command);
    void noticeRequested();

private:
    /// What a change, correction or cancellation does to the registration it names.
    static QStringList amendmentFacts(const QJsonObject& fields, const QJsonObject& amended);

    QString m_id;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_deadline = nullptr;
    QListWidget* m_materials = nullptr;
    QListWidget* m_timeline = nullptr;
    QWidget* m_actions = nullptr;
    QBoxLayout* m_actionLayout = nullptr;
    QPushButton* m_notice = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace xs
