#pragma once

#include <QString>
#include <QStringList>

namespace xs {

/// The enumerations of a catalog entry (DOMAIN.md §1). A value is stored, synced, imported and
/// exported as its official Chinese term (无条件共享, 重要数据 ...), the vocabulary the bureaus'
/// other systems use; label() gives the term in the user's language.
namespace CatalogVocabulary {

/// 共享属性 (SHARE §14).
QString unconditionalShare(); // 无条件共享
QString conditionalShare();   // 有条件共享
QString noShare();            // 不予共享
QStringList shareAttributes();

/// 共享方式 (SHARE §22): 服务接口 · 批量交换 · 文件下载.
QStringList shareMethods();

/// 开放属性: 无条件开放 · 有条件开放 · 不予开放.
QString unconditionalOpen(); // 无条件开放
QString conditionalOpen();   // 有条件开放
QStringList openAttributes();
/// Whether data of this grade may be opened unconditionally: not 核心数据 nor 重要数据 (DOMAIN.md
/// §1, GB/T 43697-2024: their opening is always under conditions, if at all).
bool mayOpenUnconditionally(const QString& grade);

/// 数据分级 (GB/T 43697-2024), highest first: 核心数据 · 重要数据 · 一般数据.
QStringList grades();
/// 3 for 核心数据 down to 1 for 一般数据; 0 for an empty or unknown grade.
int gradeRank(const QString& grade);

/// 更新频率: the default list (实时 ... 不定期). The list in use is editable (see UpdateFrequencies).
QStringList defaultUpdateFrequencies();

/// 数据格式 classes: 电子表格 · 数据库 · 文本 · 图形图像 · 流媒体 · 接口 · 其他.
QStringList formatClasses();

/// Publication states (CatalogWorkflow) and the catalogs an entry can be in.
QStringList statuses();
enum class Catalog
{
    Share,      // 政务数据共享目录
    Open,       // 公共数据开放目录
    Authorized, // 公共数据授权运营目录
};
QString catalogKey(Catalog catalog);   // share / open / authorized (the CLI's --catalog)
QString catalogField(Catalog catalog); // in_share_catalog ...
QString catalogLabel(Catalog catalog);

/// The values of a choice field's vocabulary, by the name its definition gives (grade,
/// format_class, share_attribute, share_method, open_attribute, update_frequency); empty for a
/// name it does not know (departments and the edited frequency list come from the database).
QStringList vocabulary(const QString& name);

/// Priority open domains (HN25 item 6).
QStringList priorityOpenDomains();

/// The term (or state key) in the user's language; unknown values come back unchanged.
QString label(const QString& value);
/// The untranslated source of a value's label (for a Message read elsewhere), or null.
const char* labelSource(const QString& value);

} // namespace CatalogVocabulary

} // namespace xs
