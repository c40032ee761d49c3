/**
 * Fenced code (``` ``` ``` or `~~~`): none of it is prose; the scanner only needs where it opens and
 * closes. Indented code needs no unit of its own (four spaces open it, a less indented line ends it).
 */
import { Code } from '../char-codes';
import { isBlank, spaces } from './line-text';

/** The fewest fence characters that open a fence. */
const MIN_FENCE = 3;

/** Length of the opening fence at `p`, or 0. A backtick fence's info string may hold no backtick. */
export function fenceOpen(text: string, p: number, lineEnd: number): number {
  const marker = text.charCodeAt(p);
  let k = p;
  while (k < lineEnd && text.charCodeAt(k) === marker) k++;
  const size = k - p;
  if (size < MIN_FENCE) return 0;
  if (marker === Code.graveAccent) {
    const b = text.indexOf('`', k);
    if (b !== -1 && b < lineEnd) return 0;
  }
  return size;
}

/** Whether the line from `pos` closes a fence of `size` × `marker`: at most 3 spaces, as many markers or more, then only spaces. */
export function fenceCloses(text: string, pos: number, lineEnd: number, marker: number, size: number): boolean {
  const sp = spaces(text, pos, lineEnd);
  if (sp > 3) return false;
  let k = pos + sp;
  let run = 0;
  while (k < lineEnd && text.charCodeAt(k) === marker) {
    k++;
    run++;
  }
  return run >= size && isBlank(text, k, lineEnd);
}
