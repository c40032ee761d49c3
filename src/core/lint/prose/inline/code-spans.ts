/**
 * Code spans (micromark code-text): a backtick run closed by the next run of the same length; all of
 * it is markup. With no closing run, the opening run is text.
 */
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Token } from './tokens';

/** Past any offset in a leaf: "no closing run found". */
const NONE = 0x7fffffff;
/** Run lengths below this share a flat array; longer ones (rare) a map, so the common reset stays a 32-entry fill. */
const SHORT = 32;

/**
 * Per backtick-run length: no closing run of that length exists at or after this offset. A leaf of
 * thousands of unclosed runs of one length then reads the rest of the leaf once, not once per run.
 */
export class CodeSpanMemo {
  private readonly short = new Int32Array(SHORT);
  private readonly long = new Map<number, number>();

  reset(): void {
    this.short.fill(NONE);
    if (this.long.size > 0) this.long.clear();
  }

  /** Whether a run of `size` opening at `from` is known to stay unclosed. */
  unclosed(size: number, from: number): boolean {
    return (size < SHORT ? (this.short[size] as number) : (this.long.get(size) ?? NONE)) <= from;
  }

  noCloseAfter(size: number, from: number): void {
    if (size < SHORT) this.short[size] = from;
    else this.long.set(size, from);
  }
}

/** A code span opening at `i`; returns its end, or the opening run's end (as text), or -1 when `i` continues a run. */
export function codeText(st: InlineState, i: number): number {
  if (st.prev(i) === Code.graveAccent && !st.tokens.lastIsEscapeEndingAt(i)) return -1;
  let j = i + 1;
  while (st.at(j) === Code.graveAccent) j++;
  const size = j - i;
  if (st.codeSpans.unclosed(size, j)) {
    st.tokens.pushData(i, j);
    return j;
  }
  const s = st.s;
  const to = st.to;
  let k = j;
  for (;;) {
    let b = k;
    while (b < to && s.charCodeAt(b) !== Code.graveAccent) b++;
    if (b >= to) break;
    let e = b + 1;
    while (st.at(e) === Code.graveAccent) e++;
    if (e - b === size) {
      st.tokens.push(Token.mark, i, e);
      return e;
    }
    k = e;
  }
  st.codeSpans.noCloseAfter(size, j);
  // No closing run: the whole opening run is data (a backtick after a backtick is never tried).
  st.tokens.pushData(i, j);
  return j;
}
