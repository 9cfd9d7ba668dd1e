-- CreateTable
CREATE TABLE "Tracker" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Tracker_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackerClaim" (
    "trackerId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("trackerId", "claimId"),
    CONSTRAINT "TrackerClaim_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "Tracker" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackerClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TrackerDismissal" (
    "trackerId" INTEGER NOT NULL,
    "claimId" INTEGER NOT NULL,
    "dismissedById" TEXT NOT NULL,
    "dismissedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("trackerId", "claimId"),
    CONSTRAINT "TrackerDismissal_trackerId_fkey" FOREIGN KEY ("trackerId") REFERENCES "Tracker" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrackerDismissal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Tracker_unit_idx" ON "Tracker"("unit");

-- CreateIndex
CREATE INDEX "Tracker_updatedAt_idx" ON "Tracker"("updatedAt");

-- CreateIndex
CREATE INDEX "TrackerClaim_claimId_idx" ON "TrackerClaim"("claimId");

-- CreateIndex
CREATE INDEX "TrackerDismissal_claimId_idx" ON "TrackerDismissal"("claimId");

-- CreateIndex
CREATE INDEX "Claim_unit_value_idx" ON "Claim"("unit", "value");

