/**
 * GFM autolink literals as micromark-extension-gfm-autolink-literal tokenizes them: bare e-mail
 * addresses, `www.` links and `http(s)://` links, markup whole. (What mdast-util-gfm-autolink-literal
 * adds afterwards on the text nodes is replayed in emit.ts.) None is looked for inside a label that
 * may still become a link's text, as in micromark.
 */
import { isAsciiAlpha, isAsciiAlphanumeric, isAsciiControl, isGfmAtext, isSpaceOrEol, isUnicodePunctuation, isUnicodeWhitespace } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Token } from './tokens';

/**
 * Where `trail` found no trailing punctuation from any offset in [from, stop). A `false` holds for
 * every offset the scan passed (from any of them it reaches the same stop), so it is remembered: a
 * domain or path of thousands of punctuation characters asked from each of them, quadratic.
 */
export class TrailMemo {
  from = 0;
  stop = 0;

  reset(): void {
    this.from = 0;
    this.stop = 0;
  }
}

/** Whether an e-mail literal may start after `p` (micromark `previousEmail`). */
export function previousEmail(p: number): boolean {
  return !(p === Code.slash || isGfmAtext(p));
}

/** Whether a `www.` literal may start after `p` (micromark `previousWww`). */
export function previousWww(p: number): boolean {
  return (
    p === Code.eof ||
    p === Code.leftParenthesis ||
    p === Code.asterisk ||
    p === Code.underscore ||
    p === Code.leftSquareBracket ||
    p === Code.rightSquareBracket ||
    p === Code.tilde ||
    isSpaceOrEol(p)
  );
}

/** A bare e-mail address starting at `i`; its end, or -1. */
export function emailAutolink(st: InlineState, i: number): number {
  if (!previousEmail(st.prev(i)) || st.labels.unbalanced > 0) return -1;
  let k = i;
  while (isGfmAtext(st.at(k))) k++;
  if (st.at(k) !== Code.atSign) return -1;
  k++;
  let data = false;
  let dot = false;
  for (;;) {
    const c = st.at(k);
    if (c === Code.dot) {
      if (isAsciiAlphanumeric(st.at(k + 1))) {
        dot = true;
        k++;
        continue;
      }
      break;
    }
    if (c === Code.dash || c === Code.underscore || (c >= 0 && isAsciiAlphanumeric(c))) {
      data = true;
      k++;
      continue;
    }
    break;
  }
  if (data && dot && isAsciiAlpha(st.s.charCodeAt(k - 1))) {
    st.tokens.push(Token.mark, i, k);
    return k;
  }
  return -1;
}

function isW(c: number): boolean {
  return c === Code.lowercaseW || c === Code.uppercaseW;
}

/** A `www.` literal starting at `i`; its end, or -1. */
export function wwwAutolink(st: InlineState, i: number): number {
  if (!previousWww(st.prev(i)) || st.labels.unbalanced > 0) return -1;
  if (!isW(st.at(i + 1)) || !isW(st.at(i + 2)) || st.at(i + 3) !== Code.dot || i + 4 >= st.to) return -1;
  const d = domain(st, i);
  if (d < 0) return -1;
  const e = path(st, d);
  st.tokens.push(Token.mark, i, e);
  return e;
}

/** An `http://` or `https://` literal starting at `i`; its end, or -1. */
export function protocolAutolink(st: InlineState, i: number): number {
  if (isAsciiAlpha(st.prev(i)) || st.labels.unbalanced > 0) return -1;
  let k = i;
  while (k - i < 5 && isAsciiAlpha(st.at(k))) k++;
  if (st.at(k) !== Code.colon) return -1;
  const protocol = st.s.slice(i, k).toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return -1;
  k++;
  if (st.at(k) !== Code.slash || st.at(k + 1) !== Code.slash) return -1;
  k += 2;
  const c = st.at(k);
  if (c === Code.eof || isAsciiControl(c) || isSpaceOrEol(c) || isUnicodeWhitespace(c) || isUnicodePunctuation(c)) return -1;
  const d = domain(st, k);
  if (d < 0) return -1;
  const e = path(st, d);
  st.tokens.push(Token.mark, i, e);
  return e;
}

