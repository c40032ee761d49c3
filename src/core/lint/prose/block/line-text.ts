/**
 * Reading one line of the (tab-free) source: spaces, blanks, the character at an offset. Every block
 * unit works on offsets into the source with the line's end as bound; none reads past it.
 */
import { Code } from '../char-codes';

/** Character code at `k`, or Code.eof at `end` and after. */
export function charAt(text: string, end: number, k: number): number {
  return k < end ? text.charCodeAt(k) : Code.eof;
}

/** Spaces at `p`, counting no further than `max`. */
export function spacesUpTo(text: string, p: number, lineEnd: number, max: number): number {
  let k = p;
  while (k < lineEnd && k - p < max && text.charCodeAt(k) === Code.space) k++;
  return k - p;
}

export function spaces(text: string, p: number, lineEnd: number): number {
  let k = p;
  while (k < lineEnd && text.charCodeAt(k) === Code.space) k++;
  return k - p;
}

/** At least `n` spaces at `p` (counts no further than `n`). */
export function hasSpaces(text: string, p: number, lineEnd: number, n: number): boolean {
  if (p + n > lineEnd) return false;
  for (let k = p; k < p + n; k++) if (text.charCodeAt(k) !== Code.space) return false;
  return true;
}

export function isBlank(text: string, p: number, lineEnd: number): boolean {
  for (let k = p; k < lineEnd; k++) if (text.charCodeAt(k) !== Code.space) return false;
  return true;
}

/** The end of the line starting at `lineStart` (before its CR or LF). */
export function lineEndOf(text: string, lineStart: number): number {
  let k = lineStart;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === Code.lineFeed || c === Code.carriageReturn) break;
    k++;
  }
  return k;
}

/** Whether `needle` (starting with `<`) occurs in [from, to): a bounded scan, never past `to`. */
export function hasTag(text: string, needle: string, from: number, to: number): boolean {
  for (let k = from; k + needle.length <= to; k++) {
    if (text.charCodeAt(k) === Code.lessThan && text.startsWith(needle, k)) return true;
  }
  return false;
}
