-- PostgreSQL baseline: the schema of every SQLite migration up to 20261210010000_claim_appearances at once
-- (prisma migrate diff --from-empty), then what Prisma does not model: the seed rows, full-text search and
-- the expression indexes the SQLite migrations add by hand.

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "body" TEXT NOT NULL,
    "textHash" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER,
    "excerpt" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "statement" TEXT NOT NULL,
    "speakerId" INTEGER,
    "attribution" TEXT NOT NULL DEFAULT 'unattributed',
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "qualifier" TEXT,
    "unit" TEXT,
    "asOf" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'unverified',
    "ratingId" INTEGER,
    "explanation" TEXT,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "returnComment" TEXT,
    "assigneeId" TEXT,
    "dueAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3),
    "statusChangedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "importKey" TEXT,
    "sameAsId" INTEGER,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "publisher" TEXT,
    "accessedAt" TIMESTAMP(3),
    "fileHash" TEXT,
    "fileName" TEXT,
    "fileType" TEXT,
    "fileSize" INTEGER,
    "contactName" TEXT,
    "contactedAt" TIMESTAMP(3),
    "stance" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "actorId" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "claimId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimSuggestion" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "qualifier" TEXT,
    "unit" TEXT,
    "speakerName" TEXT,
    "speakerDescription" TEXT,
    "attribution" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "claimId" INTEGER,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingLabel" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "colour" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "reviewValue" INTEGER,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingLabel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "previousRatingName" TEXT,
    "newRatingName" TEXT,
    "changes" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" SERIAL NOT NULL,
    "claimId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalFactCheck" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "ratingName" TEXT NOT NULL,
    "ratingValue" DOUBLE PRECISION,
    "datePublished" TIMESTAMP(3),
    "rawJson" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimId" INTEGER,

    CONSTRAINT "ExternalFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "input" TEXT NOT NULL,
    "result" TEXT,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tracker" (
    "id" SERIAL NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tracker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackerClaim" (
    "trackerId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackerClaim_pkey" PRIMARY KEY ("trackerId","claimId")
);

