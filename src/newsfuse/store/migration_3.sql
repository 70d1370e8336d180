-- Migration 3: live news. Publication times, grouping through a candidate index kept in the
-- store, story summaries for a paged list, brief versions, and followed feeds.
ALTER TABLE articles ADD COLUMN effective_at TEXT NOT NULL DEFAULT '';  -- published, else ingested (UTC)
ALTER TABLE articles ADD COLUMN published_at TEXT NOT NULL DEFAULT '';  -- full time when the source gave one
ALTER TABLE articles ADD COLUMN vector BLOB NOT NULL DEFAULT x'';       -- term hashes + tf (cluster.TermVector)
ALTER TABLE articles ADD COLUMN norm REAL NOT NULL DEFAULT 0;           -- TF-IDF norm when it was placed
ALTER TABLE articles ADD COLUMN counted INTEGER NOT NULL DEFAULT 0;     -- its terms are in term_frequencies
ALTER TABLE articles ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;     -- placed and posted in the index
DROP INDEX articles_to_group;
CREATE INDEX articles_to_index ON articles(id)
    WHERE indexed = 0 AND junk_reason = '' AND superseded_by IS NULL;

ALTER TABLE stories ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE stories ADD COLUMN lead TEXT NOT NULL DEFAULT '';        -- first words of its first article
ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN first_at TEXT NOT NULL DEFAULT '';    -- earliest effective time
ALTER TABLE stories ADD COLUMN last_at TEXT NOT NULL DEFAULT '';     -- latest effective time (activity)
ALTER TABLE stories ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';  -- when its articles last changed
ALTER TABLE stories ADD COLUMN indexed INTEGER NOT NULL DEFAULT 1;   -- its articles are candidates
ALTER TABLE stories ADD COLUMN needs_brief INTEGER NOT NULL DEFAULT 1;
CREATE INDEX stories_by_update ON stories(updated_at, id);
CREATE INDEX stories_to_retire ON stories(last_at) WHERE indexed = 1;
CREATE INDEX stories_to_brief ON stories(updated_at) WHERE needs_brief = 1;

CREATE TABLE corpus (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL,     -- articles counted in term_frequencies
    latest TEXT NOT NULL            -- the latest effective time placed (the stream's clock)
);
INSERT INTO corpus VALUES (1, 0, '');
CREATE TABLE term_frequencies (term INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
CREATE TABLE term_postings (
    term INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
CREATE INDEX term_postings_by_story ON term_postings(story_id, article_id);
CREATE TABLE copy_bands (
    band INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    story_id INTEGER NOT NULL,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX copy_bands_by_story ON copy_bands(story_id, article_id);

CREATE TABLE brief_versions (
    id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL REFERENCES stories(id),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    words INTEGER NOT NULL,
    article_ids TEXT NOT NULL,      -- JSON list of the article ids it covered
    brief TEXT NOT NULL,            -- the brief's JSON (render.to_dict)
    UNIQUE (story_id, version)
);

CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,       -- the feed document's URL
    followed_as TEXT NOT NULL,      -- what the user gave: the feed, or a page linking it
    title TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    last_polled TEXT NOT NULL DEFAULT '',
    last_success TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',   -- new, ok, not modified, failed
    last_error TEXT NOT NULL DEFAULT '',
    errors INTEGER NOT NULL DEFAULT 0,    -- failures in a row
    next_due TEXT NOT NULL
);
CREATE INDEX feeds_by_due ON feeds(next_due);
CREATE TABLE feed_entries (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    entry TEXT NOT NULL,                  -- the entry's id, else its link
    updated TEXT NOT NULL DEFAULT '',     -- its date of last change, as the feed gave it
    article_id INTEGER REFERENCES articles(id),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry)
) WITHOUT ROWID;
