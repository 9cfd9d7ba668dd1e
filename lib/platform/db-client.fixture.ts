/**
 * For db-client.test.ts: one process's share of the concurrent increments, on its own connection, as an app
 * server would do them. Usage: DATABASE_URL=… START_AT=<epoch ms> tsx db-client.fixture.ts <claim id> <count>
 */
import { createDbClient } from "./db-client";

const [id, count] = process.argv.slice(2).map(Number);
const db = createDbClient();

async function main() {
  // Both processes start together (tsx takes a while to load), so their transactions overlap.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.START_AT) - Date.now())));
  for (let i = 0; i < count; i++) {
    await db.$transaction(async (tx) => {
      const { version } = await tx.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
      await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.claim.update({ where: { id }, data: { version: version + 1 } });
    });
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
