/** A comment's text with the people it mentions (`@name`, resolved when it was saved) marked. */
export function CommentBody({ body, mentions }: { body: string; mentions: { start: number; length: number }[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.start + m.length > body.length) continue;
    parts.push(body.slice(at, m.start));
    parts.push(<strong key={m.start} className="mention">{body.slice(m.start, m.start + m.length)}</strong>);
    at = m.start + m.length;
  }
  parts.push(body.slice(at));
  return <p style={{ margin: "0.2rem 0", whiteSpace: "pre-wrap" }}>{parts}</p>;
}
