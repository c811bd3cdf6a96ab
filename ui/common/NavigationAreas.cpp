#include "ui/common/NavigationAreas.h"

#include "models/journal/AccessPolicy.h"

#include <QCoreApplication>

namespace xs {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::NavigationAreas)
};
} // namespace

QList<NavigationArea> navigationAreas()
{
    return {
        {QStringLiteral("catalog"),
         QStringLiteral(":/icons/catalog.svg"),
         Text::tr("Catalog"),
         Text::tr(
             "The shared, open and authorized-operation catalogs over one pool of public data resources."),
         {Text::tr("Search in Chinese with facets by department, catalog, grade, sharing and open attribute, "
                   "frequency "
                   "and status"),
          Text::tr("The resource table, the entry editor with its data items, and bulk edits"),
          Text::tr("One authoritative source per data item (一数一源): conflicts between departments"),
          Text::tr("History of every change, with restore"),
          Text::tr("Import and export as CSV, XLSX and JSON")}},
        {QStringLiteral("sharing"),
         QStringLiteral(":/icons/sharing.svg"),
         Text::tr("Sharing & opening"),
         Text::tr("Requests between departments for shared data, answered within the working days the "
                  "sharing regulation sets, and feedback on the data's quality."),
         {Text::tr("To answer and asked by us, with working-day deadlines and overdue marks"),
          Text::tr("Missing material in one notice, one extension, refusals with reasons"),
          Text::tr("Delivery within 20 working days of approval"),
          Text::tr("Quality feedback on four dimensions, corrected within 10 working days"),
          Text::tr("Open-data demand by priority domain, answered within the published rule")}},
        {QStringLiteral("registration"),
         QStringLiteral(":/icons/registration.svg"),
         Text::tr("Registration review"),
         Text::tr(
             "The registration body's review queue: acceptance, formal review, public notice and coding."),
         {Text::tr("My queue, unassigned, overdue, in public notice and expiring soon"),
          Text::tr("Deadlines in working days on the official holiday calendar"),
          Text::tr("Materials checklist, timeline, comments and decisions"),
          Text::tr("Notices as PDF: missing materials, acceptance and refusal")}},
        {QStringLiteral("grants"),
         QStringLiteral(":/icons/grants.svg"),
         Text::tr("Authorized operation"),
         Text::tr("Grants of authorized operation: operators, implementation plans, agreements, products and "
                  "disclosures."),
         {Text::tr("Dashboards of active grants by mode, domain and city"),
          Text::tr("Grants expiring within 90 days and overdue disclosures"),
          Text::tr("Editors for plans, agreements and products")}},
        {QStringLiteral("pricing"),
         QStringLiteral(":/icons/pricing.svg"),
         Text::tr("Pricing & revenue"),
         Text::tr("Government-guided price caps, maximum allowed revenue and revenue distribution."),
         {Text::tr("Specific price against cap, and revenue against maximum allowed revenue"),
          Text::tr("The annual 10% deviation check and carry-over between cycles"),
          Text::tr("Tiers, discounts and revenue shares")}},
        {QStringLiteral("audits"),
         QStringLiteral(":/icons/audits.svg"),
         Text::tr("Field audits"),
         Text::tr("On-site audits of operators and departments, recorded offline and synced later."),
         {Text::tr("Audit plans and checklists"),
          Text::tr("Findings with evidence, recorded without a network"),
          Text::tr("Rectification follow-up")}},
        {QStringLiteral("sync"),
         QStringLiteral(":/icons/sync.svg"),
         Text::tr("Sync"),
         Text::tr("Synchronisation with the province hub."),
         {Text::tr("State, last successful sync and unsynced changes"),
          Text::tr("Rejected operations with their reasons"), Text::tr("Conflicts resolved field by field"),
          Text::tr("Hub connection, certificate and login")}},
        {QStringLiteral("audit"),
         QStringLiteral(":/icons/audit.svg"),
         Text::tr("Audit trail"),
         Text::tr("The tamper-evident record of every change and decision."),
         {Text::tr("Who, when, what, old and new values, and why"), Text::tr("Filters and CSV export"),
          Text::tr("Verification of the hash chain")}},
        {QStringLiteral("scorecard"),
         QStringLiteral(":/icons/scorecard.svg"),
         Text::tr("Scorecard"),
         Text::tr("How each department does on its catalog, its timeliness and the requests it answers, "
                  "per quarter or year (绩效考核)."),
         {Text::tr("Rank, weighted score and change on the period before"),
          Text::tr("Each measure against the mean of all departments"),
          Text::tr("The records behind every figure"),
          Text::tr("Export for audit bodies with xiangshu-cli scorecard")}},
        {QStringLiteral("admin"),
         QStringLiteral(":/icons/admin.svg"),
         Text::tr("Administration"),
         Text::tr(
             "Accounts, roles, departments, holiday schedules and deadline rules, kept by administrators."),
         {Text::tr("The hub's accounts: disable, enable, sessions and ending them"),
          Text::tr("Roles and what each may do"), Text::tr("Departments and the resources each keeps"),
          Text::tr("Holiday schedules and deadline rules, published to every desktop through the hub")}},
    };
}

QString startArea(const QString& loggedInRole, const QString& remembered)
{
    if (roleFromName(loggedInRole) == Role::Manager)
        return QStringLiteral("grants");
    return remembered;
}

} // namespace xs
