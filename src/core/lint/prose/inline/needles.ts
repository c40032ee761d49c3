/**
 * The next occurrence of a few fixed needles in the scanned string, remembered per needle. Leaves of
 * one document are scanned in order, so one search covers the text once instead of once per leaf or
 * per opening: an unterminated `<!--` (or `<?`, `<!x`, `<![CDATA[`) searched the rest of the text
 * from every occurrence, quadratic on thousands of them.
 */

/** One slot per needle. */
export const enum Needle {
  atSign = 0, // '@'
  scheme = 1, // '://'
  www = 2, // 'w.'
  wwwUpper = 3, // 'W.'
  ampersand = 4, // '&'
  backslash = 5, // '\\'
  commentEnd = 6, // '-->'
  cdataEnd = 7, // ']]>'
  instructionEnd = 8, // '?>'
  tagEnd = 9, // '>'
}

const SLOTS = 10;

export class Needles {
  /** The string each slot was searched in ('' none yet). */
  private readonly text: string[] = new Array<string>(SLOTS).fill('');
  /** Where the search started (-1 none yet). */
  private readonly from = new Int32Array(SLOTS).fill(-1);
  /** What it found (-1 nothing up to the end). */
  private readonly found = new Int32Array(SLOTS);

  /** Forgets every search (a new document). */
  reset(): void {
    this.text.fill('');
    this.from.fill(-1);
  }

  /** Whether `needle` occurs in [from, to) of `s`. */
  contains(slot: Needle, needle: string, s: string, from: number, to: number): boolean {
    const k = this.next(slot, needle, s, from);
    return k !== -1 && k + needle.length <= to;
  }

  /** The first `needle` at or after `q` in `s`, or -1. */
  next(slot: Needle, needle: string, s: string, q: number): number {
    const found = this.found[slot] as number;
    const from = this.from[slot] as number;
    if (this.text[slot] === s && from >= 0 && from <= q && (found === -1 || found >= q)) return found;
    const k = s.indexOf(needle, q);
    this.text[slot] = s;
    this.from[slot] = q;
    this.found[slot] = k;
    return k;
  }
}
