"use client";
import { usePathname } from "next/navigation";

const RECORDS: Record<string, string> = { claims: "claim", articles: "article", speakers: "speaker" };

/** Names what was not found when the address is a record's (`/claims/12`), so the reader knows which number to check. */
export function MissingRecord() {
  const pathname = usePathname() ?? "";
  const [, collection, id] = pathname.split("/");
  const kind = RECORDS[collection];
  if (kind && id && /^\d+$/.test(id)) {
    return <p>There is no {kind} #{id} on this desk. It may have been deleted, or the number in the address is wrong.</p>;
  }
  return <p>Nothing lives at this address. The link may be old, or the address mistyped.</p>;
}
