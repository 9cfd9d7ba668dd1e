import { defineConfig } from "vitest/config";
import path from "node:path";

const root = import.meta.dirname;
/** With a PostgreSQL server to use (npm run test:pg), the data-layer tests run on it too, each file in its own database. */
const postgres = Boolean(process.env.TEST_POSTGRES_URL);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The marker throws outside the react-server condition; tests import server modules directly.
      "server-only": path.join(root, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "seed/**/*.test.ts", "prisma/**/*.test.ts"],
          exclude: ["lib/data/**"],
        },
      },
      {
        // Each test file gets its own copy of a SQLite database built from the real migrations (lib/data/testing/).
        extends: true,
        test: {
          name: "data",
          include: ["lib/data/**/*.test.ts"],
          globalSetup: ["lib/data/testing/global-setup.ts"],
          setupFiles: ["lib/data/testing/setup-database.ts"],
        },
      },
      ...(postgres
        ? [
            {
              extends: true,
              test: {
                name: "data-postgres",
                include: ["lib/data/**/*.test.ts"],
                globalSetup: ["lib/data/testing/global-setup-postgres.ts"],
                setupFiles: ["lib/data/testing/setup-database-postgres.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
