import Link from "next/link";

/**
 * Previous/next links for a list paged by keyset: each link names the row to start from (`before`/`after`)
 * and keeps the list's other query parameters, so filters survive paging.
 */
export function Pager({
  path,
  params,
  previous,
  next,
  label = "Pages",
  words = ["← Previous", "Next →"],
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  previous: string | number | null;
  next: string | number | null;
  label?: string;
  words?: [string, string];
}) {
  if (previous === null && next === null) return null;
  const href = (key: "before" | "after", at: string | number) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== "before" && k !== "after") query.set(k, String(v));
    query.set(key, String(at));
    return `${path}?${query}`;
  };
  return (
    <nav className="pagination" aria-label={label}>
      {previous !== null && <Link href={href("before", previous)} rel="prev">{words[0]}</Link>}
      {next !== null && <Link href={href("after", next)} rel="next">{words[1]}</Link>}
    </nav>
  );
}

/** A positive whole number from a query parameter, or undefined. */
export function positiveInt(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && /^\d{1,12}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
