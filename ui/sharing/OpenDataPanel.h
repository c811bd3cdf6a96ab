#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace xs {

class RecordQueueView;
class OpenDataListModel;
class OpenDataServices;

/// 开放需求 (a tab of the 共享开放 area): demands for open data received through the portal, soonest
/// answer deadline first, by priority domain (the facet, with counts), assigned to this department
/// or all; the chosen demand's content and answer; registering one (登记开放需求…), and the steps:
/// the data department accepts it and names the department to answer (chosen from a list), that
/// department answers: opened, conditional agreement, or refused with reasons.
class OpenDataPanel : public QWidget
{
    Q_OBJECT

public:
    OpenDataPanel(OpenDataServices& services, Role role, QWidget* parent = nullptr);
    ~OpenDataPanel() override;

    void setRole(Role role);
    void reload();
    void select(const QString& demandId);
    /// Shows one domain only (empty: all).
    void showDomain(const QString& domain);
    bool takeStep(const QString& command, const QJsonObject& arguments);
    QStringList offeredSteps() const;
    QString message() const;
    QString detailText() const;
    OpenDataListModel& list() const { return *m_list; }

private:
    QString selectedDemand() const;
    void applyFilter();
    void showDomainCounts();
    void showSelected();
    void askStep(const QString& command);
    void registerDemand();
    void say(const QString& text, bool problem);

    OpenDataServices& m_services;
    Role m_role;
    std::unique_ptr<OpenDataListModel> m_list;
    QComboBox* m_domain = nullptr;
    QCheckBox* m_ownOnly = nullptr;
    QCheckBox* m_includeAnswered = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_register = nullptr;
    RecordQueueView* m_records = nullptr;
};

} // namespace xs
