"use client";
import { useId, useState } from "react";

/**
 * A form that opens on demand: a real button with `aria-expanded`, and content that stays mounted while
 * hidden, so closing it never loses what was typed. Enter or Space on the button opens and closes it.
 */
export function Disclosure({ label, openLabel, children, defaultOpen = false }: { label: string; openLabel?: string; children: React.ReactNode; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className="disclosure">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? (openLabel ?? `Close: ${label.toLowerCase()}`) : label}
      </button>
      <div id={id} hidden={!open} style={{ marginTop: "0.75rem" }}>
        {children}
      </div>
    </div>
  );
}
