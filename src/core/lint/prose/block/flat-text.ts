/**
 * A paragraph's lines as one string without the container markers between them (`> ` of a quote):
 * the inline scanner reads constructs across lines, and must not see those markers. Offsets found in
 * the copy are mapped back to the source.
 */
import { pushRange, type BlockSink } from '../spans';
import type { OpenParagraph } from './paragraph';

export class FlatText {
  /** Per segment (one per line): flat start, source start, length. */
  private readonly map: number[] = [];

  /** The paragraph's content, its lines joined with their line endings and nothing else between. */
  build(text: string, paragraph: OpenParagraph): string {
    const map = this.map;
    map.length = 0;
    const last = paragraph.lines - 1;
    let flat = '';
    for (let k = 0; k <= last; k++) {
      const s0 = paragraph.starts[k] as number;
      const s1 = k < last ? (paragraph.eols[k] as number) : (paragraph.ends[k] as number);
      map.push(flat.length, s0, s1 - s0);
      flat += text.slice(s0, s1);
    }
    return flat;
  }

  /** The source offset of flat offset `offset`. */
  toSource(offset: number): number {
    const map = this.map;
    const k = this.segment(offset);
    return (map[k + 1] as number) + (offset - (map[k] as number));
  }

  /** Flat range [start, end) into `sink` as source ranges, one per segment it touches. */
  pushRange(sink: BlockSink, start: number, end: number): void {
    const map = this.map;
    for (let k = this.segment(start); k < map.length; k += 3) {
      const fs = map[k] as number;
      const ss = map[k + 1] as number;
      const fl = map[k + 2] as number;
      if (fs + fl <= start) continue;
      if (fs >= end) break;
      const a = Math.max(start, fs);
      const b = Math.min(end, fs + fl);
      pushRange(sink, ss + (a - fs), ss + (b - fs));
    }
  }

  /** Index (a multiple of 3) of the segment holding flat offset `offset` (the last one past the end). */
  private segment(offset: number): number {
    const map = this.map;
    // Binary search: a walk from the first segment per range was lines × ranges on a long quote.
    let lo = 0;
    let hi = map.length / 3 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((map[mid * 3] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo * 3;
  }
}
