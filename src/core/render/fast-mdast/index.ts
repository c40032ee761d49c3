/**
 * A hand-written parser for the Markdown most support replies are made of, giving the tree
 * micromark gives (mdast-util-from-markdown with the GFM the text needs), positions included, or
 * nothing when the part holds anything else; the caller then parses the part with micromark.
 *
 * Why by hand: micromark tokenizes every character through a state machine and builds an event
 * list before the tree; on the bench's 100 KB article that parse was ~55 of the ~95 ms a cold
 * render of all seven channels took (issue 5's target is 100 ms at p95). Plain paragraphs and
 * headings with emphasis, code spans and links are most of a knowledge base; they need one pass
 * over the characters and one object per node.
 *
 * Blocks modelled, at the top level: paragraphs, ATX headings, fenced code (fence.ts), GFM tables
 * (table.ts), and lists whose items hold one paragraph each (continued by indented or lazy lines;
 * blank lines between items make the list spread). A part (markdown-parts.ts) with anything else
 * at the start of a line — a nested list, a second block in an item, a quote, a fence left open,
 * indented code, a thematic break, a setext underline, HTML, a task check — or with a tab, CR,
 * NUL or `]:` (a definition could end there) anywhere, is left to micromark, as is a leaf with
 * inline content inline.ts does not model.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { BAIL } from './bail';
import { parseInline, parseLine, type LeafLines } from './inline';
import { Points } from './points';
import { fencedCode, opensFence } from './fence';
import { table } from './table';

const points = new Points();
const leaf: LeafLines = { starts: [], ends: [], eols: [], count: 0, inContainer: false };

/** The list being built: its items hold one paragraph each. */
interface OpenList {
  node: List;
  /** The item being built (set as soon as the list opens). */
  item?: ListItem;
  /** Bullet character, or `.` / `)` after an ordered item's number. */
  marker: number;
  /** Columns a line needs to continue the current item. */
  contentOffset: number;
  /** A blank line came after the current item's paragraph. */
  blank: boolean;
}

/**
 * The tree of `text.slice(start, end)` — a part that starts at a line start — with positions in
 * the whole text (`firstLine` is the line `start` is on), or undefined when it needs micromark.
 */
