/**
 * Links and images (micromark label-start-link, label-start-image, label-end): a `]` followed by an
 * inline resource `(…)` closes the nearest open `[` or `![`. A link's text stays prose and its
 * destination and title do not; an image is markup whole, alt text included. Reference links are
 * not modelled (the block scanner hands any document with `]:` to micromark), so a `]` without a
 * resource closes nothing.
 */
import { isAsciiControl, isSpaceOrEol } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import { MAX_SEQUENCES, resolveInside } from './emphasis';
import type { InlineState } from './state';
import { Flag, Token } from './tokens';

/** The open label starts of a leaf, innermost last. */
export class LabelStack {
  /** Token indices of label starts; the first `size` are live. */
  private readonly starts: number[] = [];
  size = 0;
  /** Label starts not yet closed or balanced: literal autolinks are not looked for inside a possible link text. */
  unbalanced = 0;

  reset(): void {
    this.size = 0;
    this.unbalanced = 0;
  }

  push(token: number): void {
    this.starts[this.size++] = token;
    this.unbalanced++;
  }

  top(): number {
    return this.starts[this.size - 1] as number;
  }

  at(k: number): number {
    return this.starts[k] as number;
  }
}

/** `![` at `i`. */
export function labelStartImage(st: InlineState, i: number): number {
  if (st.at(i + 1) !== Code.leftSquareBracket) return -1;
  st.tokens.push(Token.label, i, i + 2, Flag.image);
  st.labels.push(st.tokens.n - 1);
  return i + 2;
}

/** `[` at `i`. */
export function labelStart(st: InlineState, i: number): number {
  st.tokens.push(Token.label, i, i + 1);
  st.labels.push(st.tokens.n - 1);
  return i + 1;
}

/** `]` at `i`: closes a link or image when a resource follows; -1 (text) otherwise. */
export function labelEnd(st: InlineState, i: number): number {
  const labels = st.labels;
  const tokens = st.tokens;
  while (labels.size > 0 && (tokens.flags[labels.top()] as number) & Flag.balanced) labels.size--;
  if (labels.size === 0) return -1;
  const open = labels.top();
  if ((tokens.flags[open] as number) & Flag.inactive) {
    tokens.flags[open] = (tokens.flags[open] as number) | Flag.balanced;
    labels.unbalanced--;
    return -1;
  }
  const end = st.at(i + 1) === Code.leftParenthesis ? resource(st, i + 1) : -1;
  if (end < 0) {
    tokens.flags[open] = (tokens.flags[open] as number) | Flag.balanced;
    labels.unbalanced--;
    return -1;
  }
  labels.size--;
  labels.unbalanced--;
  if ((tokens.flags[open] as number) & Flag.image) {
    // The whole image is excluded; what was inside is gone (its delimiters cannot pair outside).
    tokens.type[open] = Token.mark;
    tokens.end[open] = end;
    tokens.flags[open] = 0;
    tokens.truncate(open + 1);
    return end;
  }
  // Past the limit the leaf's emphasis is plain text: resolving it here too would cost the square of it.
  if (st.sequences <= MAX_SEQUENCES) resolveInside(st, open + 1, tokens.n);
  tokens.type[open] = Token.linkOpen;
  tokens.push(Token.linkClose, i, end);
  // Label starts before a link cannot form links any more. Below an inactive link start everything
  // is inactive already (or an image start), so the walk stops there.
  for (let k = labels.size - 1; k >= 0; k--) {
    const t = labels.at(k);
    const f = tokens.flags[t] as number;
    if (f & Flag.image) continue;
    if (f & Flag.inactive) break;
    tokens.flags[t] = f | Flag.inactive;
  }
  return end;
}

/** Whitespace in a resource: spaces, tabs, line endings. */
function skipResourceWhitespace(st: InlineState, k: number): number {
  for (;;) {
    const c = st.at(k);
    if (c === Code.space || c === Code.horizontalTab) k++;
    else if (c === Code.lineFeed || c === Code.carriageReturn) k = st.skipEolAndPrefix(k);
    else return k;
  }
}

/** `(destination "title")` starting at the `(` at `q`; returns its end or -1. */
function resource(st: InlineState, q: number): number {
  let k = skipResourceWhitespace(st, q + 1);
  let c = st.at(k);
  if (c === Code.rightParenthesis) return k + 1;
  if (c === Code.lessThan) {
    k = enclosedDestination(st, k + 1);
    if (k < 0) return -1;
  } else {
    k = rawDestination(st, k);
    if (k < 0) return -1;
  }
  c = st.at(k);
  if (c === Code.space || c === Code.horizontalTab || c === Code.lineFeed || c === Code.carriageReturn) {
    k = skipResourceWhitespace(st, k);
    c = st.at(k);
    if (c === Code.quotationMark || c === Code.apostrophe || c === Code.leftParenthesis) {
      k = title(st, k);
      if (k < 0) return -1;
      k = skipResourceWhitespace(st, k);
      c = st.at(k);
    }
  }
  return c === Code.rightParenthesis ? k + 1 : -1;
}

/** `<…>` from after its `<`; returns the end or -1. */
function enclosedDestination(st: InlineState, k: number): number {
  for (;;) {
    const c = st.at(k);
    if (c === Code.greaterThan) return k + 1;
    if (c === Code.eof || c === Code.lessThan || c === Code.lineFeed || c === Code.carriageReturn) return -1;
    if (c === Code.backslash) {
      const d = st.at(k + 1);
      k += d === Code.lessThan || d === Code.greaterThan || d === Code.backslash ? 2 : 1;
    } else k++;
  }
}

/** micromark's `linkResourceDestinationBalanceMax`: deeper parentheses in a raw destination are text. */
const MAX_DESTINATION_PARENS = 32;

/** A destination without `<>`: balanced parentheses, no spaces or controls. */
function rawDestination(st: InlineState, k: number): number {
  let c = st.at(k);
  if (c === Code.eof || c === Code.space || c === Code.rightParenthesis || isAsciiControl(c)) return -1;
  let balance = 0;
  for (;;) {
    c = st.at(k);
    if (balance === 0 && (c === Code.eof || c === Code.rightParenthesis || isSpaceOrEol(c))) return k;
    if (balance < MAX_DESTINATION_PARENS && c === Code.leftParenthesis) {
      balance++;
      k++;
    } else if (c === Code.rightParenthesis) {
      balance--;
      k++;
    } else if (c === Code.eof || c === Code.space || c === Code.leftParenthesis || isAsciiControl(c)) {
      return -1;
    } else if (c === Code.backslash) {
      const d = st.at(k + 1);
      k += d === Code.leftParenthesis || d === Code.rightParenthesis || d === Code.backslash ? 2 : 1;
    } else k++;
  }
}

/** `"…"`, `'…'` or `(…)` at `k`; returns its end or -1. */
function title(st: InlineState, k: number): number {
  const open = st.at(k);
  const marker = open === Code.leftParenthesis ? Code.rightParenthesis : open;
  k++;
  for (;;) {
    const c = st.at(k);
    if (c === marker) return k + 1;
    if (c === Code.eof) return -1;
    if (c === Code.lineFeed || c === Code.carriageReturn) k = st.skipEolAndPrefix(k);
    else if (c === Code.backslash) {
      const d = st.at(k + 1);
      k += d === marker || d === Code.backslash ? 2 : 1;
    } else k++;
  }
}
