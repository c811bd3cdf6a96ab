#pragma once

#include <QString>
#include <QStringList>

namespace xs {

/// The words of registration (登记, DOMAIN.md §2): application types, states, applicant kinds and
/// materials. Codes are what records store and the hub checks; labels are the exact Chinese
/// terms (English in the English UI).
namespace RegistrationVocabulary {

/// 首次 · 变更 · 更正 · 注销 (REG §9), and 续展 · 撤销 · 终止.
QStringList types();
/// States in the order a registration passes through them.
QStringList states();
QStringList applicantKinds();
/// The materials an application of this type must bring (REG §9 for a first registration).
QStringList materialsFor(const QString& type);

QString typeLabel(const QString& type);
QString stateLabel(const QString& state);
/// Its untranslated source, in the xs::RegistrationVocabulary context (a Message argument), or null.
const char* stateLabelSource(const QString& state);
QString applicantKindLabel(const QString& kind);
QString materialLabel(const QString& material);

/// States in which the registration body still has a step to take (the queue's "open" work).
bool isOpen(const QString& state);
/// States whose step has a deadline that runs (not paused, not finished).
bool hasRunningClock(const QString& state);

} // namespace RegistrationVocabulary

} // namespace xs
