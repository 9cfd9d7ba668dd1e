-- PostgreSQL twin of prisma/migrations/20261220000000_web_intake (npm run db:pg-migration).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "byline" TEXT;

-- CreateTable
CREATE TABLE "WebSnapshot" (
    "id" SERIAL NOT NULL,
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
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebSnapshot_evidenceId_fetchedAt_idx" ON "WebSnapshot"("evidenceId", "fetchedAt");

-- CreateIndex
CREATE INDEX "WebSnapshot_fetchedAt_idx" ON "WebSnapshot"("fetchedAt");

-- AddForeignKey
ALTER TABLE "WebSnapshot" ADD CONSTRAINT "WebSnapshot_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
