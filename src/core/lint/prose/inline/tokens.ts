/**
 * The inline scanner's tokens: what each construct found in a leaf, as parallel typed arrays that one
 * scanner reuses from leaf to leaf and document to document. No token objects: a leaf of a long reply
 * holds thousands, and the resolution passes walk them many times.
 */

/** What a token is. Only `data`, `eol`, `escape`, `reference` and `label` can be prose. */
export const enum Token {
  /** Text. */
  data = 1,
  /** A soft line ending (text). */
  eol = 2,
  /** `\x`: the `\` is markup, the `x` text. */
  escape = 3,
  /** A character reference: text, all of its source. */
  reference = 4,
  /** Line prefix or suffix whitespace: markup that does not end a text node. */
  prefix = 5,
  /** Markup that ends a text node: code span, autolink, hard break, image, task check. */
  mark = 6,
  /** Inline HTML (ends a text node; comments are collected from it). */
  html = 7,
  /** A `*` / `_` run, pending resolution. */
  attention = 8,
  /** A `~` / `~~` run, pending resolution. */
  strike = 9,
  /** `[` or `![`, pending. */
  label = 10,
  /** The `[` of a link. */
  linkOpen = 11,
  /** The `](…)` of a link. */
  linkClose = 12,
}

export const enum Flag {
  open = 1,
  close = 2,
  /** An attention or strikethrough run turned into data. */
  dead = 4,
  /** A strikethrough run used as a marker. */
  paired = 8,
  /** The label is `![`. */
  image = 16,
  /** A label start inside a link: it cannot start another link. */
  inactive = 32,
  /** A label start already tried by a `]`. */
  balanced = 64,
}

export class Tokens {
  private cap = 256;
  type = new Uint8Array(this.cap);
  flags = new Uint8Array(this.cap);
  start = new Int32Array(this.cap);
  end = new Int32Array(this.cap);
  /** Attention: characters used as a closing marker, from the left. */
  usedLeft = new Int32Array(this.cap);
  /** Attention: characters used as an opening marker, from the right. */
  usedRight = new Int32Array(this.cap);
  /** Live tokens. */
  n = 0;
  /** Token indices of the `*`/`_` and `~` runs, in order: resolution walks these, not every token. */
  runs = new Int32Array(64);
  nRuns = 0;

  reset(): void {
    this.n = 0;
    this.nRuns = 0;
  }

  push(type: Token, start: number, end: number, flags = 0): void {
    const n = this.n;
    if (n === this.cap) this.grow();
    if (type === Token.attention || type === Token.strike) {
      if (this.nRuns === this.runs.length) this.runs = enlarged(this.runs, this.nRuns * 2);
      this.runs[this.nRuns++] = n;
    }
    this.type[n] = type;
    this.start[n] = start;
    this.end[n] = end;
    this.flags[n] = flags;
    this.usedLeft[n] = 0;
    this.usedRight[n] = 0;
    this.n = n + 1;
  }

  /** Text from `start` to `end`, joined to the text token right before it when they touch. */
  pushData(start: number, end: number): void {
    const last = this.n - 1;
    if (last >= 0 && this.type[last] === Token.data && this.end[last] === start) this.end[last] = end;
    else this.push(Token.data, start, end);
  }

  /** Whether the last token is an escape ending at `i` (an escaped `` ` `` or `~` does not continue a run). */
  lastIsEscapeEndingAt(i: number): boolean {
    const last = this.n - 1;
    return last >= 0 && this.type[last] === Token.escape && this.end[last] === i;
  }

  /** Drops every token from `n` on (an image swallows what its label held). */
  truncate(n: number): void {
    this.n = n;
    while (this.nRuns > 0 && (this.runs[this.nRuns - 1] as number) >= n) this.nRuns--;
  }

  /** Characters of attention run `t` not used as markers. */
  remaining(t: number): number {
    return (this.end[t] as number) - (this.start[t] as number) - (this.usedLeft[t] as number) - (this.usedRight[t] as number);
  }

  /** Index into `runs` of the first run token at or after token `t`. */
  firstRun(t: number): number {
    let a = 0;
    let b = this.nRuns;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((this.runs[mid] as number) < t) a = mid + 1;
      else b = mid;
    }
    return a;
  }

  /** Whether token `t` is (part of) a text node once resolved. */
  isText(t: number): boolean {
    const type = this.type[t];
    if (type === Token.data || type === Token.eol || type === Token.escape || type === Token.reference || type === Token.label) return true;
    // A partly used run continues the text node if its left part is left over as data.
    if (type === Token.attention) return this.usedLeft[t] === 0 && this.remaining(t) > 0;
    if (type === Token.strike) return ((this.flags[t] as number) & Flag.paired) === 0;
    return false;
  }

  private grow(): void {
    this.cap *= 2;
    this.type = enlarged(this.type, this.cap);
    this.flags = enlarged(this.flags, this.cap);
    this.start = enlarged(this.start, this.cap);
    this.end = enlarged(this.end, this.cap);
    this.usedLeft = enlarged(this.usedLeft, this.cap);
    this.usedRight = enlarged(this.usedRight, this.cap);
  }
}

/** A copy of a typed array with room for `size` entries. */
export function enlarged<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}
