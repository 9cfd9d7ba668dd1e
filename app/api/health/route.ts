import { isDatabaseUp } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the start script: 200 when the database answers, 503 otherwise. */
export async function GET() {
  if (await isDatabaseUp()) return Response.json({ status: "ok" });
  return Response.json({ status: "unavailable" }, { status: 503 });
}
