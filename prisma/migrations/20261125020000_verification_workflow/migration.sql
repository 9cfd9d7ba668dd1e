-- Verification workflow: the single status becomes a workflow state with a separate verdict (rating),
-- a configurable rating scale, assignments, corrections, comments, and richer evidence.
-- Existing claims are carried over in this migration:
--   unverified -> unverified; in_progress -> in_review;
--   verified / false / misleading / unverifiable -> published with the rating True / False / Misleading /
--   Unverifiable, the status note becoming the verdict's explanation and the status change its publication.

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "accessedAt" DATETIME;
ALTER TABLE "Evidence" ADD COLUMN "contactName" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "contactedAt" DATETIME;
ALTER TABLE "Evidence" ADD COLUMN "fileHash" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "fileName" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "fileSize" INTEGER;
ALTER TABLE "Evidence" ADD COLUMN "fileType" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "publisher" TEXT;

-- CreateTable
CREATE TABLE "RatingLabel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "colour" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "reviewValue" INTEGER,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- The default rating scale (admins change it in /settings).
INSERT INTO "RatingLabel" ("name", "order", "colour", "description", "reviewValue", "updatedAt") VALUES
    ('True', 1, '#bfe6c9', 'The claim is accurate and nothing significant is missing.', 5, CURRENT_TIMESTAMP),
    ('Mostly true', 2, '#dcefc0', 'The claim is accurate but needs clarification or additional information.', 4, CURRENT_TIMESTAMP),
    ('Misleading', 3, '#fbe3a6', 'The claim contains accurate elements but leaves a false impression.', 3, CURRENT_TIMESTAMP),
    ('Mostly false', 4, '#fcd0b0', 'The claim contains an element of truth but ignores facts that would give a different impression.', 2, CURRENT_TIMESTAMP),
    ('False', 5, '#f6c1bd', 'The claim is inaccurate.', 1, CURRENT_TIMESTAMP),
    ('Unverifiable', 6, '#dcdcec', 'The available evidence can neither confirm nor refute the claim.', NULL, CURRENT_TIMESTAMP);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- Two-person review is on unless an admin turns it off.
INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('twoPersonRule', 'true', CURRENT_TIMESTAMP);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "previousRatingName" TEXT,
    "newRatingName" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER,
    "excerpt" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "statement" TEXT NOT NULL,
    "speakerId" INTEGER,
    "attribution" TEXT NOT NULL DEFAULT 'unattributed',
    "value" REAL,
    "low" REAL,
    "high" REAL,
    "qualifier" TEXT,
    "unit" TEXT,
    "asOf" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'unverified',
    "ratingId" INTEGER,
    "explanation" TEXT,
    "proposedById" TEXT,
    "proposedAt" DATETIME,
    "publishedAt" DATETIME,
    "publishedById" TEXT,
    "returnComment" TEXT,
    "assigneeId" TEXT,
    "dueAt" DATETIME,
    "statusChangedAt" DATETIME,
    "statusChangedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingLabel" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_statusChangedById_fkey" FOREIGN KEY ("statusChangedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "asOf", "attribution", "createdAt", "createdById", "end", "excerpt", "high", "id", "low", "qualifier", "speakerId", "start", "statement", "status", "statusChangedAt", "statusChangedById", "unit", "updatedAt", "updatedById", "value", "version",
    "ratingId", "explanation", "publishedAt", "publishedById")
SELECT "articleId", "asOf", "attribution", "createdAt", "createdById", "end", "excerpt", "high", "id", "low", "qualifier", "speakerId", "start", "statement",
    CASE "status"
        WHEN 'unverified' THEN 'unverified'
        WHEN 'in_progress' THEN 'in_review'
        WHEN 'verified' THEN 'published'
        WHEN 'false' THEN 'published'
        WHEN 'misleading' THEN 'published'
        WHEN 'unverifiable' THEN 'published'
        ELSE 'unverified'
    END,
    "statusChangedAt", "statusChangedById", "unit", "updatedAt", "updatedById", "value", "version",
    (SELECT "id" FROM "RatingLabel" WHERE "name" = CASE "Claim"."status"
        WHEN 'verified' THEN 'True'
        WHEN 'false' THEN 'False'
        WHEN 'misleading' THEN 'Misleading'
        WHEN 'unverifiable' THEN 'Unverifiable'
    END),
    CASE WHEN "status" IN ('verified', 'false', 'misleading', 'unverifiable') THEN "statusNote" END,
    CASE WHEN "status" IN ('verified', 'false', 'misleading', 'unverifiable') THEN COALESCE("statusChangedAt", "updatedAt") END,
    CASE WHEN "status" IN ('verified', 'false', 'misleading', 'unverifiable') THEN "statusChangedById" END
FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt");
CREATE INDEX "Claim_assigneeId_status_idx" ON "Claim"("assigneeId", "status");
CREATE INDEX "Claim_ratingId_idx" ON "Claim"("ratingId");
CREATE INDEX "Claim_publishedAt_idx" ON "Claim"("publishedAt");
CREATE INDEX "Claim_speakerId_idx" ON "Claim"("speakerId");
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");
CREATE INDEX "Claim_statusChangedAt_idx" ON "Claim"("statusChangedAt");
CREATE INDEX "Claim_statusChangedById_status_idx" ON "Claim"("statusChangedById", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "RatingLabel_name_key" ON "RatingLabel"("name");

-- CreateIndex
CREATE INDEX "Correction_claimId_createdAt_idx" ON "Correction"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Comment_claimId_createdAt_idx" ON "Comment"("claimId", "createdAt");

