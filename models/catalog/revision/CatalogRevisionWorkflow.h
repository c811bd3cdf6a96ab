#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/StepTable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace xs {

/// A revision of a published catalog entry (修订, DOMAIN.md §1, SHARE §17): the department writes
/// the changed fields while the published version stays in use, submits them, and the data
/// department reviews them; only an approval writes them into the entry (the hub does, in the same
/// write). The person who submitted a revision never approves it (four eyes).
///
///   draft ──submit──▶ submitted ──approve──▶ approved
///     ▲                   │
///     └──────return───────┘        draft ──discard──▶ discarded
///
/// Deadlines: the department updates the entry within 10 working days of the change of law or of
/// its duties (extendable once by 5); the data department decides within 2 working days of the
/// submission.
namespace CatalogRevisionWorkflow {

inline const QString Entity = QStringLiteral("catalog_revision");
inline const QString StateField = QStringLiteral("state");
inline const QString ChangesField = QStringLiteral("changes");

constexpr int UpdateWorkdays = 10;
constexpr int ExtensionWorkdays = 5;
constexpr int ReviewWorkdays = 2;

std::span<const VocabularyTerm> states();
QString initialState(); // draft
QString stateLabel(const QString& state);
/// draft and submitted: a revision still to be decided (one per entry at a time).
bool isOpen(const QString& state);

/// Why the entry changes: law (法律法规变化), duties (部门职责调整), correction (更正错误), other.
std::span<const VocabularyTerm> reasons();
QString reasonLabel(const QString& reason);

/// submit, extend and discard (the entry's department: cataloguers, admins); approve and return
/// (reviewers, admins).
const StepTable& steps();
/// Whether a step is the reviewing side's (approve, return) rather than the department's.
bool reviewerGives(const QString& command);

/// The fields only steps and the hub write.
const QStringList& stepFields();

/// The entry fields a revision may change: those its form edits.
const QStringList& revisableFields();

/// The revisable fields of values that differ from the published entry (a field left blank on
/// both sides, however each keeps its blank, is no change): what a revision of it holds.
QJsonObject changesFrom(const QJsonObject& published, const QJsonObject& values);

/// The first field that change would alter in place in a published entry (anything a revision
/// changes, but the date of the last data update, which moves with the data), or nothing.
std::optional<QString> changedInPlace(const QJsonObject& published, const QJsonObject& change);

} // namespace CatalogRevisionWorkflow

} // namespace xs
