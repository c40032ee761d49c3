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
 * whole source of the piece. Linear in the piece and its source; no
 * allocation but the ranges.
 */
export class PieceLocator {
  private cursor: number;
  private readonly end: number;

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
    const width = cp > 0xffff ? 2 : 1;
    const text = this.doc.text;
    for (let at = this.cursor; at < this.end; at++) {
      if (text.codePointAt(at) === cp) {
        this.cursor = at + width;
        return this.doc.lines.range(at, at + width);
      }
    }
    return this.doc.lines.range(src.start, src.end);
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
