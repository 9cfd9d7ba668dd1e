-- PostgreSQL twin of prisma/migrations/20261230000000_stored_search_documents (npm run db:pg-migration).
-- The Prisma schema did not change.
--
-- Stored full-text documents, like SQLite's FTS5 tables: one row per claim (its statement, excerpt and unit, and its
-- speaker's name: weights A, D, D and B) and one per article (title A, outlet B, text D), kept in step by triggers,
-- each with a GIN index. The search matches and ranks (ts_rank) the stored vector; with the baseline's expression
-- indexes it computed every candidate's document again (to_tsvector with unaccent) to rank it and to match a claim's
-- words together with its speaker's name. The tables live in a schema of their own, which Prisma neither models nor
-- introspects (as SQLite's FTS5 tables are listed in prisma.config.ts's tables.external).
CREATE SCHEMA fulltext;

CREATE TABLE fulltext.claim_document (
    claim_id integer PRIMARY KEY REFERENCES "Claim"("id") ON DELETE CASCADE,
    document tsvector NOT NULL
);

CREATE FUNCTION fulltext.claim_document_of(statement text, excerpt text, unit text, speaker_id integer) RETURNS tsvector
    LANGUAGE sql STABLE
    RETURN claim_search_document(statement, excerpt, unit)
        || coalesce((SELECT speaker_search_document(s."name") FROM "Speaker" s WHERE s."id" = speaker_id), ''::tsvector);

CREATE FUNCTION fulltext.claim_document_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO fulltext.claim_document (claim_id, document)
    VALUES (NEW."id", fulltext.claim_document_of(NEW."statement", NEW."excerpt", NEW."unit", NEW."speakerId"))
    ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END $$;

-- A deleted speaker's claims lose the name through the foreign key's SET NULL, an UPDATE that fires the second trigger.
CREATE TRIGGER claim_document_after_insert AFTER INSERT ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION fulltext.claim_document_write();
CREATE TRIGGER claim_document_after_update AFTER UPDATE ON "Claim"
    FOR EACH ROW WHEN (OLD."statement" IS DISTINCT FROM NEW."statement" OR OLD."excerpt" IS DISTINCT FROM NEW."excerpt"
        OR OLD."unit" IS DISTINCT FROM NEW."unit" OR OLD."speakerId" IS DISTINCT FROM NEW."speakerId")
    EXECUTE FUNCTION fulltext.claim_document_write();

CREATE FUNCTION fulltext.claim_document_speaker_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE fulltext.claim_document d
    SET document = claim_search_document(c."statement", c."excerpt", c."unit") || speaker_search_document(NEW."name")
    FROM "Claim" c WHERE c."speakerId" = NEW."id" AND d.claim_id = c."id";
    RETURN NULL;
END $$;
CREATE TRIGGER claim_document_after_speaker_rename AFTER UPDATE ON "Speaker"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION fulltext.claim_document_speaker_renamed();

INSERT INTO fulltext.claim_document (claim_id, document)
SELECT c."id", claim_search_document(c."statement", c."excerpt", c."unit") || coalesce(speaker_search_document(s."name"), ''::tsvector)
FROM "Claim" c LEFT JOIN "Speaker" s ON s."id" = c."speakerId";
CREATE INDEX claim_document_idx ON fulltext.claim_document USING GIN (document);

CREATE TABLE fulltext.article_document (
    article_id integer PRIMARY KEY REFERENCES "Article"("id") ON DELETE CASCADE,
    document tsvector NOT NULL
);

CREATE FUNCTION fulltext.article_document_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO fulltext.article_document (article_id, document)
    VALUES (NEW."id", article_search_document(NEW."title", NEW."outlet", NEW."body"))
    ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END $$;
CREATE TRIGGER article_document_after_insert AFTER INSERT ON "Article"
    FOR EACH ROW EXECUTE FUNCTION fulltext.article_document_write();
CREATE TRIGGER article_document_after_update AFTER UPDATE ON "Article"
    FOR EACH ROW WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."outlet" IS DISTINCT FROM NEW."outlet" OR OLD."body" IS DISTINCT FROM NEW."body")
    EXECUTE FUNCTION fulltext.article_document_write();

INSERT INTO fulltext.article_document (article_id, document)
SELECT a."id", article_search_document(a."title", a."outlet", a."body") FROM "Article" a;
CREATE INDEX article_document_idx ON fulltext.article_document USING GIN (document);

-- The expression indexes the stored documents replace (the functions stay: the triggers call them).
DROP INDEX "Claim_search_idx";
DROP INDEX "Speaker_search_idx";
DROP INDEX "Article_search_idx";
