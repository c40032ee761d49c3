import type { Point, Position } from 'unist';

/**
 * unist points for offsets of one part of a text, as micromark gives them: lines counted from the
 * part's first line, columns in UTF-16 units from 1. The block scanner records each line's start as
 * it walks; nodes ask in (mostly) increasing order, so the search starts from the last answer.
 */
export class Points {
  private readonly starts: number[] = [];
  private firstLine = 1;
  private last = 0;

  reset(firstLine: number): void {
    this.starts.length = 0;
    this.firstLine = firstLine;
    this.last = 0;
  }

  /** Records that a line starts at `offset` (lines in order). */
  line(offset: number): void {
    this.starts.push(offset);
  }

  point(offset: number): Point {
    const starts = this.starts;
    let i = this.last;
    if (starts[i] as number > offset) i = 0;
    while (i + 1 < starts.length && (starts[i + 1] as number) <= offset) i++;
    this.last = i;
    return { line: this.firstLine + i, column: offset - (starts[i] as number) + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
