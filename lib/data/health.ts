/** Whether the database answers, for the health check. */
import "server-only";
import { db } from "@/lib/platform/db";

/**
 * Whether the database answers. No actor: load balancers and the start script ask before anyone signs
 * in, and the answer says nothing about the desk's contents.
 */
export async function isDatabaseUp(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
