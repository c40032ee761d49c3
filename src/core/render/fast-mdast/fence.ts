/**
 * Fenced code at the top level: an opening run of three or more backticks or tildes (indented up
 * to three spaces), its info string, the lines up to a closing run of the same character at least
 * as long (indented up to three spaces, then only spaces). The part must hold the closing fence: a
 * fence left open runs into the next part, which markdown-parts.ts leaves to micromark.
 */
import type { Code } from 'mdast';
import { BAIL } from './bail';
import type { Points } from './points';

/** Whether the line from `at` to `lineEnd` opens a fence (a backtick fence's info holds no backtick). */
export function opensFence(text: string, at: number, lineEnd: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 96 && c !== 126) return false;
  let k = at;
  while (k < lineEnd && text.charCodeAt(k) === c) k++;
  if (k - at < 3) return false;
  return c === 126 || text.indexOf('`', k) === -1 || text.indexOf('`', k) >= lineEnd;
}

/**
 * The code block whose opening fence starts at `at` (after `indent` spaces; the line ends at
 * `lineEnd`, the next starts at `eol`), and where the line after its closing fence starts.
 */
export function fencedCode(text: string, at: number, indent: number, lineEnd: number, eol: number, end: number, points: Points): { node: Code; next: number; closedAt: number } {
  const marker = text.charCodeAt(at);
  let k = at;
  while (k < lineEnd && text.charCodeAt(k) === marker) k++;
  const size = k - at;
  // Character references and escapes in the info string: not modelled.
  for (let i = k; i < lineEnd; i++) if (text.charCodeAt(i) === 38 || text.charCodeAt(i) === 92) throw BAIL;
  while (k < lineEnd && text.charCodeAt(k) === 32) k++;
  let langEnd = k;
  while (langEnd < lineEnd && text.charCodeAt(langEnd) !== 32) langEnd++;
  let metaStart = langEnd;
  while (metaStart < lineEnd && text.charCodeAt(metaStart) === 32) metaStart++;
  const lang = langEnd > k ? text.slice(k, langEnd) : null;
  const meta = metaStart < lineEnd ? text.slice(metaStart, lineEnd) : null;

  const lines: string[] = [];
  for (let line = eol; line < end; ) {
    points.line(line);
    let lineStop = line;
    for (; lineStop < end; lineStop++) {
      const c = text.charCodeAt(lineStop);
      if (c === 10) break;
      if (c === 9 || c === 13 || c === 0) throw BAIL;
    }
    const next = lineStop < end ? lineStop + 1 : end;
    let s = line;
    while (s < lineStop && s - line < 3 && text.charCodeAt(s) === 32) s++;
    if (isClosing(text, s, lineStop, marker, size)) {
      const node: Code = { type: 'code', lang, meta, value: lines.join('\n'), position: points.position(at, lineStop) };
      return { node, next, closedAt: lineStop };
    }
    // Up to the opening fence's indentation is removed from each line.
    let from = line;
    while (from < lineStop && from - line < indent && text.charCodeAt(from) === 32) from++;
    lines.push(text.slice(from, lineStop));
    line = next;
  }
  throw BAIL; // left open in this part
}

function isClosing(text: string, at: number, lineEnd: number, marker: number, size: number): boolean {
  let k = at;
  while (k < lineEnd && text.charCodeAt(k) === marker) k++;
  if (k - at < size) return false;
  while (k < lineEnd && text.charCodeAt(k) === 32) k++;
  return k === lineEnd;
}
