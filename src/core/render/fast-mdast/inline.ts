/**
 * The phrasing content of one paragraph or heading, for the part of Markdown the fast parser
 * models: text, soft and hard (trailing spaces) line breaks, code spans on one line, emphasis and
 * strong emphasis, and links with a plain inline destination and no title. Anything else a leaf
 * could hold — escapes, character references (a `&` before a letter, digit or `#`), HTML,
 * autolinks (GFM literals other than plain email addresses), images, strikethrough, footnotes,
 * titles, destinations with spaces, `&`, `<>` or parentheses, code spans over line endings —
 * throws `BAIL`, and the caller parses the part with micromark.
 *
 * The tree is micromark's, positions included (test/unit/render-fast-mdast.test.ts compares the two
 * on generated documents): delimiter runs are classified as micromark's attention tokenizer does,
 * and paired as its resolver does — closers left to right, each looking back for the nearest
 * opener, the rule of three applied to the lengths left over; a link resolves the emphasis inside
 * it when its `)` is reached, and what is left unpaired inside turns into text.
 */
import type { PhrasingContent, Text } from 'mdast';
import { classify, isAsciiAlpha, isAsciiAlphanumeric, isGfmAtext } from '../../text/micromark-chars';
import { BAIL } from './bail';
import type { Points } from './points';

const TEXT = 0; // [start, end) of source, value is the slice
const EOL = 1; // a soft line ending: value "\n"
const DELIM = 2; // `*` / `_` run (what is left of it in [start, end))
const BRACKET = 3; // `[` that may open a link
const NODE = 4; // a finished node

interface Item {
  kind: number;
  start: number;
  end: number;
  /** DELIM: the marker; BRACKET: 1 while it can still open a link. */
  marker: number;
  open: boolean;
  close: boolean;
  node: PhrasingContent | null;
}

/** More runs than this in one leaf: pairing them looks back over all (quadratic), so micromark parses it. */
const MAX_DELIMITERS = 200;

function item(kind: number, start: number, end: number, node: PhrasingContent | null = null): Item {
  return { kind, start, end, marker: 0, open: false, close: false, node };
}

/**
 * The leaf's lines: `starts[k]` is where line k's content begins (after indentation), `ends[k]`
 * where the line ends (before its line ending, trailing spaces included), `eols[k]` after its line
 * ending.
 */
export interface LeafLines {
  starts: number[];
  ends: number[];
  eols: number[];
  count: number;
  /** The leaf is in a list item (its lines after the first have a container prefix). */
  inContainer: boolean;
}

const oneLine: LeafLines = { starts: [0], ends: [0], eols: [0], count: 1, inContainer: false };

/** The phrasing content of one line's content from `start` to `end` (a heading's, a table cell's). */
export function parseLine(text: string, start: number, end: number, points: Points): PhrasingContent[] {
  oneLine.starts[0] = start;
  oneLine.ends[0] = end;
  oneLine.eols[0] = end;
  return parseInline(text, oneLine, points);
}

