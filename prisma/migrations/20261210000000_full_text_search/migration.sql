-- Full-text search with SQLite FTS5, kept in step with the tables by triggers. Prisma does not model
-- virtual tables: they are listed under `tables.external` in prisma.config.ts so Migrate leaves them be.
-- Tokens: Unicode letters and digits, case and accents folded ("Sao" finds "São"); 2- and 3-letter
-- prefix indexes keep prefix queries ("tru*") from scanning the whole vocabulary.
-- A later migration that rebuilds "Claim", "Speaker" or "Article" (Prisma's CREATE new_X / DROP / RENAME for
-- SQLite) drops these triggers with the old table: it must create them again (lib/data/search.test.ts fails if not).

-- Claims: the statement, the excerpt, what is counted and the speaker's name. The table keeps its own
-- copy of the text (the speaker's name lives in another table, so it cannot read the claim row).
CREATE VIRTUAL TABLE "claim_fts" USING fts5(
    statement, excerpt, unit, speaker,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "claim_fts_after_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "claim_fts" (rowid, statement, excerpt, unit, speaker)
    VALUES (NEW."id", NEW."statement", NEW."excerpt", NEW."unit", (SELECT "name" FROM "Speaker" WHERE "id" = NEW."speakerId"));
END;

CREATE TRIGGER "claim_fts_after_update" AFTER UPDATE OF "statement", "excerpt", "unit", "speakerId" ON "Claim" BEGIN
    UPDATE "claim_fts"
    SET statement = NEW."statement", excerpt = NEW."excerpt", unit = NEW."unit",
        speaker = (SELECT "name" FROM "Speaker" WHERE "id" = NEW."speakerId")
    WHERE rowid = NEW."id";
END;

CREATE TRIGGER "claim_fts_after_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "claim_fts" WHERE rowid = OLD."id";
END;

-- A renamed speaker: every claim of theirs is found by the new name, no longer by the old one.
CREATE TRIGGER "claim_fts_after_speaker_rename" AFTER UPDATE OF "name" ON "Speaker" BEGIN
    UPDATE "claim_fts" SET speaker = NEW."name"
    WHERE rowid IN (SELECT "id" FROM "Claim" WHERE "speakerId" = NEW."id");
END;

INSERT INTO "claim_fts" (rowid, statement, excerpt, unit, speaker)
SELECT c."id", c."statement", c."excerpt", c."unit", s."name"
FROM "Claim" c LEFT JOIN "Speaker" s ON s."id" = c."speakerId";

-- Articles: the title, the outlet and the body. The index reads the text from the Article rows
-- (external content), so bodies are not stored twice; the triggers remove the old text before adding the new.
CREATE VIRTUAL TABLE "article_fts" USING fts5(
    title, outlet, body,
    content = 'Article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "article_fts_after_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "article_fts" (rowid, title, outlet, body) VALUES (NEW."id", NEW."title", NEW."outlet", NEW."body");
END;

CREATE TRIGGER "article_fts_after_update" AFTER UPDATE OF "title", "outlet", "body" ON "Article" BEGIN
    INSERT INTO "article_fts" ("article_fts", rowid, title, outlet, body) VALUES ('delete', OLD."id", OLD."title", OLD."outlet", OLD."body");
    INSERT INTO "article_fts" (rowid, title, outlet, body) VALUES (NEW."id", NEW."title", NEW."outlet", NEW."body");
END;

CREATE TRIGGER "article_fts_after_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "article_fts" ("article_fts", rowid, title, outlet, body) VALUES ('delete', OLD."id", OLD."title", OLD."outlet", OLD."body");
END;

INSERT INTO "article_fts" ("article_fts") VALUES ('rebuild');
