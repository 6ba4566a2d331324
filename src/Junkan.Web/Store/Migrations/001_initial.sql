-- Junkan web store, schema 1: user documents (policy scenarios, weight sets) with their history, and saved selection runs.
-- The bundled reference data are never stored here; they stay read-only in data/.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,             -- policy-scenario | weight-set
    name        TEXT NOT NULL,
    body        TEXT NOT NULL,             -- JSON as posted (validated)
    version     INTEGER NOT NULL,          -- 1 on create, +1 on each update (optimistic check)
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE INDEX documents_kind ON documents (kind, name);

-- One row per version: what changed (top-level fields), when, by whom (the client's X-User header, if any).
CREATE TABLE document_history (
    id          TEXT NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    changed     TEXT NOT NULL,
    changed_utc TEXT NOT NULL,
    author      TEXT,
    PRIMARY KEY (id, version)
);

CREATE TABLE selection_runs (
    id           TEXT PRIMARY KEY,
    request      TEXT NOT NULL,            -- JSON: draws, seed, scenario, weights, missing
    status       TEXT NOT NULL,            -- completed | cancelled | failed
    result       TEXT,                     -- JSON summary: ranking with probabilities
    error        TEXT,
    started_utc  TEXT NOT NULL,
    finished_utc TEXT NOT NULL
);
