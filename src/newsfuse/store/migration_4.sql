-- Migration 4: document frequencies by hashed term bucket (cluster.index.term_buckets), a
-- table of at most 2**20 rows, instead of one row per term ever seen. The counts carry over:
-- a bucket holds the sum of its terms' counts, as if counted so from the start.
CREATE TABLE term_buckets (bucket INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
INSERT INTO term_buckets (bucket, documents)
    SELECT (term >> 32) & 1048575, SUM(documents) FROM term_frequencies GROUP BY 1;
DROP TABLE term_frequencies;
