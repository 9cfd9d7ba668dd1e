import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/session";
import { assertCan } from "./authorize";
import { recordAudit } from "./audit";

/** The desk's settings and their defaults. Values are stored JSON-encoded, one row per key. */
export interface DeskSettings {
  /** a verdict is published only by an editor who did not propose it */
  twoPersonRule: boolean;
}

const DEFAULTS: DeskSettings = { twoPersonRule: true };

export async function readSettings(client: Tx | typeof db = db): Promise<DeskSettings> {
  const rows = await client.setting.findMany();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return { ...DEFAULTS, ...stored } as DeskSettings;
}

export async function getSettings(actor: Actor): Promise<DeskSettings> {
  assertCan(actor, "read");
  return readSettings();
}

/**
 * Changes one setting; the change is recorded in the history like any other. Returns false when the
 * setting already had that value (nothing is recorded then).
 */
export async function updateSetting<K extends keyof DeskSettings>(actor: Actor, key: K, value: DeskSettings[K]): Promise<boolean> {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const before = (await readSettings(tx))[key];
    if (before === value) return false;
    await tx.setting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
    await recordAudit(tx, { actor, entity: "settings", entityId: key, action: "update", before: { [key]: before }, after: { [key]: value } });
    return true;
  });
}