export function parseInline(text: string, lines: LeafLines, points: Points): PhrasingContent[] {
  const items: Item[] = [];
  let delimiters = 0;
  const last = lines.count - 1;
  const leafEnd = trimEnd(text, lines.starts[last] as number, lines.ends[last] as number);
  for (let k = 0; k <= last; k++) {
    const lineEnd = lines.ends[k] as number;
    const contentEnd = trimEnd(text, lines.starts[k] as number, lineEnd);
    let i = lines.starts[k] as number;
    let dataStart = i;
    while (i < contentEnd) {
      const c = text.charCodeAt(i);
      if (c === 42 || c === 95) {
        // `*` / `_`
        if (i > dataStart) pushText(items, dataStart, i);
        let j = i + 1;
        while (j < contentEnd && text.charCodeAt(j) === c) j++;
        // Each line's content is a chunk of its own to micromark: at its edges the neighbour is
        // "nothing" (whitespace), even where the source has a table's `|` there.
        const before = classify(i > lines.starts[k]! ? text.charCodeAt(i - 1) : -1);
        const after = classify(j < contentEnd ? text.charCodeAt(j) : -1);
        const open = !after || (after === 2 && before !== 0);
        const close = !before || (before === 2 && after !== 0);
        const run = item(DELIM, i, j);
        run.marker = c;
        run.open = c === 42 ? open : open && (before !== 0 || !close);
        run.close = c === 42 ? close : close && (after !== 0 || !open);
        items.push(run);
        if (++delimiters > MAX_DELIMITERS) throw BAIL;
        i = dataStart = j;
      } else if (c === 96) {
        // `
        if (i > dataStart) pushText(items, dataStart, i);
        i = dataStart = codeSpan(text, i, contentEnd, leafEnd, lines.inContainer, items, points);
      } else if (c === 91) {
        // [
        if (text.charCodeAt(i + 1) === 94) throw BAIL; // footnote call
        if (i > dataStart) pushText(items, dataStart, i);
        const b = item(BRACKET, i, i + 1);
        b.marker = 1;
        items.push(b);
        i = dataStart = i + 1;
      } else if (c === 93) {
        // ]
        if (i > dataStart) pushText(items, dataStart, i);
        i = dataStart = labelEnd(text, i, contentEnd, lines.inContainer && k < last, items, points);
      } else if (c === 33) {
        // ! before [ is an image
        if (text.charCodeAt(i + 1) === 91) throw BAIL;
        i++;
      } else if (c === 58) {
        // a protocol autolink literal (`http://`)
        if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) throw BAIL;
        i++;
      } else if (c === 119 || c === 87) {
        // `www.`
        if ((text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119 && text.charCodeAt(i + 3) === 46) throw BAIL;
        i++;
      } else if (c === 38) {
        // & starts a character reference only before a letter, digit or `#`; else it is text.
        const d = text.charCodeAt(i + 1);
        if (d === 35 || (d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122)) throw BAIL;
        i++;
      } else if (c === 64) {
        // @: an email address, if micromark's literal autolink takes it whole; else not modelled.
        const start = localPartStart(text, i, dataStart);
        const end = emailLiteral(text, start, i, lines.starts[k] as number, contentEnd, hasOpenLabel(items));
        if (end < 0) throw BAIL;
        if (start > dataStart) pushText(items, dataStart, start);
        const value = text.slice(start, end);
        const link: PhrasingContent = {
          type: 'link',
          title: null,
          url: `mailto:${value}`,
          children: [{ type: 'text', value, position: points.position(start, end) }],
          position: points.position(start, end),
        };
        items.push(item(NODE, start, end, link));
        i = dataStart = end;
      } else if (c < 128 && UNMODELLED[c] === 1) {
        throw BAIL;
      } else i++;
    }
    if (contentEnd > dataStart) pushText(items, dataStart, contentEnd);
    if (k < last) {
      // Two or more trailing spaces make a hard break; fewer are dropped from the text.
      if (lineEnd - contentEnd >= 2) items.push(item(NODE, contentEnd, lines.eols[k] as number, { type: 'break', position: points.position(contentEnd, lines.eols[k] as number) }));
      else items.push(item(EOL, lineEnd, lines.eols[k] as number));
    }
  }
  resolveEmphasis(text, items, 0, items.length, points);
  return toNodes(text, items, 0, items.length, points);
}

/** Characters that start something this parser does not model (the block scanner rejects tabs, CR and NUL). */
const UNMODELLED = new Uint8Array(128);
for (const ch of '\\<~') UNMODELLED[ch.charCodeAt(0)] = 1;

