-- AlterTable
ALTER TABLE "Article" ADD COLUMN "byline" TEXT;

-- CreateTable
CREATE TABLE "WebSnapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "evidenceId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "contentHash" TEXT,
    "title" TEXT,
    "text" TEXT,
    "error" TEXT,
    "requestedById" TEXT,
    "fetchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebSnapshot_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WebSnapshot_evidenceId_fetchedAt_idx" ON "WebSnapshot"("evidenceId", "fetchedAt");

-- CreateIndex
CREATE INDEX "WebSnapshot_fetchedAt_idx" ON "WebSnapshot"("fetchedAt");

