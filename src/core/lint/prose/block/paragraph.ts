/**
 * The paragraph being read: its lines, kept until the paragraph ends (a blank line, an interruption,
 * or a setext underline that makes it a heading), since only then is its inline content complete.
 */
import type { ProseBlockKind } from '../types';
import type { Container } from './containers';
import { Code } from '../char-codes';

export class OpenParagraph {
  /** Per line: content start (after containers; the first line after its indent), line end, end after the line ending. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly eols: number[] = [];
  lines = 0;
  /** A continuation line has container markers (`>`) before its content: the inline scan reads a copy without them. */
  flat = false;
  /** Inside a block quote (prose only when quotes are asked for). */
  excluded = false;
  kind: ProseBlockKind = 'paragraph';
  /** It may open with a task check. */
  task = false;
  /** The list item it is a direct child of, if any. */
  item: Container | null = null;

  begin(p: number, lineEnd: number, eolEnd: number, excluded: boolean, item: Container | null, task: boolean): void {
    this.excluded = excluded;
    this.item = item;
    this.kind = item ? 'list-item' : 'paragraph';
    this.task = task;
    this.flat = false;
    this.starts[0] = p;
    this.ends[0] = lineEnd;
    this.eols[0] = eolEnd;
    this.lines = 1;
  }

  /** A continuation line whose content starts at `pos` (its containers' markers from `lineStart`). */
  add(text: string, lineStart: number, pos: number, lineEnd: number, eolEnd: number): void {
    const k = this.lines++;
    this.starts[k] = pos;
    this.ends[k] = lineEnd;
    this.eols[k] = eolEnd;
    if (!this.flat) {
      for (let i = lineStart; i < pos; i++) {
        if (text.charCodeAt(i) !== Code.space) {
          this.flat = true;
          break;
        }
      }
    }
  }

  get start(): number {
    return this.starts[0] as number;
  }

  /** The end of the last line's content. */
  get end(): number {
    return this.ends[this.lines - 1] as number;
  }
}
