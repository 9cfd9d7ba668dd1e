-- CreateTable
CREATE TABLE "ClaimSuggestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "value" REAL,
    "low" REAL,
    "high" REAL,
    "qualifier" TEXT,
    "unit" TEXT,
    "speakerName" TEXT,
    "speakerDescription" TEXT,
    "attribution" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "claimId" INTEGER,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimSuggestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimSuggestion_articleId_state_idx" ON "ClaimSuggestion"("articleId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSuggestion_articleId_fingerprint_key" ON "ClaimSuggestion"("articleId", "fingerprint");