/** Where the local part of an address whose `@` is at `at` starts: back over GFM's atext, not before `dataStart`. */
function localPartStart(text: string, at: number, dataStart: number): number {
  let start = at;
  while (start > dataStart && isGfmAtext(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Whether a `[` before is still open: neither tried by a `]` nor part of a link. Such a label
 * stops micromark's literal autolinks (its `previousUnbalanced`); a `[` inside a link that formed
 * later does too (marker 0).
 */
function hasOpenLabel(items: Item[]): boolean {
  for (const it of items) if (it.kind === BRACKET && it.marker !== 2) return true;
  return false;
}

/**
 * The end of the email literal micromark's GFM autolink tokenizer makes around the `@` at `at`
 * (local part from `start`, see localPartStart), or -1 when it makes none or this parser cannot
 * tell: the local part must lie in the current run of text (a `_` before it was taken as a
 * delimiter run), start after neither atext nor `/` (the tokenizer's "previous" check), and no
 * label may be open. The domain: `-`, `_`, ASCII letters and digits, and dots followed by one of
 * those; at least one dot, ending in a letter. An `@` it does not take would be left to
 * mdast-util-gfm-autolink-literal's transform, not modelled here.
 */
function emailLiteral(text: string, start: number, at: number, lineStart: number, contentEnd: number, openLabel: boolean): number {
  if (openLabel) return -1;
  if (start === at) return -1;
  if (start > lineStart) {
    const before = text.charCodeAt(start - 1);
    if (before === 47 || isGfmAtext(before)) return -1;
  }
  let j = at + 1;
  let data = false;
  let dot = false;
  while (j < contentEnd) {
    const c = text.charCodeAt(j);
    if (c === 46) {
      if (!(j + 1 < contentEnd && isAsciiAlphanumeric(text.charCodeAt(j + 1)))) break; // a trailing dot
      dot = true;
    } else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) data = true;
    else break;
    j++;
  }
  return data && dot && isAsciiAlpha(text.charCodeAt(j - 1)) ? j : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return end;
}

function pushText(items: Item[], start: number, end: number): void {
  const prev = items[items.length - 1];
  if (prev && prev.kind === TEXT && prev.end === start) prev.end = end;
  else items.push(item(TEXT, start, end));
}

/**
 * A code span at the backtick run at `i`: it closes at the next run of the same length on the same
 * line; with no such run in the whole leaf the backticks are text. Returns where scanning goes on.
 */
function codeSpan(text: string, i: number, lineEnd: number, leafEnd: number, inContainer: boolean, items: Item[], points: Points): number {
  let j = i + 1;
  while (j < lineEnd && text.charCodeAt(j) === 96) j++;
  const size = j - i;
  for (let k = j; k < leafEnd; ) {
    if (text.charCodeAt(k) !== 96) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m < leafEnd && text.charCodeAt(m) === 96) m++;
    if (m - k === size) {
      if (m > lineEnd) throw BAIL; // over a line ending
      let from = j;
      let to = k;
      // One space is stripped from each side when both have one and the content is not all spaces.
      if (to - from > 2 && text.charCodeAt(from) === 32 && text.charCodeAt(to - 1) === 32 && hasNonSpace(text, from, to)) {
        from++;
        to--;
      }
      items.push(item(NODE, i, m, { type: 'inlineCode', value: text.slice(from, to), position: points.position(i, m) }));
      return m;
    }
    k = m;
  }
  // micromark's failed search over a line ending in a container leaves the text node ending after
  // the next line's container prefix, not after the line ending: not modelled.
  if (inContainer && leafEnd > lineEnd) throw BAIL;
  pushText(items, i, j);
  return j;
}

function hasBefore(text: string, code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return true;
  return false;
}

/**
 * A `]` at `i`: a link when the nearest `[` still open can open one and `(destination)` follows;
 * else the `]` is text and that `[` is one no more (no definitions: the caller rejects any `]:`).
 */
function labelEnd(text: string, i: number, contentEnd: number, moreLinesInContainer: boolean, items: Item[], points: Points): number {
  let o = items.length - 1;
  while (o >= 0 && !(items[o]!.kind === BRACKET && items[o]!.marker !== 2)) o--;
  if (o < 0) {
    pushText(items, i, i + 1);
    return i + 1;
  }
  const opener = items[o] as Item;
  // `][`: micromark tries a full reference, whose label may run over line endings; failing over
  // one in a list item, it leaves the text or break before ending after the next line's container
  // prefix (as a failed code span does, see codeSpan). Not modelled.
  if (opener.marker === 1 && text.charCodeAt(i + 1) === 91 && moreLinesInContainer && !hasBefore(text, 93, i + 2, contentEnd)) throw BAIL;
  if (opener.marker === 1 && text.charCodeAt(i + 1) === 40) {
    // ( — the destination ends on this line's content: a table cell's ends at its `|`.
    let k = i + 2;
    for (let c = text.charCodeAt(k); k < contentEnd && c > 32 && c !== 38 && c !== 40 && c !== 41 && c !== 60 && c !== 92 && c !== 127; c = text.charCodeAt(++k));
    if (k >= contentEnd || text.charCodeAt(k) !== 41) throw BAIL; // a title, spaces, parentheses, `<>`, a reference: not modelled
    const end = k + 1;
    resolveEmphasis(text, items, o + 1, items.length, points);
    const children = toNodes(text, items, o + 1, items.length, points);
    const link: PhrasingContent = { type: 'link', title: null, url: text.slice(i + 2, k), children, position: points.position(opener.start, end) };
    items.length = o;
    items.push(item(NODE, opener.start, end, link));
    // No link in a link: every `[` before this one can no longer open one.
    for (let p = 0; p < o; p++) if (items[p]!.kind === BRACKET && items[p]!.marker === 1) items[p]!.marker = 0;
    return end;
  }
  // Tried: this `[` is text from now on, and so is the `]`.
  opener.marker = 2;
  pushText(items, i, i + 1);
  return i + 1;
}

/**
 * Pairs the delimiter runs in items[lo, hi), as micromark's attention resolver does; returns where
 * the range ends after pairs were folded into nodes. As in micromark, the runs between a pair are
 * resolved once more before they become the node's children: what was used of the runs since they
 * were first looked at can change the rule of three (`**a.****[*` pairs the first `****` with the
 * last `*`, and only then the `**` with three of what is left).
 */
function resolveEmphasis(text: string, items: Item[], lo: number, hi: number, points: Points): number {
  let ci = lo;
  while (ci < hi) {
    const closer = items[ci] as Item;
    if (closer.kind !== DELIM || !closer.close) {
      ci++;
      continue;
    }
    let oi = ci - 1;
    for (; oi >= lo; oi--) {
      const opener = items[oi] as Item;
      if (opener.kind !== DELIM || !opener.open || opener.marker !== closer.marker) continue;
      const ol = opener.end - opener.start;
      const cl = closer.end - closer.start;
      if ((opener.close || closer.open) && cl % 3 && !((ol + cl) % 3)) continue;
      break;
    }
    if (oi < lo) {
      ci++;
      continue;
    }
    const opener = items[oi] as Item;
    const use = opener.end - opener.start > 1 && closer.end - closer.start > 1 ? 2 : 1;
    opener.end -= use;
    closer.start += use;
    const innerEnd = resolveEmphasis(text, items, oi + 1, ci, points);
    hi -= ci - innerEnd;
    ci = innerEnd;
    const children = toNodes(text, items, oi + 1, ci, points);
    const node: PhrasingContent = { type: use > 1 ? 'strong' : 'emphasis', children, position: points.position(opener.end, closer.start) };
    items.splice(oi + 1, ci - oi - 1, item(NODE, opener.end, closer.start, node));
    hi -= ci - oi - 2;
    ci = oi + 2;
    if (opener.end === opener.start) {
      items.splice(oi, 1);
      ci--;
      hi--;
    }
    if (closer.start === closer.end) {
      items.splice(ci, 1);
      hi--;
    }
  }
  return hi;
}

/** Nodes of items[from, to): runs of text, line endings and unpaired markers merge into one text node. */
function toNodes(text: string, items: Item[], from: number, to: number, points: Points): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let open: Text | null = null;
  let openEnd = 0;
  for (let i = from; i < to; i++) {
    const it = items[i] as Item;
    if (it.kind === NODE) {
      if (open) close(open, openEnd, points);
      open = null;
      out.push(it.node as PhrasingContent);
      continue;
    }
    if (it.start === it.end) continue;
    const value = it.kind === EOL ? '\n' : text.slice(it.start, it.end);
    if (open) open.value += value;
    else {
      open = { type: 'text', value, position: { start: points.point(it.start), end: points.point(it.start) } };
      out.push(open);
    }
    openEnd = it.end;
  }
  if (open) close(open, openEnd, points);
  return out;
}

function close(node: Text, end: number, points: Points): void {
  (node.position as { end: unknown }).end = points.point(end);
}
