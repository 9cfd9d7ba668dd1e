import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { insertRows, lockForWriting, selectWhereIn, storedDateTime } from "./bulk-insert";
import { unique } from "./testing/fixtures";

const COLUMNS = ["name", "normalizedName", "kind", "description", "createdAt", "updatedAt"] as const;

describe("insertRows", () => {
  it("inserts more rows than one statement carries and returns their ids in row order", async () => {
    const label = unique("bulk");
    const now = storedDateTime(new Date());
    const rows = Array.from({ length: 2_500 }, (_, i) => [`${label} ${i}`, `${label} ${i}`.toLowerCase(), "person", i % 2 ? null : "even", now, now]);
    const ids = await db.$transaction(async (tx) => {
      await lockForWriting(tx);
      return insertRows(tx, "Speaker", COLUMNS, rows);
    });
    expect(ids).toHaveLength(2_500);
    const stored = await db.speaker.findMany({ where: { id: { in: [ids[0], ids[1], ids[2_499]] } }, orderBy: { id: "asc" } });
    expect(stored.map((s) => s.name)).toEqual([`${label} 0`, `${label} 1`, `${label} 2499`]);
    expect(stored[1].description).toBeNull();
    expect(stored[0].createdAt.toISOString()).toBe(now.replace("+00:00", "Z"));
  });

  it("writes nothing when the transaction fails after it", async () => {
    const label = unique("rolled back");
    await expect(
      db.$transaction(async (tx) => {
        await insertRows(tx, "Speaker", COLUMNS, [[label, label.toLowerCase(), "person", null, storedDateTime(new Date()), storedDateTime(new Date())]]);
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await db.speaker.count({ where: { name: label } })).toBe(0);
  });
});

describe("selectWhereIn", () => {
  it("reads the rows whose column is in the list, and nothing for an empty list", async () => {
    const a = await db.speaker.create({ data: { name: unique("In A"), normalizedName: unique("in a"), kind: "person" } });
    await db.speaker.create({ data: { name: unique("In B"), normalizedName: unique("in b"), kind: "person" } });
    const rows = await selectWhereIn<{ id: number | bigint }>(db, `SELECT "id" FROM "Speaker"`, "normalizedName", [a.normalizedName, "no such name"]);
    expect(rows.map((r) => Number(r.id))).toEqual([a.id]);
    expect(await selectWhereIn(db, `SELECT "id" FROM "Speaker"`, "normalizedName", [])).toEqual([]);
  });
});
