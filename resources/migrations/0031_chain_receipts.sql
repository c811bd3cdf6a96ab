-- 0031: the receipts the hub signed over this desktop's audit trail head when it pushed (anchored
-- chains, hub/PROTOCOL.md). xiangshu-cli verify checks the trail still holds each anchored row.
CREATE TABLE chain_receipt (
    seq         INTEGER NOT NULL CHECK (seq > 0),
    head        TEXT NOT NULL,
    device      TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    signed_at   TEXT NOT NULL,
    hub_key     TEXT NOT NULL, -- base64 of the hub's 32-byte Ed25519 public key
    signature   TEXT NOT NULL, -- base64
    received_at TEXT NOT NULL
);
CREATE INDEX chain_receipt_by_seq ON chain_receipt (seq);