-- CreateTable
CREATE TABLE "TrackerDismissal" (
    "trackerId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "dismissedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackerDismissal_pkey" PRIMARY KEY ("trackerId","claimId")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" BIGINT NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE INDEX "Article_createdAt_idx" ON "Article"("createdAt");

-- CreateIndex
CREATE INDEX "Article_title_idx" ON "Article"("title");

-- CreateIndex
CREATE INDEX "Article_textHash_idx" ON "Article"("textHash");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_normalizedName_kind_key" ON "Speaker"("normalizedName", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_importKey_key" ON "Claim"("importKey");

-- CreateIndex
CREATE INDEX "Claim_status_updatedAt_idx" ON "Claim"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_status_idx" ON "Claim"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Claim_ratingId_idx" ON "Claim"("ratingId");

-- CreateIndex
CREATE INDEX "Claim_publishedAt_idx" ON "Claim"("publishedAt");

-- CreateIndex
CREATE INDEX "Claim_speakerId_updatedAt_idx" ON "Claim"("speakerId", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");

-- CreateIndex
CREATE INDEX "Claim_status_publishedAt_idx" ON "Claim"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Claim_status_proposedAt_idx" ON "Claim"("status", "proposedAt");

-- CreateIndex
CREATE INDEX "Claim_unit_idx" ON "Claim"("unit");

-- CreateIndex
CREATE INDEX "Claim_statement_idx" ON "Claim"("statement");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_idx" ON "Claim"("updatedAt");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_statusChangedAt_idx" ON "Claim"("statusChangedAt");

-- CreateIndex
CREATE INDEX "Claim_statusChangedById_status_idx" ON "Claim"("statusChangedById", "status");

-- CreateIndex
CREATE INDEX "Claim_unit_value_idx" ON "Claim"("unit", "value");

-- CreateIndex
CREATE INDEX "Claim_sameAsId_idx" ON "Claim"("sameAsId");

-- CreateIndex
CREATE INDEX "Evidence_claimId_createdAt_idx" ON "Evidence"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_createdAt_idx" ON "AuditEvent"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_claimId_createdAt_idx" ON "AuditEvent"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_action_idx" ON "AuditEvent"("entity", "action");

-- CreateIndex
CREATE INDEX "AuditEvent_action_idx" ON "AuditEvent"("action");

-- CreateIndex
CREATE INDEX "ClaimSuggestion_articleId_state_idx" ON "ClaimSuggestion"("articleId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSuggestion_articleId_fingerprint_key" ON "ClaimSuggestion"("articleId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "RatingLabel_name_key" ON "RatingLabel"("name");

-- CreateIndex
CREATE INDEX "Correction_claimId_createdAt_idx" ON "Correction"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Comment_claimId_createdAt_idx" ON "Comment"("claimId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalFactCheck_url_key" ON "ExternalFactCheck"("url");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_claimId_idx" ON "ExternalFactCheck"("claimId");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_importedAt_idx" ON "ExternalFactCheck"("importedAt");

-- CreateIndex
CREATE INDEX "Job_status_id_idx" ON "Job"("status", "id");

-- CreateIndex
CREATE INDEX "Job_createdById_createdAt_idx" ON "Job"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "Tracker_unit_idx" ON "Tracker"("unit");

-- CreateIndex
CREATE INDEX "Tracker_updatedAt_idx" ON "Tracker"("updatedAt");

-- CreateIndex
CREATE INDEX "TrackerClaim_claimId_idx" ON "TrackerClaim"("claimId");

-- CreateIndex
CREATE INDEX "TrackerDismissal_claimId_idx" ON "TrackerDismissal"("claimId");

-- CreateIndex
CREATE INDEX "SignInThrottle_windowStart_idx" ON "SignInThrottle"("windowStart");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "RatingLabel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_statusChangedById_fkey" FOREIGN KEY ("statusChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sameAsId_fkey" FOREIGN KEY ("sameAsId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimSuggestion" ADD CONSTRAINT "ClaimSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalFactCheck" ADD CONSTRAINT "ExternalFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalFactCheck" ADD CONSTRAINT "ExternalFactCheck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tracker" ADD CONSTRAINT "Tracker_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackerClaim" ADD CONSTRAINT "TrackerClaim_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "Tracker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackerClaim" ADD CONSTRAINT "TrackerClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackerDismissal" ADD CONSTRAINT "TrackerDismissal_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "Tracker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackerDismissal" ADD CONSTRAINT "TrackerDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---- Beyond Prisma's schema ----

-- The default rating scale (admins change it in /settings), as in 20261125020000_verification_workflow.
INSERT INTO "RatingLabel" ("name", "order", "colour", "description", "reviewValue", "updatedAt") VALUES
    ('True', 1, '#bfe6c9', 'The claim is accurate and nothing significant is missing.', 5, CURRENT_TIMESTAMP),
    ('Mostly true', 2, '#dcefc0', 'The claim is accurate but needs clarification or additional information.', 4, CURRENT_TIMESTAMP),
    ('Misleading', 3, '#fbe3a6', 'The claim contains accurate elements but leaves a false impression.', 3, CURRENT_TIMESTAMP),
    ('Mostly false', 4, '#fcd0b0', 'The claim contains an element of truth but ignores facts that would give a different impression.', 2, CURRENT_TIMESTAMP),
    ('False', 5, '#f6c1bd', 'The claim is inaccurate.', 1, CURRENT_TIMESTAMP),
    ('Unverifiable', 6, '#dcdcec', 'The available evidence can neither confirm nor refute the claim.', NULL, CURRENT_TIMESTAMP);

-- Two-person review is on unless an admin turns it off.
INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('twoPersonRule', 'true', CURRENT_TIMESTAMP);

-- Full-text search (SQLite: FTS5 tables kept by triggers, 20261210000000_full_text_search); here: expression GIN
-- indexes over a text search configuration that ignores case and accents and does not stem, like FTS5's unicode61.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION claimdesk_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION claimdesk_search
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH unaccent, simple;

-- A claim's own text, weighted as the SQLite index ranks it: statement (A), excerpt and unit (D).
CREATE FUNCTION claim_search_document(statement text, excerpt text, unit text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(statement, '')), 'A')
        || setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(excerpt, '')), 'D')
        || setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(unit, '')), 'D');
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (claim_search_document("statement", "excerpt", "unit"));

-- A speaker's name (weight B), searched with the claims they made.
CREATE FUNCTION speaker_search_document(name text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(name, '')), 'B');
CREATE INDEX "Speaker_search_idx" ON "Speaker" USING GIN (speaker_search_document("name"));

-- An article: title (A), outlet (B), the first 500,000 characters of the text (D; a tsvector is limited to 1 MB).
CREATE FUNCTION article_search_document(title text, outlet text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('claimdesk_search'::regconfig, coalesce(outlet, '')), 'B')
        || setweight(to_tsvector('claimdesk_search'::regconfig, left(coalesce(body, ''), 500000)), 'D');
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (article_search_document("title", "outlet", "body"));

-- The report's order (lib/data/reports.ts) and the case-insensitive name orders (lists and type-ahead), as in
-- 20261210000000_scale_indexes.
CREATE INDEX "Claim_report_order_idx" ON "Claim"("status", coalesce("articleId", 9007199254740991), coalesce("start", -1), "id");
CREATE INDEX "Article_title_lower_idx" ON "Article"(lower("title"), "id");
CREATE INDEX "Speaker_name_lower_idx" ON "Speaker"(lower("name"), "id");
