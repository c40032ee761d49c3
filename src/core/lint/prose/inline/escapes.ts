/**
 * Backslash escapes and character references (micromark character-escape, character-reference):
 * an escaped character is prose and its backslash is not; a reference is prose in full, as its source
 * (rules read the text as written). Their decoded values matter only to the autolink-literal
 * transform (see emit.ts).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { isAsciiAlphanumeric, isAsciiDigit, isAsciiHexDigit, isAsciiPunctuation } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import { backslashBreak } from './line-endings';
import type { InlineState } from './state';
import { Token } from './tokens';

/** `\` at `i`: a hard break before a line ending, an escape before ASCII punctuation, else -1 (data). */
export function backslash(st: InlineState, i: number): number {
  const c = st.at(i + 1);
  if (c === Code.lineFeed || c === Code.carriageReturn) return backslashBreak(st, i);
  if (c >= 0 && isAsciiPunctuation(c)) {
    st.tokens.push(Token.escape, i, i + 2);
    return i + 2;
  }
  return -1;
}

/** `&name;`, `&#123;` or `&#x1F;` at `i` (a name only if HTML knows it); -1 when none. */
export function characterReference(st: InlineState, i: number): number {
  let k = i + 1;
  let c = st.at(k);
  let max: number;
  let test: (code: number) => boolean;
  let named = false;
  if (c === Code.numberSign) {
    c = st.at(++k);
    if (c === Code.lowercaseX || c === Code.uppercaseX) {
      c = st.at(++k);
      max = 6;
      test = isAsciiHexDigit;
    } else {
      max = 7;
      test = isAsciiDigit;
    }
  } else {
    max = 31;
    test = isAsciiAlphanumeric;
    named = true;
  }
  const valueStart = k;
  let size = 0;
  for (;;) {
    if (c === Code.semicolon && size > 0) {
      if (named && !decodeNamedCharacterReference(st.s.slice(valueStart, k))) return -1;
      st.tokens.push(Token.reference, i, k + 1);
      return k + 1;
    }
    if (c >= 0 && test(c) && size++ < max) {
      c = st.at(++k);
      continue;
    }
    return -1;
  }
}
