/** Types for server-node-options.mjs (plain JavaScript, so the start script can run it without a build). */
export declare const DEFAULT_SERVER_HEAP_MB: number;
export declare const DEFAULT_SERVER_SEMI_SPACE_MB: number;
export function serverNodeOptions(env: Record<string, string | undefined>): string[];
