/**
 * Inline HTML (micromark html-text): tags, comments, CDATA, declarations and instructions, markup
 * whole. The block scanner reads `<!-- … -->` comments out of these for directives.
 */
import { isAsciiAlpha, isAsciiAlphanumeric, isSpaceOrEol } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import { Needle } from './needles';
import type { InlineState } from './state';
import { Token } from './tokens';

/** Inline HTML at the `<` at `i`; returns its end, or -1. */
export function htmlText(st: InlineState, i: number): number {
  let k = i + 1;
  let c = st.at(k);
  if (c === Code.exclamationMark) {
    c = st.at(++k);
    if (c === Code.dash) {
      if (st.at(k + 1) !== Code.dash) return -1;
      // micromark starts in its "end" state, so `<!-->` and `<!--->` close at once.
      return htmlUntil(st, i, Needle.commentEnd, '-->', i + 2);
    }
    if (c === Code.leftSquareBracket) {
      const want = 'CDATA[';
      for (let m = 0; m < want.length; m++) if (st.at(k + 1 + m) !== want.charCodeAt(m)) return -1;
      return htmlUntil(st, i, Needle.cdataEnd, ']]>', i + 9);
    }
    if (c >= 0 && isAsciiAlpha(c)) return htmlUntil(st, i, Needle.tagEnd, '>', i + 3);
    return -1;
  }
  if (c === Code.slash) return closingTag(st, i, k + 1);
  if (c === Code.questionMark) return htmlUntil(st, i, Needle.instructionEnd, '?>', i + 2);
  if (!(c >= 0 && isAsciiAlpha(c))) return -1;
  return openingTag(st, i, k + 1);
}

/** `</name` then whitespace, from the name's first character at `k`. */
function closingTag(st: InlineState, i: number, k: number): number {
  let c = st.at(k);
  if (!(c >= 0 && isAsciiAlpha(c))) return -1;
  k = tagName(st, k + 1);
  // tagCloseBetween
  for (;;) {
    c = st.at(k);
    if (c === Code.lineFeed || c === Code.carriageReturn) k = st.skipEolAndPrefix(k);
    else if (c === Code.space || c === Code.horizontalTab) k++;
    else break;
  }
  return htmlEnd(st, i, k);
}

/** After a tag name's letters, digits and dashes from `k`. */
function tagName(st: InlineState, k: number): number {
  for (;;) {
    const c = st.at(k);
    if (c === Code.dash || (c >= 0 && isAsciiAlphanumeric(c))) k++;
    else return k;
  }
}

/** `<name attributes… >` or `/>`, from the name's second character at `k`. */
function openingTag(st: InlineState, i: number, k: number): number {
  k = tagName(st, k);
  let c = st.at(k);
  if (!(c === Code.slash || c === Code.greaterThan || isSpaceOrEol(c))) return -1;
  // tagOpenBetween and attributes
  for (;;) {
    c = st.at(k);
    if (c === Code.slash) return htmlEnd(st, i, k + 1);
    if (c === Code.colon || c === Code.underscore || (c >= 0 && isAsciiAlpha(c))) {
      k = attribute(st, k + 1);
      if (k < 0) return -1;
      continue;
    }
    if (c === Code.lineFeed || c === Code.carriageReturn) {
      k = st.skipEolAndPrefix(k);
      continue;
    }
    if (c === Code.space || c === Code.horizontalTab) {
      k++;
      continue;
    }
    return htmlEnd(st, i, k);
  }
}

/** Whitespace, line endings included, between a tag's parts. */
function tagWhitespace(st: InlineState, k: number): number {
  for (;;) {
    const c = st.at(k);
    if (c === Code.lineFeed || c === Code.carriageReturn) k = st.skipEolAndPrefix(k);
    else if (c === Code.space || c === Code.horizontalTab) k++;
    else return k;
  }
}

/** The rest of an attribute from its name's second character at `k`: where tagOpenBetween resumes, or -1. */
function attribute(st: InlineState, k: number): number {
  let c: number;
  for (;;) {
    c = st.at(k);
    if (c === Code.dash || c === Code.dot || c === Code.colon || c === Code.underscore || (c >= 0 && isAsciiAlphanumeric(c))) k++;
    else break;
  }
  k = tagWhitespace(st, k);
  if (st.at(k) !== Code.equalsTo) return k;
  k = tagWhitespace(st, k + 1);
  c = st.at(k);
  if (c === Code.eof || c === Code.lessThan || c === Code.equalsTo || c === Code.greaterThan || c === Code.graveAccent) return -1;
  if (c === Code.quotationMark || c === Code.apostrophe) {
    const marker = c;
    k++;
    for (;;) {
      c = st.at(k);
      if (c === marker) {
        k++;
        break;
      }
      if (c === Code.eof) return -1;
      if (c === Code.lineFeed || c === Code.carriageReturn) k = st.skipEolAndPrefix(k);
      else k++;
    }
    c = st.at(k);
    return c === Code.slash || c === Code.greaterThan || isSpaceOrEol(c) ? k : -1;
  }
  k++;
  for (;;) {
    c = st.at(k);
    if (c === Code.eof || c === Code.quotationMark || c === Code.apostrophe || c === Code.lessThan || c === Code.equalsTo || c === Code.graveAccent) return -1;
    if (c === Code.slash || c === Code.greaterThan || isSpaceOrEol(c)) return k;
    k++;
  }
}

function htmlEnd(st: InlineState, i: number, k: number): number {
  if (st.at(k) !== Code.greaterThan) return -1;
  st.tokens.push(Token.html, i, k + 1);
  return k + 1;
}

/*
 * Comments, CDATA, declarations and instructions end at the first `-->`, `]]>`, `>` or `?>` after their
 * opening (micromark's states amount to that: line endings inside only add line prefixes, which cannot
 * hold the marker). Found through the needle memory, so thousands of unterminated openings cost one search.
 */
function htmlUntil(st: InlineState, i: number, slot: Needle, marker: string, q: number): number {
  const k = st.needles.next(slot, marker, st.s, q);
  if (k === -1 || k + marker.length > st.to) return -1;
  st.tokens.push(Token.html, i, k + marker.length);
  return k + marker.length;
}
