/**
 * Autolinks in angle brackets (micromark autolink): `<scheme:…>` and `<user@example.com>`, markup
 * whole. The states below are micromark's, in its order, so a reader can follow them side by side.
 */
import { isAsciiAlpha, isAsciiAlphanumeric, isAsciiAtext, isAsciiControl } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Token } from './tokens';

/** Longest scheme after its first letter, and longest e-mail label (micromark's limits). */
const MAX_SCHEME = 32;
const MAX_LABEL = 63;

/** An autolink at the `<` at `i`; returns its end, or -1. */
export function autolink(st: InlineState, i: number): number {
  let k = i + 1;
  let c = st.at(k);
  if (c === Code.atSign) return -1;
  if (c >= 0 && isAsciiAlpha(c)) {
    k++;
    c = st.at(k);
    if (isSchemeCharacter(c)) {
      const url = schemeAndUrl(st, k);
      if (url !== -2) return url === -1 ? -1 : mark(st, i, url);
      // Not a scheme after all: an e-mail address, read again from here (scheme characters are all
      // atext, so the reading reaches where the scheme stopped, as micromark's does).
    }
  }
  const email = emailAddress(st, k);
  return email === -1 ? -1 : mark(st, i, email);
}

function mark(st: InlineState, i: number, end: number): number {
  st.tokens.push(Token.mark, i, end);
  return end;
}

function isSchemeCharacter(c: number): boolean {
  return c === Code.plusSign || c === Code.dash || c === Code.dot || (c >= 0 && isAsciiAlphanumeric(c));
}

/**
 * The rest of a scheme from its second character at `k`, `:`, then the URL to `>`: the autolink's
 * end, -1 for none, -2 when the scheme ends without `:` (then it may be an e-mail address).
 */
function schemeAndUrl(st: InlineState, k: number): number {
  let size = 1;
  for (;;) {
    const c = st.at(k);
    if (c === Code.colon) {
      k++;
      break;
    }
    if (isSchemeCharacter(c) && size++ < MAX_SCHEME) {
      k++;
      continue;
    }
    return -2;
  }
  for (;;) {
    const c = st.at(k);
    if (c === Code.greaterThan) return k + 1;
    if (c === Code.eof || c === Code.space || c === Code.lessThan || isAsciiControl(c)) return -1;
    k++;
  }
}

/** `atext+ @ label (. label)* >` from `k`; returns the end after `>`, or -1. */
function emailAddress(st: InlineState, k: number): number {
  for (;;) {
    const c = st.at(k);
    if (c === Code.atSign) {
      k++;
      break;
    }
    if (c >= 0 && isAsciiAtext(c)) {
      k++;
      continue;
    }
    return -1;
  }
  let size = 0;
  // emailAtSignOrDot: a label must start with an alphanumeric.
  for (;;) {
    let c = st.at(k);
    if (!(c >= 0 && isAsciiAlphanumeric(c))) return -1;
    // emailLabel / emailValue
    for (;;) {
      c = st.at(k);
      if (c === Code.dot) {
        k++;
        size = 0;
        break; // back to emailAtSignOrDot
      }
      if (c === Code.greaterThan) return k + 1;
      // emailValue
      let d = c;
      for (;;) {
        if ((d === Code.dash || (d >= 0 && isAsciiAlphanumeric(d))) && size++ < MAX_LABEL) {
          k++;
          if (d === Code.dash) {
            d = st.at(k);
            continue; // stay in emailValue
          }
          break; // back to emailLabel
        }
        return -1;
      }
    }
  }
}
