/** The desk's settings (two-person rule, publishing) read and changed by admins. */
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/session";
import { assertCan } from "@/lib/access/authorize";
import { recordAudit } from "./audit";

/** The desk's settings and their defaults. Values are stored JSON-encoded, one row per key. */
export interface DeskSettings {
  /** a verdict is published only by an editor who did not propose it */
  twoPersonRule: boolean;
  /** the newsroom named as the author of published fact-checks (ClaimReview); empty until set */
  organizationName: string;
  /** the newsroom's web address; empty when not set */
  organizationUrl: string;
  /** published verdicts get a public page at /f/<slug>, readable without signing in */
  publishingEnabled: boolean;
}

const DEFAULTS: DeskSettings = { twoPersonRule: true, organizationName: "", organizationUrl: "", publishingEnabled: false };

export async function readSettings(client: Tx | typeof db = db): Promise<DeskSettings> {
  // Pages read the settings on every view (the claim page, the reports): a plain statement, not an ORM query.
  const rows = await client.$queryRaw<{ key: string; value: string }[]>`SELECT "key", "value" FROM "Setting"`;
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
  return (await updateSettings(actor, { [key]: value } as Partial<DeskSettings>)).length > 0;
}

/**
 * Changes several settings at once, all or none; each changed one gets its own history entry, like
 * `updateSetting`. Returns the keys that changed.
 */
export async function updateSettings(actor: Actor, values: Partial<DeskSettings>): Promise<(keyof DeskSettings)[]> {
  assertCan(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const current = await readSettings(tx);
    const changed: (keyof DeskSettings)[] = [];
    for (const key of Object.keys(values) as (keyof DeskSettings)[]) {
      const [before, value] = [current[key], values[key]];
      if (value === undefined || before === value) continue;
      const json = JSON.stringify(value);
      await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
      await recordAudit(tx, { actor, entity: "settings", entityId: key, action: "update", before: { [key]: before }, after: { [key]: value } });
      changed.push(key);
    }
    return changed;
  });
}
