-- A claim may be another appearance of an earlier claim ("checked before"). Added in place rather than by
-- rebuilding the Claim table, so triggers and indexes on Claim stay as they are.
ALTER TABLE "Claim" ADD COLUMN "sameAsId" INTEGER REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Claim_sameAsId_idx" ON "Claim"("sameAsId");
