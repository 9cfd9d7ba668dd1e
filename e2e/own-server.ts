/**
 * A second Claimdesk server on the test run's database and build, started with its own settings
 * (the main one runs with AUTH_RATE_LIMIT=off and the default session limits). Stop it when done.
 */
import { startAppServer } from "../scripts/testing/app-server";

export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

export async function startOwnServer(env: Record<string, string>, port?: number): Promise<OwnServer> {
  const server = await startAppServer({ script: "serve", port, env: { AUTH_RATE_LIMIT: "on", ...env } });
  return { url: server.url, stop: server.stop };
}
