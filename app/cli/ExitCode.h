#pragma once

namespace xs {

/// xiangshu-cli exit codes (CLI.md). Scripts depend on these numbers: never renumber them.
enum class ExitCode : int
{
    Success = 0,
    Failure = 1,        // anything else, with a message on stderr
    Usage = 2,          // unknown command, missing or malformed argument
    CannotUnlock = 3,   // wrong key or passphrase, keychain unavailable or locked
    Corrupt = 4,        // not a database, or an integrity/HMAC check failed
    SchemaTooNew = 5,   // written by a newer program
    SyncIncomplete = 6, // sync left conflicts or rejected operations
    Network = 7,        // hub unreachable, TLS or pin failure
    Validation = 8,     // bad input file or values; nothing was written
};

} // namespace xs
