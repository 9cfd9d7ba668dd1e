-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "importKey" TEXT;

-- CreateTable
CREATE TABLE "ExternalFactCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "ratingName" TEXT NOT NULL,
    "ratingValue" REAL,
    "datePublished" DATETIME,
    "rawJson" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimId" INTEGER,
    CONSTRAINT "ExternalFactCheck_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ExternalFactCheck_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ExternalFactCheck_url_key" ON "ExternalFactCheck"("url");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_claimId_idx" ON "ExternalFactCheck"("claimId");

-- CreateIndex
CREATE INDEX "ExternalFactCheck_importedAt_idx" ON "ExternalFactCheck"("importedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_importKey_key" ON "Claim"("importKey");

