/**
 * Race and finishing times written on a stopwatch: "in 2:05:06", "(2:23:19)", "under 2:07:30", "clocked 1:43.21".
 * Each is one duration in seconds (the smallest unit written, as spelled-out compound spans are counted).
 * Three parts (h:mm:ss) are never a time of day in news copy; two parts are a time of day ("at 10:30"), a verse
 * ("John 3:16") or a ratio ("a 3:1 ratio") unless the seconds carry hundredths ("1:43.21"), which only a stopwatch
 * writes. Scores ("won 2-1") use hyphens and never reach here.
 */
import type { Tok } from "./tokenizer";

const TWO_DIGITS = /^[0-5]\d$/;
const SECONDS_WITH_HUNDREDTHS = /^[0-5]\d\.\d{1,3}$/;
/** After the time: a clock's marker ("10:30:00 GMT", "at 4:05:10 p.m."). */
const TIME_OF_DAY_AFTER = /^\s*(?:[ap]\.?\s?m\b|gmt\b|utc\b|local\b|[a-z]{1,2}[sd]t\b|o['’]clock)/i;
/** Before the time: a moment, not a length ("at 14:02:11", "since 09:00:00"). */
const MOMENT_BEFORE = /^(?:at|since|until|till|from|by)$/;

/** The stopwatch time starting at token i (its value in seconds and the token after it); null when none. */
export function clockDurationAt(s: string, t: Tok[], i: number): { seconds: number; to: number } | null {
  const first = t[i];
  if (first?.kind !== "num" || !/^\d{1,2}$/.test(first.text)) return null;
  // Part of a longer run of digits and colons or a date ("2024-03-01 10:30:00"), not a time of its own.
  const prev = t[i - 1];
  if (prev && first.joined && (prev.kind !== "sym" || prev.text === ":" || prev.text === "." || prev.text === "-")) return null;
  if (prev?.kind === "num" || MOMENT_BEFORE.test(prev?.lower ?? "")) return null;
  const parts: string[] = [first.text];
  let k = i + 1;
  while (parts.length < 3 && t[k]?.text === ":" && t[k].joined && t[k + 1]?.kind === "num" && t[k + 1].joined) {
    parts.push(t[k + 1].text);
    k += 2;
  }
  if (t[k]?.joined && (t[k].text === ":" || t[k].kind !== "sym")) return null;
  const end = t[k - 1].end;
  if (TIME_OF_DAY_AFTER.test(s.slice(end, end + 8))) return null;
  const last = parts.at(-1)!;
  const lastOk = TWO_DIGITS.test(last) || SECONDS_WITH_HUNDREDTHS.test(last);
  if (parts.length === 3 && TWO_DIGITS.test(parts[1]) && lastOk) {
    return { seconds: Number((Number(parts[0]) * 3600 + Number(parts[1]) * 60 + Number(last)).toPrecision(12)), to: k };
  }
  if (parts.length === 2 && SECONDS_WITH_HUNDREDTHS.test(last)) return { seconds: Number((Number(parts[0]) * 60 + Number(last)).toPrecision(12)), to: k };
  return null;
}
