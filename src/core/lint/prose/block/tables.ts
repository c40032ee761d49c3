/**
 * GFM tables (micromark-extension-gfm-table): a head row and a delimiter row with as many cells start
 * one; each row is then split into cells, each cell a prose leaf. Pipes, padding and the delimiter
 * row are not prose.
 */
import { Code } from '../char-codes';
import type { Containers } from './containers';
import { charAt, isBlank, lineEndOf } from './line-text';

/** Receives the cells of a row: the cell's extent (from its `|`) and its content's, in source offsets. */
export interface CellSink {
  cell(start: number, end: number, contentStart: number, contentEnd: number): void;
}

/**
 * Whether a table starts with the head row at `p` on the line ending at `lineEnd` (`eolEnd` after its
 * line ending): the next line must continue the same containers and be a delimiter row of as many cells.
 */
export function tableStarts(text: string, p: number, lineEnd: number, eolEnd: number, containers: Containers): boolean {
  if (!mayBeDelimiterLine(text, eolEnd)) return false;
  const size = headRowCells(text, p, lineEnd, eolEnd);
  if (size < 0) return false;
  const nextLineEnd = lineEndOf(text, eolEnd);
  const next = containers.allContinue(eolEnd, nextLineEnd);
  if (next < 0) return false;
  return delimiterRow(text, next, nextLineEnd, size);
}

/** Cheap test before the real one: the line at `lineStart`, past `>` and spaces, starts with `|`, `:` or `-`. */
function mayBeDelimiterLine(text: string, lineStart: number): boolean {
  for (let k = lineStart; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === Code.space || c === Code.greaterThan) continue;
    return c === Code.verticalBar || c === Code.colon || c === Code.dash;
  }
  return false;
}

/** Cell count of a head row at `p`, or -1 (micromark gfm-table `headRow…`). */
function headRowCells(text: string, p: number, lineEnd: number, eolEnd: number): number {
  if (eolEnd === lineEnd) return -1; // no next line
  let size = 0;
  // micromark's `sizeB`: the row's pieces (pipes and cells' data); a head row needs more than one.
  let sizeB = 0;
  let seen = false;
  let k = p;
  if (text.charCodeAt(k) !== Code.verticalBar) {
    seen = true;
    sizeB = 1;
  }
  for (;;) {
    if (k >= lineEnd) return sizeB > 1 ? size : -1;
    const c = text.charCodeAt(k);
    if (c === Code.space) {
      k++;
      continue;
    }
    sizeB++;
    if (seen) {
      seen = false;
      size++;
    }
    if (c === Code.verticalBar) {
      seen = true;
      k++;
      continue;
    }
    k = cellData(text, k, lineEnd);
  }
}

/** After a cell's data from `k`: to a `|` or space; `\|` and `\\` are escapes. */
function cellData(text: string, k: number, lineEnd: number): number {
  while (k < lineEnd) {
    const d = text.charCodeAt(k);
    if (d === Code.verticalBar || d === Code.space) break;
    k++;
    if (d === Code.backslash && k < lineEnd) {
      const e = text.charCodeAt(k);
      if (e === Code.backslash || e === Code.verticalBar) k++;
    }
  }
  return k;
}

/** Whether the delimiter row at `p` (after the line's containers) has `size` cells. */
function delimiterRow(text: string, p: number, lineEnd: number, size: number): boolean {
  let k = p;
  let sp = 0;
  while (sp < 3 && charAt(text, lineEnd, k) === Code.space) {
    k++;
    sp++;
  }
  let seen = false;
  let sizeB = 0;
  let c = charAt(text, lineEnd, k);
  if (c === Code.verticalBar) {
    seen = true;
    k++;
  } else if (c !== Code.dash && c !== Code.colon) return false;
  for (;;) {
    // A cell: spaces, an optional `:`, dashes, an optional `:`, spaces, then `|` or the end.
    while (charAt(text, lineEnd, k) === Code.space) k++;
    c = charAt(text, lineEnd, k);
    if (c === Code.eof) break;
    if (c === Code.colon) {
      sizeB++;
      seen = true;
      k++;
      if (charAt(text, lineEnd, k) !== Code.dash) return false;
    } else if (c === Code.dash) {
      sizeB++;
    } else return false;
    while (charAt(text, lineEnd, k) === Code.dash) k++;
    if (charAt(text, lineEnd, k) === Code.colon) {
      seen = true;
      k++;
    }
    while (charAt(text, lineEnd, k) === Code.space) k++;
    c = charAt(text, lineEnd, k);
    if (c === Code.verticalBar) {
      seen = true;
      k++;
      continue;
    }
    if (c === Code.eof) break;
    return false;
  }
  return seen && size === sizeB;
}

/** The cells of the row at `p`: a cell runs from its `|` (or the row's start) to the next `|`; a final `|` closes the last cell. */
export function tableRow(text: string, p: number, lineEnd: number, sink: CellSink): void {
  let cellStart = p;
  let k = p;
  if (text.charCodeAt(k) === Code.verticalBar) k++;
  let contentStart = -1;
  let contentEnd = -1;
  for (;;) {
    if (k >= lineEnd) {
      sink.cell(cellStart, lineEnd, contentStart, contentEnd);
      return;
    }
    const c = text.charCodeAt(k);
    if (c === Code.verticalBar) {
      if (isBlank(text, k + 1, lineEnd)) {
        sink.cell(cellStart, lineEnd, contentStart, contentEnd);
        return;
      }
      sink.cell(cellStart, k, contentStart, contentEnd);
      cellStart = k;
      contentStart = -1;
      contentEnd = -1;
      k++;
      continue;
    }
    if (c === Code.space) {
      k++;
      continue;
    }
    if (contentStart < 0) contentStart = k;
    k++;
    if (c === Code.backslash && k < lineEnd) {
      const d = text.charCodeAt(k);
      if (d === Code.backslash || d === Code.verticalBar) k++;
    }
    contentEnd = k;
  }
}
