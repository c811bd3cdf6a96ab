-- 0016: open-data demand (开放需求受理反馈, HN25 item 6), DOMAIN.md §1. The columns are the fields
-- models/opendata defines; the answer's deadline follows the published rule open_data_reply.
CREATE TABLE open_data_demand (
    id                     TEXT PRIMARY KEY NOT NULL,
    title                  TEXT,
    description            TEXT,
    domain                 TEXT,
    demander               TEXT,
    state                  TEXT,
    received_on            TEXT,
    registered_by          TEXT,
    provider_code          TEXT,
    accepted_on            TEXT,
    answer_due_on          TEXT,
    answer_due_provisional INTEGER,
    answer_days            INTEGER,
    outcome                TEXT,
    answer                 TEXT,
    answered_by            TEXT,
    answered_on            TEXT,
    version                INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX open_data_demand_by_domain ON open_data_demand (domain, state) WHERE deleted = 0;
CREATE INDEX open_data_demand_by_provider ON open_data_demand (provider_code, state) WHERE deleted = 0;
