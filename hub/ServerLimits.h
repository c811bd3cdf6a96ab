#pragma once

#include <QtGlobal>

namespace xs {

/// What one client may hold of the hub before anyone knows who it is. Every figure has a reason:
/// a desktop's push is at most 8 MiB (hub/PROTOCOL.md), its headers a few hundred bytes; a TLS
/// handshake on a slow mobile link takes well under 10 s.
struct ServerLimits
{
    int handshakeTimeoutMs = 10'000;
    int maxPendingHandshakes = 64; // over it, the oldest handshake is dropped
    int maxConnectionsPerAddress = 32;
    int maxConnections = 512;
    int idleTimeoutMs = 60'000;    // no byte either way for this long: closed
    int requestTimeoutMs = 30'000; // a request must arrive whole within this
    qint64 maxHeaderBytes = 32 * 1024;
    int maxHeaders = 64;
    qint64 maxBodyBytes = 8 * 1024 * 1024; // the protocol's limit (WireLimits::MaxBodyBytes)
};

} // namespace xs
