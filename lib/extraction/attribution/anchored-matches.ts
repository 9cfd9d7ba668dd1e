/**
 * The matches a global scan of a pattern would find, found only near the places it must pass through: a pattern
 * opening with an optional run of words, or with a capital letter, was tried by V8 at every character of the text.
 */

/**
 * The matches `text.matchAll` gives for the pattern of `sticky` (a copy with the "y" flag, so it matches only where
 * it is tried), in order. Every match must take in a place `next` finds (the next one at or after a position, -1
 * when none), with at most `runs` runs of spaces between its start and that place (no line break among them when
 * `oneLine`). The places from there back are tried in order, each once, so the matches are the same.
 */
export function anchoredMatches(text: string, sticky: RegExp, next: (from: number) => number, runs: number, oneLine = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  let tried = 0;
  for (let at = next(0); at >= 0; at = next(Math.max(at + 1, end))) {
    const from = runsBack(text, at, runs, oneLine);
    for (let p = Math.max(from, end, tried); p <= at; p++) {
      // A scan in unicode mode never starts inside a surrogate pair.
      if (p > 0 && (text.charCodeAt(p) & 0xfc00) === 0xdc00 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        end = p + m[0].length;
        break;
      }
    }
    tried = Math.max(tried, at + 1);
  }
  return out;
}

/** The earliest position before `at` with no more than `runs` runs of spaces between it and `at` (nor a line break, when `oneLine`). */
function runsBack(text: string, at: number, runs: number, oneLine: boolean): number {
  let from = at;
  let seen = 0;
  while (from > 0) {
    const c = text[from - 1];
    if (oneLine && c === "\n") break;
    if (WHITE.test(c) && (from === at || !WHITE.test(text[from]))) {
      if (seen === runs) break;
      seen++;
    }
    from--;
  }
  return from;
}

const WHITE = /\s/;