/** A domain from `k`: its end, or -1 (nothing, or an underscore in one of its last two labels). */
function domain(st: InlineState, k: number): number {
  let underscoreInLast = false;
  let underscoreInLastLast = false;
  let seen = false;
  for (;;) {
    const c = st.at(k);
    if (c === Code.dot || c === Code.underscore) {
      if (trail(st, k)) break;
      if (c === Code.underscore) underscoreInLast = true;
      else {
        underscoreInLastLast = underscoreInLast;
        underscoreInLast = false;
      }
      k++;
      continue;
    }
    if (c === Code.eof || isSpaceOrEol(c) || isUnicodeWhitespace(c) || (c !== Code.dash && isUnicodePunctuation(c))) break;
    seen = true;
    k++;
  }
  if (underscoreInLastLast || underscoreInLast || !seen) return -1;
  return k;
}

/** The path from `k` to whitespace or trailing punctuation (balanced parentheses are kept); its end. */
function path(st: InlineState, k: number): number {
  let sizeOpen = 0;
  let sizeClose = 0;
  for (;;) {
    const c = st.at(k);
    if (c === Code.leftParenthesis) {
      sizeOpen++;
      k++;
      continue;
    }
    if (c === Code.rightParenthesis && sizeClose < sizeOpen) {
      sizeClose++;
      k++;
      continue;
    }
    if (mayTrail(c) || c === Code.lessThan || c === Code.rightSquareBracket) {
      if (trail(st, k)) return k;
      if (c === Code.rightParenthesis) sizeClose++;
      k++;
      continue;
    }
    if (c === Code.eof || isSpaceOrEol(c) || isUnicodeWhitespace(c)) return k;
    k++;
  }
}

/** Punctuation that may end a literal's path or domain without belonging to it (`&` begins a reference). */
function mayTrail(c: number): boolean {
  return (
    c === Code.exclamationMark ||
    c === Code.quotationMark ||
    c === Code.ampersand ||
    c === Code.apostrophe ||
    c === Code.rightParenthesis ||
    c === Code.asterisk ||
    c === Code.comma ||
    c === Code.dot ||
    c === Code.colon ||
    c === Code.semicolon ||
    c === Code.questionMark ||
    c === Code.underscore ||
    c === Code.tilde
  );
}

/** Whether [start, …) is trailing punctuation up to whitespace, `<` or the end (see TrailMemo). */
function trail(st: InlineState, start: number): boolean {
  const memo = st.trail;
  if (start >= memo.from && start < memo.stop) return false;
  const k = trailEnd(st, start);
  if (k >= 0) return true;
  memo.from = start;
  memo.stop = -k - 1;
  return false;
}

/** The scan behind `trail`: >= 0 (where it ended) when it is trailing punctuation, else -1 - where it stopped. */
function trailEnd(st: InlineState, k: number): number {
  for (;;) {
    let c = st.at(k);
    if (c !== Code.ampersand && mayTrail(c)) {
      k++;
      continue;
    }
    if (c === Code.ampersand) {
      // A character reference's name and `;` trail together.
      k++;
      if (!isAsciiAlpha(st.at(k))) return -1 - k;
      while (isAsciiAlpha(st.at(k))) k++;
      if (st.at(k) !== Code.semicolon) return -1 - k;
      k++;
      continue;
    }
    if (c === Code.rightSquareBracket) {
      k++;
      c = st.at(k);
      if (c === Code.eof || c === Code.leftParenthesis || c === Code.leftSquareBracket || isSpaceOrEol(c) || isUnicodeWhitespace(c)) return k;
      continue;
    }
    return c === Code.lessThan || c === Code.eof || isSpaceOrEol(c) || isUnicodeWhitespace(c) ? k : -1 - k;
  }
}
