/** From the output back to the source: where a character, or the n-th unit of a message, comes from. */
import type { KbDocument } from '../kb/document';
import type { Range } from '../types';
import type { Src } from './source';
import type { Piece } from './writer';

/**
 * Source ranges of the characters of one piece, asked for in order. A
 * piece's text is its source with markup taken out (escapes, entities, soft
 * breaks), so matching each character to its next occurrence in the source,
 * from where the last one matched, finds it; a character the source does
 * not hold from there on (an entity's value, a placeholder's value) gets the
 * whole source of the piece.
 *
 * Linear in the piece and its source: the source is scanned forward until
 * the first character it does not hold; from then on an index of where each
 * character occurs answers (scanning to the end for every such character
 * was quadratic: 50,000 `&#x1F600;` as SMS took 89 s).
 */
export class PieceLocator {
  private cursor: number;
  private readonly end: number;
  /** Where each code point occurs from the first miss on, and how many of those lie behind the cursor. */
  private occurrences: Map<number, { readonly at: number[]; passed: number }> | undefined;

  constructor(
    private readonly doc: KbDocument,
    readonly piece: Piece,
  ) {
    this.cursor = piece.src?.start ?? 0;
    this.end = Math.min(piece.src?.end ?? 0, doc.text.length);
  }

  /** The range of the character (code point) starting at `index` in the piece text; indices must not decrease. */
  range(index: number): Range | undefined {
    const src = this.piece.src;
    if (!src) return undefined;
    const cp = this.piece.text.codePointAt(index)!;
    const at = this.occurrences ? this.indexed(cp) : this.scan(cp);
    if (at === undefined) return this.doc.lines.range(src.start, src.end);
    const width = cp > 0xffff ? 2 : 1;
    this.cursor = at + width;
    return this.doc.lines.range(at, at + width);
  }

  /** The next occurrence by scanning; on a miss, the index for every later call. */
  private scan(cp: number): number | undefined {
    const text = this.doc.text;
    for (let at = this.cursor; at < this.end; at++) if (text.codePointAt(at) === cp) return at;
    const occurrences = new Map<number, { at: number[]; passed: number }>();
    for (let at = this.cursor; at < this.end; at++) {
      const c = text.codePointAt(at)!;
      const entry = occurrences.get(c);
      if (entry) entry.at.push(at);
      else occurrences.set(c, { at: [at], passed: 0 });
    }
    this.occurrences = occurrences;
    return undefined;
  }

  private indexed(cp: number): number | undefined {
    const entry = this.occurrences!.get(cp);
    if (!entry) return undefined;
    // The cursor only moves forward, so each occurrence is passed once.
    while (entry.passed < entry.at.length && entry.at[entry.passed]! < this.cursor) entry.passed++;
    return entry.at[entry.passed];
  }
}

/**
 * The source of the piece where the running count (`measure` per piece)
 * passes `limit`: where a message crosses a length limit. The nearest
 * piece with a source when that one has none (markup).
 */
export function srcAtCount(pieces: readonly Piece[], limit: number, measure: (p: Piece) => number): Src | undefined {
  let count = 0;
  let lastSrc: Src | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.src) lastSrc = p.src;
    count += measure(p);
    if (count > limit) return p.src ?? lastSrc ?? pieces.slice(i).find((q) => q.src)?.src;
  }
  return undefined;
}
