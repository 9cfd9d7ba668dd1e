import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/platform/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getActor()) redirect("/");
  const { next } = await searchParams;
  return (
    <main style={{ maxWidth: 420, marginTop: "8vh" }}>
      <div className="panel">
        <h1>Sign in to Claimdesk</h1>
        <p className="muted small">Fact-claim tracking and verification for the newsroom.</p>
        <LoginForm next={next} />
      </div>
    </main>
  );
}
