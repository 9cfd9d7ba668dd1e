import { db } from "@/lib/platform/db";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the start script: 200 when the database answers, 503 otherwise. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
