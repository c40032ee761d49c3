/**
 * Headings: ATX (`# Title #`) and the setext underline (`===` / `---` under a paragraph). A heading's
 * prose is its content without the `#`s, the closing sequence and the spaces around them.
 */
import { Code } from '../char-codes';
import { isBlank } from './line-text';

/** The most `#`s an ATX heading opens with. */
const MAX_LEVEL = 6;

/** Whether an ATX heading opens at `p`: one to six `#`s, then a space or the line's end. */
export function atxHeadingAt(text: string, p: number, lineEnd: number): boolean {
  let k = p;
  while (k < lineEnd && k - p < MAX_LEVEL && text.charCodeAt(k) === Code.numberSign) k++;
  return k === lineEnd || text.charCodeAt(k) === Code.space;
}

/** Where the content of the ATX heading at `p` starts: after its `#`s and the spaces that follow. */
export function atxContentStart(text: string, p: number, lineEnd: number): number {
  let k = p;
  while (k < lineEnd && text.charCodeAt(k) === Code.numberSign) k++;
  while (k < lineEnd && text.charCodeAt(k) === Code.space) k++;
  return k;
}

/**
 * Where the content starting at `k` ends: before trailing spaces and a closing run of `#`s, which
 * counts only after a space (or as the whole content: then the heading is empty and this is `k`).
 */
export function atxContentEnd(text: string, k: number, lineEnd: number): number {
  let e = lineEnd;
  while (e > k && text.charCodeAt(e - 1) === Code.space) e--;
  if (e > k && text.charCodeAt(e - 1) === Code.numberSign) {
    let c = e;
    while (c > k && text.charCodeAt(c - 1) === Code.numberSign) c--;
    if (c === k) e = k;
    else if (text.charCodeAt(c - 1) === Code.space) {
      e = c;
      while (e > k && text.charCodeAt(e - 1) === Code.space) e--;
    }
  }
  return e;
}

/** Whether the line from `p` (a `=` or `-`) is a setext underline: that character repeated, then only spaces. */
export function setextUnderline(text: string, p: number, lineEnd: number): boolean {
  const marker = text.charCodeAt(p);
  let k = p;
  while (k < lineEnd && text.charCodeAt(k) === marker) k++;
  return isBlank(text, k, lineEnd);
}
