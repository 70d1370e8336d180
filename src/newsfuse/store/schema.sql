-- Migration 1: the first schema of the newsfuse store.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,            -- the file path or URL it was read from
    canonical_url TEXT NOT NULL,     -- identity of the article across fetches
    url TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    junk_reason TEXT NOT NULL DEFAULT '',   -- why it is not a news report ('' when it is)
    version INTEGER NOT NULL DEFAULT 1,
    superseded_by INTEGER REFERENCES articles(id),
    ingested_at TEXT NOT NULL,
    terms TEXT NOT NULL DEFAULT '{}',       -- grouping fingerprint: term counts (JSON)
    minhash BLOB NOT NULL DEFAULT x'',      -- grouping fingerprint: MinHash of shingles
    story_id INTEGER REFERENCES stories(id),
    duplicate_of INTEGER REFERENCES articles(id)
);

CREATE UNIQUE INDEX articles_by_url_and_content ON articles(canonical_url, content_hash);
CREATE INDEX articles_by_canonical_url ON articles(canonical_url, version);
CREATE INDEX articles_by_story ON articles(story_id);
