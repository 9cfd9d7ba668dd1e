-- Stored full-text documents. Nothing changes on SQLite: its FTS5 tables (20261210000000_full_text_search) already
-- store each claim's and article's words and ranks from them. The PostgreSQL twin stores the tsvector that its
-- search used to compute again for every candidate (ts_rank and the claim-plus-speaker match).
SELECT 1;
