-- Schema 2: user data sets from uploads. Each stored upload is one version of a named data set: the file as
-- uploaded (bytes, SHA-256), who and when, and the reference tables it changes (the full text of each changed table,
-- as the import wrote it into a copy of the bundled data), which overlay the read-only bundled tables.
CREATE TABLE data_sets (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL,          -- 1 for the first upload under a name, +1 for each later one
    kind        TEXT NOT NULL,             -- comtrade | customs | usgs | template
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    content     BLOB NOT NULL,
    changes     TEXT NOT NULL,             -- JSON: [{table, rows}]
    created_utc TEXT NOT NULL,
    author      TEXT,
    UNIQUE (name, version)
);

CREATE TABLE data_set_tables (
    id         TEXT NOT NULL REFERENCES data_sets (id),
    table_name TEXT NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (id, table_name)
);
