-- 0020: the weights of the department scorecard (绩效考核, models/scorecard), one record per
-- measure that administrators change; a measure without one counts by its default.
CREATE TABLE scorecard_weight (
    id         TEXT PRIMARY KEY NOT NULL,
    measure    TEXT NOT NULL,
    weight     INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
