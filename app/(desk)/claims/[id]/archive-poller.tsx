"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** While a web source is being archived, refreshes the claim page every 2 s (for at most a minute) so the outcome shows when it is in. */
export function ArchivePoller({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > 60_000) clearInterval(timer);
      else router.refresh();
    }, 2000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
