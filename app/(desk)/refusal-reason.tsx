"use client";
import { usePathname } from "next/navigation";
import { refusalSentence } from "@/lib/access/restricted-pages";

export function RefusalReason() {
  return <p><strong>{refusalSentence(usePathname() ?? "")}</strong></p>;
}