export function fastParse(text: string, start: number, end: number, firstLine: number): Root | undefined {
  // micromark drops a byte order mark at the very start and counts offsets without it.
  if (start === 0 && text.charCodeAt(0) === 0xfeff) return undefined;
  points.reset(firstLine);
  leaf.count = 0;
  const children: RootContent[] = [];
  let list: OpenList | null = null;
  try {
    for (let lineStart = start; ; ) {
      points.line(lineStart);
      if (lineStart >= end) break;
      let lineEnd = lineStart;
      let indent = -1;
      for (; lineEnd < end; lineEnd++) {
        const c = text.charCodeAt(lineEnd);
        if (c === 10) break;
        if (c === 9 || c === 13 || c === 0) throw BAIL;
        // `]:` may end a definition's label (markdown-parts.ts keeps such a text in one part).
        if (c === 93 && text.charCodeAt(lineEnd + 1) === 58) throw BAIL;
        if (indent < 0 && c !== 32) indent = lineEnd - lineStart;
      }
      const eol = lineEnd < end ? lineEnd + 1 : end;
      if (indent < 0) {
        // Blank: ends the paragraph; in a list, what comes next decides.
        if (list) {
          if (leaf.count > 0) closeItem(text, list);
          list.blank = true;
        } else if (leaf.count > 0) children.push(paragraph(text));
      } else {
        const at = lineStart + indent;
        // Indented four or more, a line continues a paragraph whatever it starts with.
        const kind = indent >= 4 ? TEXT : lineKind(text, at, lineEnd);
        let handled = false;
        if (list) {
          if (kind === ITEM && indent < list.contentOffset) {
            if (markerOf(text, at) !== list.marker) throw BAIL; // another kind of list
            if (leaf.count > 0) closeItem(text, list);
            if (list.blank) list.node.spread = true;
            openItem(text, list, at, lineStart, lineEnd, eol);
            handled = true;
          } else if (list.blank) {
            // After a blank line, a line indented enough would be a second block in the item.
            if (indent >= list.contentOffset) throw BAIL;
            children.push(closeList(list));
            list = null;
          } else {
            const own = indent >= list.contentOffset;
            // In the item, a line continues its paragraph unless it starts a block; so does a lazy
            // line (not indented enough) that starts nothing; a heading ends the list.
            const itemKind = own ? (indent - list.contentOffset >= 4 ? TEXT : lineKind(text, at, lineEnd)) : kind;
            if (itemKind === TEXT) {
              addLine(at, lineEnd, eol);
              handled = true;
            } else if (own || kind !== HEADING) throw BAIL;
            else {
              closeItem(text, list);
              children.push(closeList(list));
              list = null;
            }
          }
        }
        if (handled) {
          // done
        } else if (leaf.count > 0 && (kind === TEXT || (kind === ITEM && !itemInterrupts(text, at)))) {
          addLine(at, lineEnd, eol); // a paragraph goes on unless the line interrupts it
        } else {
          if (leaf.count > 0) {
            // Of what can interrupt a paragraph, only headings and fences are modelled.
            if (kind !== HEADING && kind !== FENCE) throw BAIL;
            children.push(paragraph(text));
          }
          if (indent >= 4) {
            throw BAIL; // indented code
          } else if (kind === HEADING) {
            children.push(heading(text, at, lineEnd));
          } else if (kind === TEXT) {
            const found = table(text, at, lineEnd, eol, end, points);
            if (found) {
              children.push(found.node);
              // The table's last row may be the part's last line, with no line ending.
              if (found.next >= end && text.charCodeAt(end - 1) !== 10) break;
              lineStart = found.next;
              continue;
            }
            addLine(at, lineEnd, eol);
          } else if (kind === ITEM) {
            list = openList(text, at, lineStart, lineEnd, eol);
          } else if (kind === FENCE) {
            const found = fencedCode(text, at, indent, lineEnd, eol, end, points);
            children.push(found.node);
            if (found.closedAt >= end) break; // the closing fence is the part's last line, with no line ending
            lineStart = found.next;
            continue;
          } else throw BAIL;
        }
      }
      if (eol === lineEnd) break; // the last line, with no line ending
      lineStart = eol;
    }
    if (list) {
      if (leaf.count > 0) closeItem(text, list);
      children.push(closeList(list));
    } else if (leaf.count > 0) children.push(paragraph(text));
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
  return { type: 'root', children, position: points.position(start, end) };
}

/**
 * Whether the list item whose marker starts at `at` may interrupt a paragraph: a bullet may (it is
 * never empty here), a number only when it is `1` (micromark: one digit, and that a 1).
 */
function itemInterrupts(text: string, at: number): boolean {
  return !isDigit(text.charCodeAt(at)) || (text.charCodeAt(at) === 49 && !isDigit(text.charCodeAt(at + 1)));
}

/** The bullet, or the `.` / `)` after the number, of the list item whose marker starts at `at`. */
function markerOf(text: string, at: number): number {
  let k = at;
  while (isDigit(text.charCodeAt(k))) k++;
  return text.charCodeAt(k);
}

function openList(text: string, at: number, lineStart: number, lineEnd: number, eol: number): OpenList {
  const marker = markerOf(text, at);
  const ordered = isDigit(text.charCodeAt(at));
  const node: List = { type: 'list', ordered, start: ordered ? Number.parseInt(text.slice(at, text.indexOf(String.fromCharCode(marker), at)), 10) : null, spread: false, children: [] };
  const list: OpenList = { node, marker, contentOffset: 0, blank: false };
  openItem(text, list, at, lineStart, lineEnd, eol);
  return list;
}

/** A list item whose marker starts at `at`: its first line is its paragraph's first line. */
function openItem(text: string, list: OpenList, at: number, lineStart: number, lineEnd: number, eol: number): void {
  let k = at;
  while (isDigit(text.charCodeAt(k))) k++;
  k++; // the bullet, `.` or `)`
  let content = k;
  while (content < lineEnd && text.charCodeAt(content) === 32) content++;
  // No content on the line (the item starts with a blank line), or five spaces or more (indented code).
  if (content === lineEnd || content - k > 4) throw BAIL;
  // Only a paragraph: no heading, quote, list, fence or task check opening the item.
  if (lineKind(text, content, lineEnd) !== TEXT || isTaskCheck(text, content, lineEnd)) throw BAIL;
  list.contentOffset = content - lineStart;
  list.blank = false;
  const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: { start: points.point(at), end: points.point(at) } };
  list.item = item;
  list.node.children.push(item);
  addLine(content, lineEnd, eol);
}

/** `[ ]`, `[x]`, `[X]`, or a `[` that ends the line (GFM also takes a line ending as the check's space). */
function isTaskCheck(text: string, at: number, lineEnd: number): boolean {
  if (text.charCodeAt(at) !== 91) return false;
  const c = text.charCodeAt(at + 1);
  return at + 1 === lineEnd || ((c === 32 || c === 120 || c === 88) && text.charCodeAt(at + 2) === 93);
}

