"use client";
import { useState } from "react";
import { usePathname } from "next/navigation";

/**
 * The navigation and the signed-in user's links. On a narrow screen they fold behind a "Menu" button
 * (a disclosure: aria-expanded on the button, Escape closes it and gives the focus back to the button);
 * on a wide screen the button is hidden and the menu is always shown.
 */
export function DeskMenu({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  // Following a link closes the menu: the page under it has changed.
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  function closeOnEscape(event: React.KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    document.getElementById("desk-menu-button")?.focus();
  }
  return (
    <>
      <button
        type="button"
        id="desk-menu-button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="desk-menu"
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        <span aria-hidden="true" className="menu-icon" />
        Menu
      </button>
      <div id="desk-menu" className="desk-menu" data-open={open} onKeyDown={closeOnEscape}>
        {children}
      </div>
    </>
  );
}
