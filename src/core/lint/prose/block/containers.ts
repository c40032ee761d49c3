/**
 * Containers — block quotes and list items — as micromark's document tokenizer keeps them: a stack,
 * walked at the start of every line to see how many the line continues, then whether it opens more.
 * Indentation is in columns of spaces (tabs were read as spaces before).
 */
import { isAsciiDigit } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import { hasSpaces, isBlank, spaces, spacesUpTo } from './line-text';
import type { ThematicBreaks } from './thematic-breaks';

export const enum ContainerKind {
  quote = 1,
  list = 2,
}

export interface Container {
  kind: ContainerKind;
  ordered: boolean;
  /** Bullet character, or `.` / `)` for ordered lists. */
  marker: number;
  /** Columns of the current item's content (its continuation indent). */
  size: number;
  initialBlankLine: boolean;
  furtherBlankLines: boolean;
  /** Paragraphs that are direct children of the current item (mdast trims a task check only in the first). */
  paragraphs: number;
}

/** The longest ordered-list number micromark reads (9 digits). */
const MAX_ORDINAL_DIGITS = 9;

export class Containers {
  readonly stack: Container[] = [];
  /** Filled by `itemStart` probes; copied when an item really opens. */
  private readonly probe: Container = { kind: ContainerKind.list, ordered: false, marker: 0, size: 0, initialBlankLine: false, furtherBlankLines: false, paragraphs: 0 };
  private text = '';

  // What `continueLine` found: where the line's content starts after the containers it continues, how
  // many it continues, and whether the last of those is a new item of the same list (a sibling).
  pos = 0;
  continued = 0;
  sibling = false;

  constructor(private readonly breaks: ThematicBreaks) {}

  reset(text: string): void {
    this.text = text;
    this.stack.length = 0;
  }

  /**
   * Walks the open containers over the line [lineStart, lineEnd); `last` is its last non-space
   * character. Sets `pos`, `continued` and `sibling`; updates the items' blank-line state.
   */
  continueLine(lineStart: number, lineEnd: number, last: number): void {
    const text = this.text;
    const stack = this.stack;
    let pos = lineStart;
    let continued = 0;
    let sibling = false;
    for (; continued < stack.length; continued++) {
      const c = stack[continued] as Container;
      if (c.kind === ContainerKind.quote) {
        const after = quoteMarker(text, pos, lineEnd);
        if (after < 0) break;
        pos = after;
        continue;
      }
      if (pos > last) {
        // A blank line continues an item; a second one after an item that began blank ends it later.
        c.furtherBlankLines = c.furtherBlankLines || c.initialBlankLine;
        pos = Math.min(lineEnd, pos + c.size);
        continue;
      }
      if (!c.furtherBlankLines && text.charCodeAt(pos) === Code.space && hasSpaces(text, pos, lineEnd, c.size)) {
        c.initialBlankLine = false;
        c.furtherBlankLines = false;
        pos += c.size;
        continue;
      }
      c.initialBlankLine = false;
      c.furtherBlankLines = false;
      // Not in the current item: maybe the next item of the same list.
      const sp = spacesUpTo(text, pos, lineEnd, 3);
      const content = this.itemStart(pos + sp, lineEnd, c, false, sp, c);
      if (content >= 0) {
        pos = content;
        sibling = true;
        continued++;
      }
      break;
    }
    this.pos = pos;
    this.continued = continued;
    this.sibling = sibling;
  }

  /**
   * Where the content of the line at `lineStart` starts if it continues every open container and
   * opens none (what a table's delimiter row needs); else -1. Changes nothing.
   */
  allContinue(lineStart: number, lineEnd: number): number {
    const text = this.text;
    let last = lineEnd - 1;
    while (last >= lineStart && text.charCodeAt(last) === Code.space) last--;
    let pos = lineStart;
    for (const c of this.stack) {
      if (c.kind === ContainerKind.quote) {
        pos = quoteMarker(text, pos, lineEnd);
        if (pos < 0) return -1;
        continue;
      }
      if (pos > last) return -1;
      if (!c.furtherBlankLines && hasSpaces(text, pos, lineEnd, c.size)) {
        pos += c.size;
        continue;
      }
      return -1;
    }
    const sp = spacesUpTo(text, pos, lineEnd, 3);
    const p = pos + sp;
    if (p < lineEnd && text.charCodeAt(p) === Code.greaterThan) return -1;
    if (this.itemStart(p, lineEnd, null, true, sp, this.probe) >= 0) return -1;
    return pos;
  }