function closeItem(text: string, list: OpenList): void {
  const p = paragraph(text, true);
  const item = list.item as ListItem;
  item.children.push(p);
  (item.position as Position).end = (p.position as Position).end;
}

function closeList(list: OpenList): List {
  const items = list.node.children;
  list.node.position = { start: (items[0]!.position as Position).start, end: (items[items.length - 1]!.position as Position).end };
  return list.node;
}

const TEXT = 0;
const HEADING = 1;
const OTHER = 2;
const ITEM = 3;
const FENCE = 4;

/** What a line whose first non-space character is at `at` can start. */
function lineKind(text: string, at: number, lineEnd: number): number {
  const c = text.charCodeAt(at);
  switch (c) {
    case 35: {
      // #
      let k = at + 1;
      while (k < lineEnd && text.charCodeAt(k) === 35) k++;
      return k - at <= 6 && (k === lineEnd || text.charCodeAt(k) === 32) ? HEADING : TEXT;
    }
    case 45: // -
    case 43: // +
    case 42: // *
      // A thematic break, a setext underline or a table's delimiter row (`-`), else a list item,
      // else text.
      if (onlyMarkersAndSpaces(text, at, lineEnd, c) || (c === 45 && delimiterRowLike(text, at, lineEnd))) return OTHER;
      return text.charCodeAt(at + 1) === 32 ? ITEM : TEXT;
    case 95: // _ (thematic break)
    case 61: // = (setext underline)
      return onlyMarkersAndSpaces(text, at, lineEnd, c) ? OTHER : TEXT;
    case 124: // |
    case 58: // : (a table's delimiter row)
      return delimiterRowLike(text, at, lineEnd) ? OTHER : TEXT;
    case 96: // `
    case 126: // ~ (a fence takes three or more; a backtick fence's info holds no backtick)
      if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return TEXT;
      return opensFence(text, at, lineEnd) ? FENCE : OTHER;
    case 62: // >
    case 60: // <
      return OTHER;
    default:
      if (c >= 48 && c <= 57) {
        // An ordered list item: up to nine digits, `.` or `)`, then a space or the line end.
        let k = at + 1;
        while (k < lineEnd && k - at < 10 && isDigit(text.charCodeAt(k))) k++;
        const m = text.charCodeAt(k);
        if (k - at <= 9 && (m === 46 || m === 41)) {
          if (k + 1 === lineEnd) return OTHER; // an empty item
          if (text.charCodeAt(k + 1) === 32) return ITEM;
        }
      }
      return TEXT;
  }
}

function onlyMarkersAndSpaces(text: string, at: number, lineEnd: number, marker: number): boolean {
  for (let k = at; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c !== marker && c !== 32) return false;
  }
  return true;
}

function delimiterRowLike(text: string, at: number, lineEnd: number): boolean {
  for (let k = at; k < lineEnd; k++) {
    const c = text.charCodeAt(k);
    if (c !== 124 && c !== 58 && c !== 45 && c !== 32) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function addLine(at: number, lineEnd: number, eol: number): void {
  const k = leaf.count++;
  leaf.starts[k] = at;
  leaf.ends[k] = lineEnd;
  leaf.eols[k] = eol;
}

function paragraph(text: string, inContainer = false): Paragraph {
  leaf.inContainer = inContainer;
  const children = parseInline(text, leaf, points);
  const node: Paragraph = { type: 'paragraph', children, position: points.position(leaf.starts[0] as number, leaf.ends[leaf.count - 1] as number) };
  leaf.count = 0;
  return node;
}

/** An ATX heading on the line from `at` (its first `#`) to `lineEnd`. */
function heading(text: string, at: number, lineEnd: number): Heading {
  let k = at;
  while (text.charCodeAt(k) === 35) k++;
  const depth = (k - at) as Heading['depth'];
  while (k < lineEnd && text.charCodeAt(k) === 32) k++;
  let contentEnd = lineEnd;
  while (contentEnd > k && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
  // A closing sequence: `#`s after a space (or the whole content).
  let r = contentEnd;
  while (r > k && text.charCodeAt(r - 1) === 35) r--;
  if (r < contentEnd && (r === k || text.charCodeAt(r - 1) === 32)) {
    contentEnd = r;
    while (contentEnd > k && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
  }
  const node: Heading = { type: 'heading', depth, children: [], position: points.position(at, lineEnd) };
  if (contentEnd > k) node.children = parseLine(text, k, contentEnd, points);
  return node;
}
