-- AlterTable
ALTER TABLE "Article" ADD COLUMN "textHash" TEXT;

-- AlterTable
ALTER TABLE "Correction" ADD COLUMN "changes" TEXT;

-- CreateIndex
CREATE INDEX "Article_textHash_idx" ON "Article"("textHash");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

