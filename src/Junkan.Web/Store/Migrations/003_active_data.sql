-- Schema 3: which data the analyses read. One row at most: the stored data-set version whose tables overlay the
-- bundled data (none: the bundled data alone), when it was activated and by whom.
CREATE TABLE active_data (
    slot          INTEGER PRIMARY KEY CHECK (slot = 1),
    data_set_id   TEXT NOT NULL REFERENCES data_sets (id),
    activated_utc TEXT NOT NULL,
    author        TEXT
);
