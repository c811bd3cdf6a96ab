#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace xs {

class Clock;
class KeyStore;

/// Parses xiangshu-cli's command line and runs the command. Global options may come before or
/// after the command (CLI.md).
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(xs::CliRunner)

public:
    CliRunner(KeyStore& keychain, const Clock& clock);

    ExitCode run(const QStringList& arguments);

    /// The text of --help.
    static QString helpText();

private:
    KeyStore& m_keychain;
    const Clock& m_clock;
};

} // namespace xs
