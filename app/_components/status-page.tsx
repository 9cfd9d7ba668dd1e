import Link from "next/link";

/** The body of the not-found and not-allowed pages: a code, a heading, what happened, and ways on. */
export function StatusPage({ code, title, children, links }: { code: string; title: string; children: React.ReactNode; links: { href: string; label: string }[] }) {
  return (
    <div className="status-page panel">
      <p className="status-code" aria-hidden="true">{code}</p>
      <h1>{title}</h1>
      {children}
      <nav aria-label="Ways on">
        <ul className="actions">
          {links.map((link, i) => (
            <li key={link.href}>
              <Link href={link.href} className={i === 0 ? "button" : "button secondary"}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
