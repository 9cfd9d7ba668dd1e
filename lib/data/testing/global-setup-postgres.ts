/**
 * Once per PostgreSQL test run (TEST_POSTGRES_URL): builds a template database from the PostgreSQL migrations,
 * which setup-database-postgres.ts copies for each data-layer test file, and drops it at the end.
 */
import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, newDatabaseName } from "./postgres-databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServer: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error("The data-postgres tests need TEST_POSTGRES_URL (npm run test:pg starts a throwaway server).");
  const template = newDatabaseName("template");
  await createMigratedDatabase(server, template);
  project.provide("postgresServer", server);
  project.provide("postgresTemplate", template);
  return () => dropDatabase(server, template);
}