  /** A list item at `p` (after `sp` spaces of indent): its content position, or -1. Leaves it in the probe. */
  probeItem(p: number, lineEnd: number, interrupt: boolean, sp: number): number {
    return this.itemStart(p, lineEnd, null, interrupt, sp, this.probe);
  }

  /** Opens the item the last successful `probeItem` found. */
  openProbedItem(): void {
    this.stack.push({ ...this.probe, paragraphs: 0 });
  }

  openQuote(): void {
    this.stack.push({ kind: ContainerKind.quote, ordered: false, marker: 0, size: 0, initialBlankLine: false, furtherBlankLines: false, paragraphs: 0 });
  }

  inQuote(): boolean {
    for (const c of this.stack) if (c.kind === ContainerKind.quote) return true;
    return false;
  }

  /** The innermost container when it is a list item, else null. */
  innermostItem(): Container | null {
    const top = this.stack.length > 0 ? (this.stack[this.stack.length - 1] as Container) : null;
    return top !== null && top.kind === ContainerKind.list ? top : null;
  }

  /**
   * A list item starting at `p` (after `sp` spaces of indent). With `existing`, only the next item of
   * that list. Fills `into` (size, marker, flags) and returns the content position, or -1.
   * `interrupt`: it would interrupt a paragraph, so it must not be empty and an ordered one must be `1`.
   */
  private itemStart(p: number, lineEnd: number, existing: Container | null, interrupt: boolean, sp: number, into: Container): number {
    const text = this.text;
    if (p >= lineEnd) return -1;
    const c = text.charCodeAt(p);
    const bullet = c === Code.asterisk || c === Code.plusSign || c === Code.dash;
    const unordered = existing ? !existing.ordered : bullet;
    let markerEnd: number;
    let marker: number;
    if (unordered) {
      if (existing ? c !== existing.marker : !bullet) return -1;
      if ((c === Code.asterisk || c === Code.dash) && this.breaks.at(p, lineEnd)) return -1;
      marker = c;
      markerEnd = p + 1;
    } else {
      if (!isAsciiDigit(c)) return -1;
      if (interrupt && c !== Code.digit1) return -1;
      let k = p;
      while (k < lineEnd && isAsciiDigit(text.charCodeAt(k)) && k - p < MAX_ORDINAL_DIGITS) k++;
      const d = k < lineEnd ? text.charCodeAt(k) : Code.eof;
      if (interrupt && k - p > 1) return -1;
      if (existing ? d !== existing.marker : !(d === Code.dot || d === Code.rightParenthesis)) return -1;
      marker = d;
      markerEnd = k + 1;
    }
    const prefix = markerEnd - p;
    if (isBlank(text, markerEnd, lineEnd)) {
      if (interrupt) return -1;
      into.size = sp + prefix + 1;
      into.initialBlankLine = true;
      into.furtherBlankLines = false;
      into.ordered = !unordered;
      into.marker = marker;
      return lineEnd;
    }
    const after = spaces(text, markerEnd, lineEnd);
    if (after === 0) return -1;
    // Five or more spaces after the marker: the content is indented code, one space in.
    const used = after <= 4 ? after : 1;
    into.size = sp + prefix + used;
    into.initialBlankLine = false;
    into.furtherBlankLines = false;
    into.ordered = !unordered;
    into.marker = marker;
    return markerEnd + used;
  }
}

/** After a block quote's `>` (up to 3 spaces before it, an optional space after) at `pos`; -1 when there is none. */
export function quoteMarker(text: string, pos: number, lineEnd: number): number {
  let p = pos;
  let sp = 0;
  while (sp < 3 && text.charCodeAt(p) === Code.space) {
    p++;
    sp++;
  }
  if (p >= lineEnd || text.charCodeAt(p) !== Code.greaterThan) return -1;
  p++;
  if (p < lineEnd && text.charCodeAt(p) === Code.space) p++;
  return p;
}

/**
 * Whether a list item whose content starts at `content` can hold a task check in its first
 * paragraph. An item starting with a blank line qualifies only if nothing, not even a space, follows
 * its marker: micromark looks for the paragraph right after a bare line ending.
 */
export function freshItem(text: string, content: number, lineEnd: number): boolean {
  return content < lineEnd || text.charCodeAt(lineEnd - 1) !== Code.space;
}
