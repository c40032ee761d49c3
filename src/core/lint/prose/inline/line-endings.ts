/**
 * Line endings inside a leaf and the whitespace around them (micromark's line-ending, hard-break and
 * whitespace handling in text): a soft break is prose; the spaces before it are a line suffix (not
 * prose), or with two or more a hard break (markup); the spaces after it are a line prefix.
 */
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Token } from './tokens';

/** A line ending at `i` and the line prefix after it; returns where the next line's content starts. */
export function lineEnding(st: InlineState, i: number): number {
  const hard = lineSuffix(st, i, false);
  const eolEnd = i + (st.s.charCodeAt(i) === Code.carriageReturn && st.at(i + 1) === Code.lineFeed ? 2 : 1);
  if (hard >= 0) st.tokens.end[hard] = eolEnd;
  else st.tokens.push(Token.eol, i, eolEnd);
  return linePrefix(st, eolEnd);
}

/** A hard break made of a backslash and the line ending at `i + 1`, then the line prefix. */
export function backslashBreak(st: InlineState, i: number): number {
  const c = st.s.charCodeAt(i + 1);
  const eolEnd = i + 1 + (c === Code.carriageReturn && st.at(i + 2) === Code.lineFeed ? 2 : 1);
  st.tokens.push(Token.mark, i, eolEnd);
  return linePrefix(st, eolEnd);
}

function linePrefix(st: InlineState, eolEnd: number): number {
  let k = eolEnd;
  let c = st.at(k);
  while (c === Code.space || c === Code.horizontalTab) c = st.at(++k);
  if (k > eolEnd) st.tokens.push(Token.prefix, eolEnd, k);
  return k;
}

/**
 * Trailing spaces/tabs of the data right before a line ending (or the end) are a line suffix, or a
 * hard break when two or more spaces precede a line ending. Returns the hard-break token index or -1.
 */
export function lineSuffix(st: InlineState, eol: number, atEnd: boolean): number {
  const tokens = st.tokens;
  if (tokens.n === 0) return -1;
  const t = tokens.n - 1;
  if (tokens.type[t] !== Token.data || tokens.end[t] !== eol) return -1;
  const ts = tokens.start[t] as number;
  let k = eol;
  let tabs = false;
  for (;;) {
    if (k <= ts) break;
    const c = st.s.charCodeAt(k - 1);
    if (c === Code.space) k--;
    else if (c === Code.horizontalTab) {
      tabs = true;
      k--;
    } else break;
  }
  const size = eol - k;
  if (size === 0) return -1;
  const hard = !atEnd && !tabs && size >= 2;
  if (k === ts) {
    tokens.type[t] = hard ? Token.mark : Token.prefix;
    return hard ? t : -1;
  }
  tokens.end[t] = k;
  tokens.push(hard ? Token.mark : Token.prefix, k, eol);
  return hard ? tokens.n - 1 : -1;
}
