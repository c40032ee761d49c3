/**
 * The flow: the one leaf construct open at a time inside the innermost container — a paragraph, fenced
 * or indented code, an HTML block or a table (micromark's flow tokenizer). Given each line's content
 * after its containers, it decides whether the line continues the open construct, ends it, or starts
 * another; a leaf that holds prose goes to `Leaves` when it ends.
 */
import { Code } from '../char-codes';
import { ApproximationLog } from './approximation-log';
import type { Containers } from './containers';
import { fenceCloses, fenceOpen } from './fences';
import { atxContentEnd, atxContentStart, atxHeadingAt, setextUnderline } from './headings';
import { HtmlBlock, HtmlKind } from './html-blocks';
import type { Leaves } from './leaves';
import { isBlank, spaces } from './line-text';
import { OpenParagraph } from './paragraph';
import { tableRow, tableStarts, type CellSink } from './tables';
import type { ThematicBreaks } from './thematic-breaks';

/** The leaf construct open in the flow. */
export const enum FlowKind {
  none,
  paragraph,
  fence,
  indented,
  html,
  table,
}

/** What starts at a line's content (besides paragraphs and tables). */
const enum Start {
  none = 0,
  atxHeading = 1,
  thematicBreak = 2,
  fence = 3,
  /** Plus the HtmlKind. */
  html = 10,
}

/** Whether a non-blank line continues the open paragraph. */
export const enum Continues {
  no = 0,
  yes = 1,
  /** It is a setext underline: the paragraph becomes a heading. */
  underline = 2,
}

export class Flow implements CellSink {
  kind = FlowKind.none;
  /** A table's head row was read: the next line is its delimiter row, checked already. */
  pendingDelimiter = false;
  /** The flow belongs to a list item opened on its first line: its first paragraph may hold a task check. */
  itemFresh = false;
  readonly paragraph = new OpenParagraph();
  private readonly htmlBlock = new HtmlBlock();
  private text = '';
  private log = new ApproximationLog();
  private fenceChar = 0;
  private fenceLen = 0;
  private tableExcluded = false;

  constructor(
    private readonly containers: Containers,
    private readonly breaks: ThematicBreaks,
    private readonly leaves: Leaves,
  ) {}

  reset(text: string, log: ApproximationLog): void {
    this.text = text;
    this.log = log;
    this.htmlBlock.reset(text);
    this.kind = FlowKind.none;
    this.pendingDelimiter = false;
    this.itemFresh = false;
  }

  /** A line whose containers all continued (or were just opened), its content from `pos`. */
  continueLine(pos: number, lineStart: number, lineEnd: number, eolEnd: number): void {
    const text = this.text;
    switch (this.kind) {
      case FlowKind.fence:
        if (fenceCloses(text, pos, lineEnd, this.fenceChar, this.fenceLen)) this.kind = FlowKind.none;
        return;
      case FlowKind.html: {
        const html = this.htmlBlock;
        if (html.endsAtBlank() && isBlank(text, pos, lineEnd)) {
          this.close();
          return;
        }
        html.end = lineEnd;
        if (!html.endsAtBlank() && html.endsOnLine(pos, lineEnd)) this.close();
        return;
      }
      case FlowKind.indented:
        if (isBlank(text, pos, lineEnd)) return;
        if (spaces(text, pos, lineEnd) >= 4) return;
        this.kind = FlowKind.none;
        this.freshLine(pos, lineEnd, eolEnd, false);
        return;
      case FlowKind.table: {
        if (isBlank(text, pos, lineEnd)) {
          this.kind = FlowKind.none;
          return;
        }
        const sp = spaces(text, pos, lineEnd);
        if (sp >= 4 || this.startAt(pos + sp, lineEnd, false, false) !== Start.none) {
          this.kind = FlowKind.none;
          this.freshLine(pos, lineEnd, eolEnd, false);
          return;
        }
        tableRow(text, pos + sp, lineEnd, this);
        return;
      }
      case FlowKind.paragraph: {
        if (isBlank(text, pos, lineEnd)) {
          this.close();
          return;
        }
        const r = this.paragraphContinues(pos, lineEnd, eolEnd, false);
        if (r === Continues.yes) this.paragraph.add(text, lineStart, pos, lineEnd, eolEnd);
        else if (r === Continues.underline) this.closeParagraph(lineEnd);
        else {
          this.close();
          this.freshLine(pos, lineEnd, eolEnd, false);
        }
        return;
      }
      default:
        this.freshLine(pos, lineEnd, eolEnd, false);
    }
  }

