/**
 * Every match of the global expression `re` in `s`, the ones `s.matchAll(re)` yields, read at once with the expression
 * itself. `matchAll` copies the expression on every call, a cost paid per sentence for expressions that mostly find
 * nothing; and as all matches are collected before the caller reads any, nothing it calls can disturb the expression.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (by a whole surrogate pair under the u flag).
    if (!m[0]) re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
