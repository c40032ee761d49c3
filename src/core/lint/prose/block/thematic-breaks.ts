/**
 * Thematic breaks (`***`, `- - -`, `___`): whether a line from a marker on is one. Asked for every
 * list marker of a line (`- - - … x` opens an item per `-` until the rest is a break), so the line's
 * tail is measured once per marker character: a scan to the line's end per marker was quadratic
 * (`- ` × 50k + `x`: 53 s).
 */
import { Code } from '../char-codes';

export class ThematicBreaks {
  private text = '';
  private bodyOffset = 0;
  /** Per marker (`*`, `-`, `_`): the end of the line that `tail` and `third` describe. */
  private readonly lineEnd = new Int32Array(3);
  /** Start of the line's tail made only of the marker and spaces. */
  private readonly tail = new Int32Array(3);
  /** The third-last marker in that tail, or -1. */
  private readonly third = new Int32Array(3);

  reset(text: string, bodyOffset: number): void {
    this.text = text;
    this.bodyOffset = bodyOffset;
    this.lineEnd.fill(-1);
  }

  /** Whether [p, lineEnd) is a thematic break of the marker at `p`: only that marker and spaces, three markers or more. */
  at(p: number, lineEnd: number): boolean {
    const text = this.text;
    const marker = text.charCodeAt(p);
    const slot = marker === Code.asterisk ? 0 : marker === Code.dash ? 1 : 2;
    if (this.lineEnd[slot] !== lineEnd) {
      let k = lineEnd;
      let count = 0;
      let third = -1;
      // A line starts after a line ending or at the body's start, so this stops at the line's start.
      while (k > this.bodyOffset) {
        const c = text.charCodeAt(k - 1);
        if (c === marker) {
          if (++count === 3) third = k - 1;
        } else if (c !== Code.space) break;
        k--;
      }
      this.lineEnd[slot] = lineEnd;
      this.tail[slot] = k;
      this.third[slot] = third;
    }
    return p >= (this.tail[slot] as number) && p <= (this.third[slot] as number);
  }
}
