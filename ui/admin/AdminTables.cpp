#include "ui/admin/AdminTables.h"

#include "models/catalog/Divisions.h"
#include "models/journal/Roles.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

namespace xs {

namespace {

QStandardItem* item(const QString& text, const QVariant& key = {})
{
    auto* cell = new QStandardItem(text);
    cell->setEditable(false);
    if (key.isValid())
        cell->setData(key, Qt::UserRole);
    // Long texts (sources, notices) may be cut off at the column's edge: the whole on hover.
    if (text.size() > 24)
        cell->setToolTip(text);
    return cell;
}

/// A number that sorts as a number.
QStandardItem* number(qint64 value)
{
    QStandardItem* cell = item({});
    cell->setData(value, Qt::DisplayRole);
    cell->setData(value, Qt::UserRole);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QString stepLabel(const QString& step)
{
    static const QHash<QString, const char*> labels{
        {DeadlineRules::Acceptance, QT_TRANSLATE_NOOP("xs::AdminTables", "Acceptance")},
        {DeadlineRules::FormalReview, QT_TRANSLATE_NOOP("xs::AdminTables", "Formal review")},
        {DeadlineRules::PublicNotice, QT_TRANSLATE_NOOP("xs::AdminTables", "Public notice")},
        {DeadlineRules::CancellationReview, QT_TRANSLATE_NOOP("xs::AdminTables", "Cancellation review")},
        {DeadlineRules::Validity, QT_TRANSLATE_NOOP("xs::AdminTables", "Validity of a registration")},
        {DeadlineRules::RenewalWindow, QT_TRANSLATE_NOOP("xs::AdminTables", "Renewal window")},
        {DeadlineRules::RenewalTerm, QT_TRANSLATE_NOOP("xs::AdminTables", "Renewal term")},
        {DeadlineRules::FirstRegistration,
         QT_TRANSLATE_NOOP("xs::AdminTables", "First registration of products")},
        {DeadlineRules::OpenDataReply, QT_TRANSLATE_NOOP("xs::AdminTables", "Reply to an open-data demand")},
        {DeadlineRules::PriceAdjustment, QT_TRANSLATE_NOOP("xs::AdminTables", "Price adjustment")},
        {DeadlineRules::CapReview, QT_TRANSLATE_NOOP("xs::AdminTables", "Review of price caps")},
        {DeadlineRules::TrialPeriod, QT_TRANSLATE_NOOP("xs::AdminTables", "Trial price period")},
    };
    const char* label = labels.value(step);
    return label ? AdminTables::tr(label) : step;
}

void reset(QStandardItemModel& model, const QStringList& headers)
{
    model.clear();
    model.setHorizontalHeaderLabels(headers);
}

} // namespace

QTableView* AdminTables::newView(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Short columns as wide as their contents; the last, the longest text, takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

void AdminTables::fillRoles(QStandardItemModel& model, const QHash<QString, int>& accountsPerRole)
{
    reset(model, {tr("Role"), tr("Accounts"), tr("Work")});
    const std::pair<Role, QString> roles[] = {
        {Role::Cataloguer,
         tr("Edits a department's catalog entries and data items, and submits them for publication")},
        {Role::Reviewer,
         tr("Works the registration queue: acceptance, missing material, formal review, public "
            "notice, objections and coding; publishes catalog entries")},
        {Role::Manager, tr("Reads dashboards; signs off on grants and price caps")},
        {Role::Auditor, tr("Visits operators and departments, records findings offline and syncs later")},
        {Role::Admin,
         tr("Users, roles, departments, holiday schedules, deadline rules and the hub connection")},
    };
    for (const auto& [role, work] : roles) {
        const QString name = roleName(role);
        model.appendRow({item(QCoreApplication::translate("xs::FieldLabels", roleLabelSource(role)), name),
                         accountsPerRole.isEmpty() ? item(tr("—")) : number(accountsPerRole.value(name)),
                         item(work)});
    }
}

void AdminTables::fillDepartments(QStandardItemModel& model, const QList<Department>& departments,
                                  const QHash<QString, qint64>& entriesPerDepartment)
{
    reset(model, {tr("Code"), tr("Department"), tr("Kind"), tr("Division"), tr("Resources")});
    QHash<QString, QString> divisionNames;
    for (const Division& division : hunanDivisions())
        divisionNames.insert(division.code, division.name);
    for (const Department& department : departments) {
        QString kind;
        switch (department.kind) {
        case Department::Kind::Provincial:
            kind = tr("Provincial");
            break;
        case Department::Kind::Prefectural:
            kind = tr("City or prefecture");
            break;
        case Department::Kind::Utility:
            kind = tr("Utility");
            break;
        }
        model.appendRow({item(department.code, department.code), item(department.name), item(kind),
                         item(divisionNames.value(department.divisionCode, department.divisionCode)),
                         number(entriesPerDepartment.value(department.code))});
    }
}

void AdminTables::fillCalendars(QStandardItemModel& model, const WorkingCalendar& calendar)
{
    reset(model, {tr("Year"), tr("Holidays"), tr("Make-up working days"), tr("Issued on"), tr("Source")});
    for (const int known : calendar.knownYears()) {
        const CalendarYear* year = calendar.year(known);
        if (!year)
            continue;
        qint64 days = 0;
        QStringList names;
        for (const CalendarYear::Holiday& holiday : year->holidays) {
            days += holiday.from.daysTo(holiday.to) + 1;
            names << holiday.name;
        }
        QStandardItem* holidays =
            item(tr("%n day(s): %1", nullptr, int(days)).arg(names.join(QStringLiteral("、"))));
        model.appendRow({item(QString::number(known), known), holidays, number(year->workdays.size()),
                         item(year->issuedOn.toString(Qt::ISODate)), item(year->source)});
    }
}

void AdminTables::fillRules(QStandardItemModel& model, const QList<DeadlineRuleInForce>& rules)
{
    reset(model, {tr("Rule"), tr("Deadline"), tr("In force"), tr("Based on")});
    for (const DeadlineRuleInForce& rule : rules) {
        QString state = tr("Built in");
        if (rule.published && rule.published->version == 0)
            state = tr("Published by %1, not yet synced").arg(rule.published->updatedBy);
        else if (rule.published)
            state =
                tr("Version %1, published by %2").arg(rule.published->version).arg(rule.published->updatedBy);
        QStandardItem* step = item(stepLabel(rule.rule.step), rule.rule.step);
        step->setToolTip(rule.rule.step);
        model.appendRow(
            {step, item(DeadlineRuleInForce::durationText(rule.rule)), item(state), item(rule.rule.source)});
    }
}

} // namespace xs
