/**
 * GFM tables at the top level: a header row, a delimiter row with as many cells, then body rows up
 * to a blank line. Cells are split at every `|` (GFM splits inside code spans too; an escaped `\|`
 * makes the inline parser bail), their content trimmed and parsed as one line of phrasing. A row
 * runs from its first character to the end of its line; a cell from its leading `|` (or its first
 * character) to the next `|`, the last one to the end of the row.
 */
import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import { BAIL } from './bail';
import { parseLine } from './inline';
import type { Points } from './points';

const bounds: number[] = [];

/**
 * The alignments of a delimiter row from `at` (its first non-space character) to `lineEnd`, or
 * undefined when it is not one: cells of `-`s with optional colons, at least one `|` or colon.
 */
export function delimiterRow(text: string, at: number, lineEnd: number): AlignType[] | undefined {
  const align: AlignType[] = [];
  let k = at;
  let pipes = 0;
  let colons = 0;
  if (text.charCodeAt(k) === 124) {
    pipes++;
    k++;
  }
  for (;;) {
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    if (k === lineEnd) break;
    let left = false;
    let right = false;
    if (text.charCodeAt(k) === 58) {
      left = true;
      colons++;
      k++;
    }
    const dashes = k;
    while (k < lineEnd && text.charCodeAt(k) === 45) k++;
    if (k === dashes) return undefined;
    if (k < lineEnd && text.charCodeAt(k) === 58) {
      right = true;
      colons++;
      k++;
    }
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
    while (k < lineEnd && text.charCodeAt(k) === 32) k++;
    if (k === lineEnd) break;
    if (text.charCodeAt(k) !== 124) return undefined;
    pipes++;
    k++;
  }
  return align.length > 0 && pipes + colons > 0 ? align : undefined;
}

/** The cells of the row from `at` to `lineEnd`: their boundaries into `bounds` (each cell: start, content start, content end). */
function splitRow(text: string, at: number, lineEnd: number): number {
  bounds.length = 0;
  let rowEnd = lineEnd;
  while (rowEnd > at && text.charCodeAt(rowEnd - 1) === 32) rowEnd--;
  // A trailing pipe closes the last cell instead of opening one.
  const last = rowEnd > at + 1 && text.charCodeAt(rowEnd - 1) === 124 ? rowEnd - 1 : rowEnd;
  let start = at;
  let k = text.charCodeAt(at) === 124 ? at + 1 : at;
  for (;;) {
    let contentStart = k;
    while (contentStart < last && text.charCodeAt(contentStart) === 32) contentStart++;
    let next = contentStart;
    while (next < last && text.charCodeAt(next) !== 124) next++;
    let contentEnd = next;
    while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    bounds.push(start, contentStart, contentEnd);
    if (next >= last) break;
    start = next;
    k = next + 1;
  }
  return bounds.length / 3;
}

/**
 * The table whose header row runs from `at` to `lineEnd` (the next line starts at `eol`), or
 * undefined when the next line is no delimiter row; with where the line after its last row starts.
 */
export function table(
  text: string,
  at: number,
  lineEnd: number,
  eol: number,
  end: number,
  points: Points,
): { node: Table; next: number } | undefined {
  if (eol >= end) return undefined;
  const delimiterEnd = lineEndAt(text, eol, end);
  let d = eol;
  while (d < delimiterEnd && text.charCodeAt(d) === 32) d++;
  // Indented code, or a list item (`- | -` is one: containers come first).
  if (d - eol > 3 || (text.charCodeAt(d) === 45 && text.charCodeAt(d + 1) === 32)) return undefined;
  const align = delimiterRow(text, d, delimiterEnd);
  if (!align) return undefined;
  checkLine(text, d, delimiterEnd);
  const headerCells = splitRow(text, at, lineEnd);
  if (headerCells !== align.length) throw BAIL; // a paragraph, and a delimiter-like line in it
  const rows: TableRow[] = [row(text, at, lineEnd, points)];
  points.line(eol);
  let next = delimiterEnd < end ? delimiterEnd + 1 : end;
  let lastEnd = delimiterEnd; // with no body rows, the table ends with its delimiter row
  while (next < end) {
    const rowLineEnd = lineEndAt(text, next, end);
    let r = next;
    while (r < rowLineEnd && text.charCodeAt(r) === 32) r++;
    if (r === rowLineEnd) break; // a blank line ends the table
    // Another block, or an indented line: not modelled.
    if (r - next > 3 || !plainRowStart(text.charCodeAt(r))) throw BAIL;
    checkLine(text, r, rowLineEnd);
    points.line(next);
    rows.push(row(text, r, rowLineEnd, points));
    lastEnd = rowLineEnd;
    next = rowLineEnd < end ? rowLineEnd + 1 : end;
  }
  const node: Table = { type: 'table', align, children: rows, position: points.position(at, lastEnd) };
  return { node, next };
}

/** Characters that cannot start another block at the start of a table row line. */
function plainRowStart(c: number): boolean {
  return c !== 35 && c !== 62 && c !== 45 && c !== 43 && c !== 42 && c !== 95 && c !== 61 && c !== 60 && c !== 96 && c !== 126 && c !== 58 && !(c >= 48 && c <= 57);
}

/** Tabs, CR and NUL make the fast parser bail (the block scanner checks the lines it reads itself). */
function checkLine(text: string, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 9 || c === 13 || c === 0) throw BAIL;
  }
}

function lineEndAt(text: string, from: number, end: number): number {
  const k = text.indexOf('\n', from);
  return k === -1 || k > end ? end : k;
}

function row(text: string, at: number, lineEnd: number, points: Points): TableRow {
  const count = splitRow(text, at, lineEnd);
  const cells: TableCell[] = [];
  for (let i = 0; i < count; i++) {
    const start = bounds[3 * i] as number;
    const contentStart = bounds[3 * i + 1] as number;
    const contentEnd = bounds[3 * i + 2] as number;
    const cellEnd = i + 1 < count ? (bounds[3 * i + 3] as number) : lineEnd;
    const node: TableCell = { type: 'tableCell', children: [], position: points.position(start, cellEnd) };
    if (contentEnd > contentStart) node.children = parseLine(text, contentStart, contentEnd, points);
    cells.push(node);
  }
  return { type: 'tableRow', children: cells, position: points.position(at, lineEnd) };
}
