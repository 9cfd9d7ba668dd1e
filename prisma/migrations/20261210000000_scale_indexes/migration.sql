-- DropIndex
DROP INDEX "Claim_speakerId_idx";

-- CreateIndex
CREATE INDEX "Claim_speakerId_updatedAt_idx" ON "Claim"("speakerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_status_publishedAt_idx" ON "Claim"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Claim_status_proposedAt_idx" ON "Claim"("status", "proposedAt");

-- CreateIndex
CREATE INDEX "Claim_unit_idx" ON "Claim"("unit");

-- CreateIndex
CREATE INDEX "Claim_statement_idx" ON "Claim"("statement");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_action_idx" ON "AuditEvent"("entity", "action");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");


-- Indexes Prisma's schema language cannot state (an expression, a collation); written by hand.

-- The report's order (article, position in it, id) with claims without an article last, as one key with no
-- NULLs in it: lib/data/reports.ts pages through it by keyset with exactly these expressions.
CREATE INDEX "Claim_report_order_idx" ON "Claim"("status", ifnull("articleId", 9007199254740991), ifnull("start", -1), "id");

-- Type-ahead pickers: `title LIKE 'abc%'` (case-insensitive) is a range on a NOCASE index.
CREATE INDEX "Article_title_nocase_idx" ON "Article"("title" COLLATE NOCASE);
CREATE INDEX "Speaker_name_nocase_idx" ON "Speaker"("name" COLLATE NOCASE);
