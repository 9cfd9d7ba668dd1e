import type { Metadata } from "next";
import { StatusPage } from "@/app/_components/status-page";
import { MissingRecord } from "@/app/_components/missing-record";

export const metadata: Metadata = { title: "Not found" };

/** A claim, article or speaker number that does not exist, or an unknown desk address, inside the desk's frame. */
export default function DeskNotFound() {
  return (
    <StatusPage code="404" title="Not found" links={[{ href: "/", label: "Dashboard" }, { href: "/claims", label: "All claims" }, { href: "/articles", label: "All articles" }]}>
      <MissingRecord />
    </StatusPage>
  );
}
