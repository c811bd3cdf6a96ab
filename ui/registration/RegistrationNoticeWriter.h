#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xs {

/// The written notices of registration, as PDF on A4 in the usual layout of a Chinese official
/// notice (title centred, addressee, indented body, numbered list, issuer and date on the right):
/// the one-time notice of missing materials (补正材料通知书), and the notices of acceptance (受理
/// 通知书) and of refusal (不予受理通知书), the result of a change or correction, and the notice of
/// cancellation. They are always in Chinese: they go to applicants.
class RegistrationNoticeWriter
{
public:
    enum class Kind
    {
        MissingMaterials,
        Acceptance,
        Refusal,
        PublicNotice, // 登记公示: what the portal publishes while the notice runs
        Amendment,    // 变更（更正）登记结果通知书: what a change or correction changed
        Cancellation, // 登记注销通知书: a registration cancelled (by application, by the body, at expiry)
    };

    /// Which notice fits the registration's state now, if any.
    static std::optional<Kind> noticeFor(const QJsonObject& record);
    static QString title(Kind kind);
    /// The notice as HTML (what the PDF is laid out from; tests read it).
    static QString html(Kind kind, const QJsonObject& record, const QString& issuer, const QDate& date);
    /// The public notice (公示) as the plain text the portal publishes: applicants, type, data name,
    /// summary, the notice period and how to object.
    static QString portalText(const QJsonObject& record);
    /// Writes the PDF; false with *error (in the user's language) if the file cannot be written.
    static bool writePdf(Kind kind, const QJsonObject& record, const QString& issuer, const QDate& date,
                         const QString& path, QString* error);
};

} // namespace xs