  /**
   * A line that starts a new flow construct (nothing open), its content from `pos`. `lazy`: it left
   * some containers; `afterTable`: it ended a table.
   */
  freshLine(pos: number, lineEnd: number, eolEnd: number, lazy: boolean, afterTable = false): void {
    const text = this.text;
    if (isBlank(text, pos, lineEnd)) return;
    const sp = spaces(text, pos, lineEnd);
    // The first content of an item's flow, even on a lazy line (micromark's hook looks at the flow).
    const fresh = this.itemFresh;
    this.itemFresh = false;
    if (sp >= 4) {
      // Indented code. Started on a lazy line it ends with that line (micromark checks the laziness of
      // the line it is on before looking at the next), so it interrupts nothing after it.
      this.kind = lazy ? FlowKind.none : FlowKind.indented;
      return;
    }
    const p = pos + sp;
    const start = this.startAt(p, lineEnd, false, lazy);
    if (start !== Start.none) {
      this.open(start, pos, p, lineEnd);
      return;
    }
    // On a lazy line the unmatched containers are already closed here (nothing spans into the line),
    // so the delimiter row is checked against the remaining ones, as micromark does.
    // Right after a table (ended by this lazy line) micromark's table construct can only add a body
    // row, which a lazy line cannot be: no new table here.
    if (!afterTable && tableStarts(text, p, lineEnd, eolEnd, this.containers)) {
      this.kind = FlowKind.table;
      this.tableExcluded = this.containers.inQuote();
      this.pendingDelimiter = true;
      tableRow(text, p, lineEnd, this);
      return;
    }
    this.kind = FlowKind.paragraph;
    // A task check needs the paragraph to be the first thing in the item's flow, with no indent of its
    // own (micromark's hook looks at the flow's very first token).
    const task = fresh && sp === 0 && text.charCodeAt(p) === Code.leftSquareBracket;
    this.paragraph.begin(p, lineEnd, eolEnd, this.containers.inQuote(), this.containers.innermostItem(), task);
  }

  /** Whether a non-blank line continues the open paragraph (`lazy`: it left some containers). */
  paragraphContinues(pos: number, lineEnd: number, eolEnd: number, lazy: boolean): Continues {
    const text = this.text;
    const sp = spaces(text, pos, lineEnd);
    if (sp >= 4) return Continues.yes;
    const p = pos + sp;
    const c = text.charCodeAt(p);
    if (!lazy && (c === Code.equalsTo || c === Code.dash) && setextUnderline(text, p, lineEnd)) return Continues.underline;
    const start = this.startAt(p, lineEnd, true, lazy);
    // A complete-tag HTML block may interrupt only on a lazy line, and micromark's check for it reads
    // into the next line, which keeps the line inside the containers it was lazy for: not modelled
    // (read as the HTML block it starts). Nor is a table starting on a lazy line.
    if (start === Start.html + HtmlKind.complete) this.log.note('lazy-construct', p);
    if (start !== Start.none) return Continues.no;
    if (tableStarts(text, p, lineEnd, eolEnd, this.containers)) {
      if (lazy) this.log.note('lazy-construct', p);
      return Continues.no;
    }
    return Continues.yes;
  }

  /** Ends the open construct: a paragraph or an HTML block goes to the leaves. */
  close(): void {
    switch (this.kind) {
      case FlowKind.paragraph:
        this.closeParagraph(-1);
        break;
      case FlowKind.html:
        this.leaves.htmlBlock(this.htmlBlock.start, this.htmlBlock.end);
        break;
      default:
        break;
    }
    this.kind = FlowKind.none;
  }

  /** A table cell (CellSink): a leaf when it has content. */
  cell(start: number, end: number, contentStart: number, contentEnd: number): void {
    if (contentStart < 0) return;
    this.leaves.leaf('table-cell', start, end, contentStart, contentEnd, this.tableExcluded);
  }

  /** What starts at `p` (a heading, a break, a fence, an HTML block), or Start.none. */
  private startAt(p: number, lineEnd: number, interrupt: boolean, lazy: boolean): number {
    if (p >= lineEnd) return Start.none;
    const text = this.text;
    switch (text.charCodeAt(p)) {
      case Code.numberSign:
        return atxHeadingAt(text, p, lineEnd) ? Start.atxHeading : Start.none;
      case Code.asterisk:
      case Code.underscore:
      case Code.dash:
        return this.breaks.at(p, lineEnd) ? Start.thematicBreak : Start.none;
      case Code.graveAccent:
      case Code.tilde:
        return fenceOpen(text, p, lineEnd) > 0 ? Start.fence : Start.none;
      case Code.lessThan: {
        const kind = this.htmlBlock.startKind(p, lineEnd, interrupt, lazy);
        return kind > 0 ? Start.html + kind : Start.none;
      }
      default:
        return Start.none;
    }
  }

  /** Opens what `startAt` found at `p` (the line's content, after its indent, starting at `pos`). */
  private open(start: number, pos: number, p: number, lineEnd: number): void {
    const text = this.text;
    if (start === Start.atxHeading) {
      const k = atxContentStart(text, p, lineEnd);
      const e = atxContentEnd(text, k, lineEnd);
      if (e > k) this.leaves.leaf('heading', p, lineEnd, k, e, this.containers.inQuote());
      return;
    }
    if (start === Start.thematicBreak) return;
    if (start === Start.fence) {
      this.fenceChar = text.charCodeAt(p);
      this.fenceLen = fenceOpen(text, p, lineEnd);
      this.kind = FlowKind.fence;
      return;
    }
    const html = this.htmlBlock;
    html.open(start - Start.html, pos, lineEnd);
    this.kind = FlowKind.html;
    if (!html.endsAtBlank() && html.endsOnLine(html.searchFrom, lineEnd)) this.close();
  }

  /** Emits the open paragraph; with `underlineEnd` >= 0 it is a setext heading ending there. */
  private closeParagraph(underlineEnd: number): void {
    this.kind = FlowKind.none;
    const paragraph = this.paragraph;
    const heading = underlineEnd >= 0;
    // mdast-util-gfm-task-list-item trims after the check only in the first paragraph of a list item.
    const item = heading ? null : paragraph.item;
    const trim = item !== null && item.paragraphs === 0;
    if (item) item.paragraphs++;
    this.leaves.paragraph(heading ? 'heading' : paragraph.kind, heading ? underlineEnd : paragraph.end, paragraph, paragraph.task, trim, heading);
  }
}
