#pragma once

#include <QString>

namespace xs {

class Application;

/// What a user pastes into a support request (帮助 → 复制诊断信息): the version, the platform,
/// where things are, the state of sync and the last lines of the log. Names no secret and no
/// record content, as the log itself.
namespace Diagnostics {

QString report(const Application& application, int logLines = 200);

} // namespace Diagnostics

} // namespace xs
