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
    // A whole office behind one NAT address shares it, and a syncing desktop holds up to 2
    // connections: 32 refused the 17th desktop of a bureau (sync_bench, 20 desktops: half their
    // syncs failed). 128 serves about 60 desktops per address; `serve
    // --max-connections-per-address` sets it.
    int maxConnectionsPerAddress = 128;
    int maxConnections = 512;
    int idleTimeoutMs = 60'000;    // no byte either way for this long: closed
    int requestTimeoutMs = 30'000; // a request must arrive whole within this
    qint64 maxHeaderBytes = 32 * 1024;
    int maxHeaders = 64;
    qint64 maxBodyBytes = 8 * 1024 * 1024; // the protocol's limit (WireLimits::MaxBodyBytes)
};

} // namespace xs
