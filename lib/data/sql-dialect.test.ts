import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayOf, ignoringCase, orElse, startsWithIgnoringCase } from "./sql-dialect";
import { makeSpeaker, unique } from "./testing/fixtures";

// Each function is run on the engine of this run (SQLite, and PostgreSQL under npm run test:pg): both must agree.
const NAME = Prisma.raw(`"name"`);

describe("the SQL that differs between engines", () => {
  let label: string;
  beforeAll(async () => {
    label = unique("Dialect").replace(/\W/g, "");
    for (const name of [`b${label} zed`, `B${label} alpha`, `a${label}`, `c${label}%`]) await makeSpeaker({ name });
  });

  it("orders and matches prefixes ignoring case, with LIKE's wildcards typed taken literally", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Speaker" WHERE ${startsWithIgnoringCase(NAME, `b${label}`)} ORDER BY ${ignoringCase(NAME)}, "id"`;
    expect(rows.map((r) => r.name)).toEqual([`B${label} alpha`, `b${label} zed`]);
    const literal = await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Speaker" WHERE ${startsWithIgnoringCase(NAME, `C${label}%`)}`;
    expect(literal.map((r) => r.name)).toEqual([`c${label}%`]);
    expect(await db.$queryRaw`SELECT "name" FROM "Speaker" WHERE ${startsWithIgnoringCase(NAME, `${label}_`)}`).toEqual([]);
  });

  it("compares row values ignoring case (keyset pages of names)", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT "name" FROM "Speaker" WHERE ${startsWithIgnoringCase(NAME, `b${label}`)} AND ${ignoringCase(NAME)} > ${ignoringCase(Prisma.sql`${`b${label} b`}`)}`;
    expect(rows.map((r) => r.name)).toEqual([`b${label} zed`]);
  });

  it("gives a stored time's UTC day, and a fallback for nulls", async () => {
    const user = await db.user.create({ data: { id: unique("u").replace(/\W/g, ""), name: "Day", email: `${unique("d").replace(/\W/g, "")}@x.test`, createdAt: new Date("2025-03-04T23:59:59.999Z") } });
    const [row] = await db.$queryRaw<{ day: string; fallback: number | bigint }[]>`
      SELECT ${dayOf(Prisma.raw(`"createdAt"`))} AS day, ${orElse(Prisma.raw(`NULL`), -1)} AS fallback FROM "User" WHERE "id" = ${user.id}`;
    expect(row.day).toBe("2025-03-04");
    expect(Number(row.fallback)).toBe(-1);
  });
});
