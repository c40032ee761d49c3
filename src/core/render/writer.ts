import type { Src } from './source';

/** A run of output and, for text, the source it came from. */
export interface Piece {
  readonly text: string;
  readonly src?: Src;
  /** Syntax the renderer added (tags, markers, prefixes), not the author's text. */
  readonly markup: boolean;
}

interface Prefix {
  readonly first: string;
  readonly rest: string;
  used: boolean;
}

/**
 * Collects the output as pieces, so a position in the output can be traced
 * back to the source (the SMS character report, where a limit is crossed).
 * Line prefixes (`> `, list markers and their indentation) are written at the
 * start of every line while they are pushed.
 */
export class Writer {
  readonly pieces: Piece[] = [];
  private readonly prefixes: Prefix[] = [];
  private lineStart = true;

  /** Whether nothing but the line prefixes would come before the next text. */
  get atLineStart(): boolean {
    return this.lineStart;
  }

  /** Author text (already escaped for the channel). */
  text(value: string, src?: Src): void {
    this.put(value, src, false);
  }

  /** Renderer syntax. */
  markup(value: string): void {
    this.put(value, undefined, true);
  }

  newline(): void {
    this.pieces.push({ text: '\n', markup: true });
    this.lineStart = true;
  }

  /** An empty line between blocks: the prefixes without their trailing spaces. */
  blankLine(): void {
    const prefix = this.prefixes.map((p) => p.rest).join('').trimEnd();
    if (prefix) this.pieces.push({ text: prefix, markup: true });
    this.newline();
  }

  pushPrefix(first: string, rest = first): void {
    this.prefixes.push({ first, rest, used: false });
  }

  /** Ends a prefix; a list item that wrote nothing still shows its marker. */
  popPrefix(): void {
    const top = this.prefixes[this.prefixes.length - 1];
    if (top && !top.used) this.put('', undefined, true, true);
    this.prefixes.pop();
  }

  toString(): string {
    // Concatenated, not mapped and joined: V8 builds the result as a rope and flattens it once,
    // with no array of every piece (an edit's render of the bench's 100 KB article: 52–69 against
    // 63–90 ms CPU, runs taken in turn).
    let out = '';
    for (const p of this.pieces) out += p.text;
    return out;
  }

  /**
   * The output as strings of whole lines, each of about `size` characters (a longer line stays
   * whole): for passes over the whole output that would otherwise make a full-length string at
   * every step. V8 keeps a string of more than 64k UTF-16 units in its large-object space, and on
   * the bench machine each one takes ~1 ms to make (~0.1 ms just below); the phone script's
   * twenty-odd replacements over a 100 KB article made one each.
   */
  chunks(size = 16_384): string[] {
    const out: string[] = [];
    let lines: string[] = [];
    let length = 0;
    for (const { text } of this.pieces) {
      lines.push(text);
      length += text.length;
      // Text pieces never hold a line break (see put): a piece that is one ends a line.
      if (length >= size && text === '\n') {
        out.push(lines.join(''));
        lines = [];
        length = 0;
      }
    }
    if (lines.length) out.push(lines.join(''));
    return out;
  }

  private put(value: string, src: Src | undefined, markup: boolean, force = false): void {
    if (!value && !force) return;
    // Text never carries a line break of its own (soft breaks are spaces by now); a value that does
    // (a sample with a newline) is split so the prefixes stay right.
    if (!value.includes('\n')) {
      this.line(value, src, markup, force);
      return;
    }
    value.split('\n').forEach((line, i) => {
      if (i > 0) this.newline();
      this.line(line, src, markup, force && i === 0);
    });
  }

  private line(line: string, src: Src | undefined, markup: boolean, force: boolean): void {
    if (!line && !force) return;
    if (this.lineStart) {
      for (const p of this.prefixes) {
        const prefix = p.used ? p.rest : p.first;
        p.used = true;
        if (prefix) this.pieces.push({ text: prefix, markup: true });
      }
      this.lineStart = false;
    }
    if (line) this.pieces.push({ text: line, src, markup });
  }
}
