/** Turning collected prose ranges into a `ProseBlock`: merge, shift, cut out `{{ … }}` placeholders. */
import type { ProseBlock, ProseBlockKind, ProseSpan } from './types';

/** Prose ranges of one block, in order; `n` of them are live (the arrays are reused, never shrunk). */
export interface BlockSink {
  starts: number[];
  ends: number[];
  n: number;
}

export function newSink(): BlockSink {
  return { starts: [], ends: [], n: 0 };
}

/** Appends [s, e), merging it into the last range when they touch or overlap (input is in order). */
export function pushRange(sink: BlockSink, s: number, e: number): void {
  if (e <= s) return;
  const n = sink.n;
  if (n > 0 && (sink.ends[n - 1] as number) >= s) {
    if (e > (sink.ends[n - 1] as number)) sink.ends[n - 1] = e;
    return;
  }
  sink.starts[n] = s;
  sink.ends[n] = e;
  sink.n = n + 1;
}

/**
 * A block from the ranges in `sink` (shifted by `shift`), minus the placeholder ranges in `mustaches`
 * (flat, sorted, absolute). Null when no prose is left.
 */
export function buildBlock(
  kind: ProseBlockKind,
  start: number,
  end: number,
  sink: BlockSink,
  shift: number,
  mustaches: readonly number[],
): ProseBlock | null {
  const n = sink.n;
  if (n === 0) return null;
  const spans: ProseSpan[] = [];
  let m = mustaches.length === 0 ? 0 : firstEndingAfter(mustaches, (sink.starts[0] as number) + shift);
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    let s = (sink.starts[i] as number) + shift;
    const e = (sink.ends[i] as number) + shift;
    while (s < e) {
      while (m < mustaches.length && (mustaches[m + 1] as number) <= s) m += 2;
      const ms = m < mustaches.length ? (mustaches[m] as number) : Infinity;
      if (ms <= s) {
        s = Math.min(e, mustaches[m + 1] as number);
        continue;
      }
      const cut = Math.min(e, ms);
      if (s === lastEnd) (spans[spans.length - 1] as { end: number }).end = cut;
      else spans.push({ start: s, end: cut });
      lastEnd = cut;
      s = cut;
    }
  }
  return spans.length === 0 ? null : { kind, start, end, spans };
}

/** Index (even) of the first mustache whose end is after `offset`. */
function firstEndingAfter(flat: readonly number[], offset: number): number {
  let lo = 0;
  let hi = flat.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((flat[2 * mid + 1] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
