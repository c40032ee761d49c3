/**
 * Inline scanner: the prose ranges of one paragraph, heading or table cell, exactly as micromark +
 * mdast would give them (see `from-mdast.ts` for the definition).
 *
 * It follows micromark's text tokenizer construct by construct (same attempt order, same `previous`
 * checks, same resolution of emphasis, strikethrough and links, same GFM autolink literals, then the
 * mdast-util-gfm-autolink-literal transform on the resulting text nodes), but only records what the
 * linter needs: which characters are prose, and where text nodes begin and end. No tree, no events, no
 * per-character allocation: tokens live in reused typed arrays.
 *
 * Link reference definitions are not modelled (the block scanner falls back when a document might
 * contain one), so a `]` only closes a link when an inline resource `(…)` follows.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { transformAutolinkLiterals } from './autolink-transform';
import type { InexactKind } from './types';
import {
  classify,
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isAsciiAtext,
  isAsciiControl,
  isAsciiDigit,
  isAsciiHexDigit,
  isAsciiPunctuation,
  isGfmAtext,
  isSpaceOrEol,
  isUnicodePunctuation,
  isUnicodeWhitespace,
} from '../../text/micromark-chars';

// Token types.
const T_DATA = 1; // text
const T_EOL = 2; // soft line ending (text)
const T_ESC = 3; // `\x`: the `\` is markup, the `x` text
const T_REF = 4; // character reference (text, all of it)
const T_PREFIX = 5; // line prefix / line suffix whitespace: markup that does not end a text node
const T_MARK = 6; // markup that ends a text node: code span, autolink, hard break, image, task check
const T_HTML = 7; // inline HTML (ends a text node; comments are collected from it)
const T_ATTN = 8; // `*` / `_` run, pending resolution
const T_STRIKE = 9; // `~` / `~~` run, pending resolution
const T_LABEL = 10; // `[` or `![`, pending
const T_LINK_OPEN = 11; // `[` of a link
const T_LINK_CLOSE = 12; // `](…)` of a link

// Flags.
const F_OPEN = 1;
const F_CLOSE = 2;
const F_DEAD = 4; // attention/strikethrough run turned into data
const F_PAIRED = 8; // strikethrough run used as a marker
const F_IMAGE = 16; // label is `![`
const F_INACTIVE = 32; // label start inside a link: cannot start another link
const F_BALANCED = 64; // label start already tried by a `]`

/** What the scan of one leaf produced (coordinates of the scanned string). */
export interface InlineResult {
  /**
   * Why the ranges are not exactly mdast's ('' when they are), and where (scanned-string offset): the
   * scan always completes, with a simpler reading past a limit or for a construct it does not model.
   */
  inexact: InexactKind | '';
  inexactAt: number;
  /** End of a task-list check `[ ]` at the start, or -1. */
  taskEnd: number;
  /**
   * After a task check, mdast drops the first character of the first text node and moves the
   * paragraph start one past it, unless that node is left empty. The dropped character's offset, or -1.
   */
  taskHead: number;
}

// ---------------------------------------------------------------------------------------------
// Reused state.

let cap = 256;
let tType = new Uint8Array(cap);
let tFlags = new Uint8Array(cap);
let tStart = new Int32Array(cap);
let tEnd = new Int32Array(cap);
let tUsedL = new Int32Array(cap); // attention: characters used as a closing marker, from the left
let tUsedR = new Int32Array(cap); // attention: characters used as an opening marker, from the right
let n = 0;

let s = '';
let from = 0;
let to = 0;
const labelStack: number[] = [];
let labels = 0; // live entries of labelStack
let unbalanced = 0;
let firstResolver = 0; // T_ATTN or T_STRIKE: which resolveAll micromark runs first
let sequences = 0;
/** Per backtick-run length (< 32): no closing run of that length exists at or after this offset. */
const codeFail = new Int32Array(32);
/** The same for longer runs (rare: kept apart so that the common reset stays a 32-entry fill). */
const codeFailLong = new Map<number, number>();
/** Token indices of the `*`/`_` and `~` runs, in order: resolution walks these, not every token. */
let runs = new Int32Array(64);
let nRuns = 0;
/** `trail` found no trailing punctuation end from any offset in [trailFrom, trailStop). */
let trailFrom = 0;
let trailStop = 0;
let result: InlineResult = { inexact: '', inexactAt: -1, taskEnd: -1, taskHead: -1 };

// Trigger table for ASCII: 1 core construct, 2 email start, 4 `h`/`H`, 8 `w`/`W`.
const TRIGGER = new Uint8Array(128);
for (const ch of '\n\r!&*<[\\]_`~') TRIGGER[ch.charCodeAt(0)] |= 1;
for (let c = 0; c < 128; c++) if (isGfmAtext(c)) TRIGGER[c] |= 2;
TRIGGER[104] |= 4;
TRIGGER[72] |= 4;
TRIGGER[119] |= 8;
TRIGGER[87] |= 8;
let mask = 1;

/**
 * Emphasis and strikethrough runs per leaf past which its emphasis is read as plain text (inexact:
 * `scanProse` then asks micromark, when the document is small enough). Pairing a closing run looks
 * back over the open ones, and each pair re-resolves what it encloses: up to 400² steps per leaf,
 * and a leaf holds at least 400 characters, so at most ~400 steps per character. Past it the cost
 * grew with the square of the runs: 50k runs in one paragraph never finished.
 */
export const MAX_SEQUENCES = 400;

function push(type: number, start: number, end: number, flags = 0): void {
  if (n === cap) grow();
  if (type === T_ATTN || type === T_STRIKE) {
    if (nRuns === runs.length) runs = enlarged(runs, nRuns * 2);
    runs[nRuns++] = n;
  }
  tType[n] = type;
  tStart[n] = start;
  tEnd[n] = end;
  tFlags[n] = flags;
  tUsedL[n] = 0;
  tUsedR[n] = 0;
  n++;
}

function grow(): void {
  cap *= 2;
  tType = enlarged(tType, cap);
  tFlags = enlarged(tFlags, cap);
  tStart = enlarged(tStart, cap);
  tEnd = enlarged(tEnd, cap);
  tUsedL = enlarged(tUsedL, cap);
  tUsedR = enlarged(tUsedR, cap);
}

/** A copy of a typed scratch array with room for `size` entries. */
function enlarged<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function pushData(start: number, end: number): void {
  if (n > 0 && tType[n - 1] === T_DATA && tEnd[n - 1] === start) tEnd[n - 1] = end;
  else push(T_DATA, start, end);
}

/** Character code at `i`, or -1 at the end of the content. */
function at(i: number): number {
  return i < to ? s.charCodeAt(i) : -1;
}

/** micromark's `self.previous` for a construct starting at `i`. */
function prev(i: number): number {
  return i > from ? s.charCodeAt(i - 1) : -1;
}

function lastIsEscapeEndingAt(i: number): boolean {
  return n > 0 && tType[n - 1] === T_ESC && tEnd[n - 1] === i;
}

/** After a line ending at `i` (CR, LF or CRLF) and the following spaces/tabs. */
function skipEolAndPrefix(i: number): number {
  let k = i + (s.charCodeAt(i) === 13 && at(i + 1) === 10 ? 2 : 1);
  let c = at(k);
  while (c === 32 || c === 9) c = at(++k);
  return k;
}

// ---------------------------------------------------------------------------------------------
// Entry point.

/**
 * Tokenize and resolve `str[start, end)`. `taskAllowed`: the content is the first thing in a list
 * item's flow, so a leading `[ ]` / `[x]` is a task check; `taskTrim`: the paragraph ends up as the
 * item's first paragraph, where mdast also drops the character after the check.
 */
export function scanInline(str: string, start: number, end: number, taskAllowed: boolean, taskTrim: boolean, out: InlineResult): void {
  s = str;
  from = start;
  to = end;
  n = 0;
  nRuns = 0;
  labels = 0;
  unbalanced = 0;
  firstResolver = 0;
  sequences = 0;
  codeFail.fill(0x7fffffff);
  if (codeFailLong.size > 0) codeFailLong.clear();
  trailFrom = 0;
  trailStop = 0;
  result = out;
  result.inexact = '';
  result.inexactAt = -1;
  result.taskEnd = -1;
  result.taskHead = -1;

  // Literal autolinks need `@`, `://` or `www.`: skip their attempts when the content has none.
  mask = 1;
  if (contains(0, '@')) mask |= 2;
  if (contains(1, '://')) mask |= 4;
  if (contains(2, 'w.') || contains(3, 'W.')) mask |= 8;

  let i = from;
  if (taskAllowed && at(i) === 91) {
    const k = taskCheck(i);
    // Not modelled: read as no check.
    if (k === -2) inexact('task-check', i);
    if (k > 0) {
      push(T_MARK, i, k);
      result.taskEnd = k;
      i = k;
    }
  }
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c < 128 && (TRIGGER[c] as number) & mask) {
      const k = attempt(i, c);
      if (k > i) {
        i = k;
        continue;
      }
    }
    // Data: this character, and every following one that cannot start a construct.
    let j = i + 1;
    while (j < to) {
      const d = s.charCodeAt(j);
      if (d < 128 && (TRIGGER[d] as number) & mask && mayStart(j, d)) break;
      j++;
    }
    pushData(i, j);
    i = j;
  }
  lineSuffix(to, true);
  if (sequences > MAX_SEQUENCES) {
    // Every run stays text (unpaired runs are text anyway).
    inexact('emphasis', from);
  } else if (firstResolver === T_STRIKE) {
    strikePass(0, n);
    attentionPass(0, n);
  } else {
    attentionPass(0, n);
    strikePass(0, n);
  }

  if (result.taskEnd >= 0 && taskTrim) {
    // mdast-util-gfm-task-list-item drops the first character of the first text node (the space or tab
    // micromark requires after the check, or the line ending) and moves the paragraph start past it,
    // unless that empties the node; a hard break right after the check leaves everything as is.
    let t = 1;
    while (t < n && tType[t] === T_PREFIX) t++;
    const type = t < n ? tType[t] : 0;
    if (type === T_DATA || type === T_EOL) {
      const first = tStart[t] as number;
      tStart[t] = first + 1;
      let empty = (tEnd[t] as number) <= first + 1;
      if (empty) {
        tType[t] = T_PREFIX;
        tStart[t] = first;
        let u = t + 1;
        while (u < n && tType[u] === T_PREFIX) u++;
        empty = !(u < n && isTextToken(u));
      }
      if (!empty) result.taskHead = first;
    } else if (type !== T_MARK) {
      inexact('task-check', from);
    }
  }
}

/** Records the first reason the result is not exactly mdast's. */
function inexact(kind: InexactKind, at: number): void {
  if (result.inexact === '') {
    result.inexact = kind;
    result.inexactAt = at;
  }
}

function isTextToken(t: number): boolean {
  const type = tType[t];
  if (type === T_DATA || type === T_EOL || type === T_ESC || type === T_REF) return true;
  if (type === T_LABEL) return true;
  // A partly used run continues the text node if its left part is left over as data.
  if (type === T_ATTN) return tUsedL[t] === 0 && remaining(t) > 0;
  if (type === T_STRIKE) return ((tFlags[t] as number) & F_PAIRED) === 0;
  return false;
}

// Next occurrence of a needle in the current string, remembered across the leaves of one document
// (leaves are scanned in order), so each search covers the text once instead of once per leaf.
const NEEDLES = 10;
const SLOT_COMMENT_END = 6;
const SLOT_CDATA_END = 7;
const SLOT_INSTRUCTION_END = 8;
const SLOT_TAG_END = 9;
const cacheString: string[] = new Array<string>(NEEDLES).fill('');
const cacheFrom = new Int32Array(NEEDLES).fill(-1);
const cacheAt = new Int32Array(NEEDLES);

/** Whether `needle` occurs in [from, to) of the scanned string. */
function contains(slot: number, needle: string): boolean {
  let k: number;
  if (cacheString[slot] === s && (cacheFrom[slot] as number) >= 0 && (cacheFrom[slot] as number) <= from && ((cacheAt[slot] as number) === -1 || (cacheAt[slot] as number) >= from)) {
    k = cacheAt[slot] as number;
  } else {
    k = s.indexOf(needle, from);
    cacheString[slot] = s;
    cacheFrom[slot] = from;
    cacheAt[slot] = k;
  }
  return k !== -1 && k + needle.length <= to;
}

/**
 * The first `needle` at or after `q` in the scanned string, or -1. Remembered per needle: an
 * unterminated `<!--` (or `<?`, `<!x`, `<![CDATA[`) searched the rest of the text from every
 * occurrence, quadratic on thousands of them.
 */
function nextIndex(slot: number, needle: string, q: number): number {
  const found = cacheAt[slot] as number;
  if (cacheString[slot] === s && (cacheFrom[slot] as number) >= 0 && (cacheFrom[slot] as number) <= q && (found === -1 || found >= q)) return found;
  const k = s.indexOf(needle, q);
  cacheString[slot] = s;
  cacheFrom[slot] = q;
  cacheAt[slot] = k;
  return k;
}

function isW(c: number): boolean {
  return c === 119 || c === 87;
}

/** Whether micromark would attempt a construct at `j` (inside a run of data). */
function mayStart(j: number, c: number): boolean {
  const p = s.charCodeAt(j - 1);
  const trig = TRIGGER[c] as number;
  if (trig & 1) {
    if (c === 96 /* ` */) return p !== 96;
    if (c === 126 /* ~ */) return p !== 126;
    return true;
  }
  if (trig & 2 & mask && previousEmail(p)) return true;
  if (trig & 4 & mask && !isAsciiAlpha(p)) return true;
  if (trig & 8 & mask && previousWww(p)) return true;
  return false;
}

function previousEmail(p: number): boolean {
  return !(p === 47 /* / */ || isGfmAtext(p));
}

function previousWww(p: number): boolean {
  return p === -1 || p === 40 || p === 42 || p === 95 || p === 91 || p === 93 || p === 126 || isSpaceOrEol(p);
}

/** Returns the end of a construct at `i`, -1 when none (the character is data), -2 to fall back. */
function attempt(i: number, c: number): number {
  switch (c) {
    case 10:
    case 13:
      return lineEnding(i);
    case 33: // !
      return labelStartImage(i);
    case 38: // &
      return characterReference(i);
    case 42: // *
      return attention(i, c);
    case 95: // _
      if (mask & 2) {
        const k = emailAutolink(i);
        if (k > 0) return k;
      }
      return attention(i, c);
    case 60: {
      // <
      const k = autolink(i);
      return k > 0 ? k : htmlText(i);
    }
    case 91: // [
      return labelStart(i);
    case 92: // \
      return backslash(i);
    case 93: // ]
      return labelEnd(i);
    case 96: // `
      return codeText(i);
    case 126: // ~
      return strikethrough(i);
    default: {
      if (mask & 2) {
        const k = emailAutolink(i);
        if (k > 0) return k;
      }
      if ((c === 104 || c === 72) && mask & 4) return protocolAutolink(i);
      if ((c === 119 || c === 87) && mask & 8) return wwwAutolink(i);
      return -1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Constructs.

function lineEnding(i: number): number {
  const hard = lineSuffix(i, false);
  const eolEnd = i + (s.charCodeAt(i) === 13 && at(i + 1) === 10 ? 2 : 1);
  if (hard >= 0) tEnd[hard] = eolEnd;
  else push(T_EOL, i, eolEnd);
  let k = eolEnd;
  let c = at(k);
  while (c === 32 || c === 9) c = at(++k);
  if (k > eolEnd) push(T_PREFIX, eolEnd, k);
  return k;
}

/**
 * Trailing spaces/tabs of the data right before a line ending (or the end) are a line suffix, or a
 * hard break when two or more spaces precede a line ending. Returns the hard-break token index or -1.
 */
function lineSuffix(eol: number, atEnd: boolean): number {
  if (n === 0) return -1;
  const t = n - 1;
  if (tType[t] !== T_DATA || tEnd[t] !== eol) return -1;
  const ts = tStart[t] as number;
  let k = eol;
  let tabs = false;
  for (;;) {
    if (k <= ts) break;
    const c = s.charCodeAt(k - 1);
    if (c === 32) k--;
    else if (c === 9) {
      tabs = true;
      k--;
    } else break;
  }
  const size = eol - k;
  if (size === 0) return -1;
  const hard = !atEnd && !tabs && size >= 2;
  if (k === ts) {
    tType[t] = hard ? T_MARK : T_PREFIX;
    return hard ? t : -1;
  }
  tEnd[t] = k;
  push(hard ? T_MARK : T_PREFIX, k, eol);
  return hard ? n - 1 : -1;
}

function backslash(i: number): number {
  const c = at(i + 1);
  if (c === 10 || c === 13) {
    // Hard break: the `\` and the line ending.
    const eolEnd = i + 1 + (c === 13 && at(i + 2) === 10 ? 2 : 1);
    push(T_MARK, i, eolEnd);
    let k = eolEnd;
    let d = at(k);
    while (d === 32 || d === 9) d = at(++k);
    if (k > eolEnd) push(T_PREFIX, eolEnd, k);
    return k;
  }
  if (c >= 0 && isAsciiPunctuation(c)) {
    push(T_ESC, i, i + 2);
    return i + 2;
  }
  return -1;
}

function characterReference(i: number): number {
  let k = i + 1;
  let c = at(k);
  let max: number;
  let test: (code: number) => boolean;
  let named = false;
  if (c === 35 /* # */) {
    c = at(++k);
    if (c === 120 || c === 88) {
      c = at(++k);
      max = 6;
      test = isAsciiHexDigit;
    } else {
      max = 7;
      test = isAsciiDigit;
    }
  } else {
    max = 31;
    test = isAsciiAlphanumeric;
    named = true;
  }
  const valueStart = k;
  let size = 0;
  for (;;) {
    if (c === 59 /* ; */ && size > 0) {
      if (named && !decodeNamedCharacterReference(s.slice(valueStart, k))) return -1;
      push(T_REF, i, k + 1);
      return k + 1;
    }
    if (c >= 0 && test(c) && size++ < max) {
      c = at(++k);
      continue;
    }
    return -1;
  }
}

function attention(i: number, marker: number): number {
  let j = i + 1;
  while (at(j) === marker) j++;
  const before = classify(prev(i));
  const next = at(j);
  const after = classify(next);
  const p = prev(i);
  const open = after === 0 || (after === 2 && before !== 0) || next === 126;
  const close = before === 0 || (before === 2 && after !== 0) || p === 126;
  let flags = 0;
  if (marker === 42) {
    if (open) flags |= F_OPEN;
    if (close) flags |= F_CLOSE;
  } else {
    if (open && (before !== 0 || !close)) flags |= F_OPEN;
    if (close && (after !== 0 || !open)) flags |= F_CLOSE;
  }
  push(T_ATTN, i, j, flags);
  sequences++;
  if (firstResolver === 0) firstResolver = T_ATTN;
  return j;
}

function strikethrough(i: number): number {
  const p = prev(i);
  if (p === 126 && !lastIsEscapeEndingAt(i)) return -1;
  let j = i + 1;
  while (at(j) === 126) j++;
  if (j - i > 2) return -1;
  const before = classify(p);
  const after = classify(at(j));
  let flags = 0;
  if (after === 0 || (after === 2 && before !== 0)) flags |= F_OPEN;
  if (before === 0 || (before === 2 && after !== 0)) flags |= F_CLOSE;
  push(T_STRIKE, i, j, flags);
  sequences++;
  if (firstResolver === 0) firstResolver = T_STRIKE;
  return j;
}

function codeText(i: number): number {
  if (prev(i) === 96 && !lastIsEscapeEndingAt(i)) return -1;
  let j = i + 1;
  while (at(j) === 96) j++;
  const size = j - i;
  if (size < 32 ? (codeFail[size] as number) <= j : (codeFailLong.get(size) ?? 0x7fffffff) <= j) {
    pushData(i, j);
    return j;
  }
  let k = j;
  for (;;) {
    let b = k;
    while (b < to && s.charCodeAt(b) !== 96) b++;
    if (b >= to) break;
    let e = b + 1;
    while (at(e) === 96) e++;
    if (e - b === size) {
      push(T_MARK, i, e);
      return e;
    }
    k = e;
  }
  if (size < 32) codeFail[size] = j;
  else codeFailLong.set(size, j);
  // No closing run: the whole opening run is data (a backtick after a backtick is never tried).
  pushData(i, j);
  return j;
}

function labelStartImage(i: number): number {
  if (at(i + 1) !== 91) return -1;
  push(T_LABEL, i, i + 2, F_IMAGE);
  labelStack[labels++] = n - 1;
  unbalanced++;
  return i + 2;
}

function labelStart(i: number): number {
  push(T_LABEL, i, i + 1);
  labelStack[labels++] = n - 1;
  unbalanced++;
  return i + 1;
}

/** `[ ]`, `[x]`, `[X]` then a line ending or whitespace followed by something. -1 none, -2 fall back. */
function taskCheck(i: number): number {
  const v = at(i + 1);
  if (v === 10 || v === 13) return -2;
  if (!(v === 32 || v === 9 || v === 120 || v === 88)) return -1;
  if (at(i + 2) !== 93) return -1;
  const a = at(i + 3);
  if (a === 10 || a === 13) return i + 3;
  if (a !== 32 && a !== 9) return -1;
  let k = i + 3;
  let c = at(k);
  while (c === 32 || c === 9) c = at(++k);
  if (c === -1) return -1;
  return i + 3;
}

function labelEnd(i: number): number {
  while (labels > 0 && (tFlags[labelStack[labels - 1] as number] as number) & F_BALANCED) labels--;
  if (labels === 0) return -1;
  const open = labelStack[labels - 1] as number;
  if ((tFlags[open] as number) & F_INACTIVE) {
    tFlags[open] = (tFlags[open] as number) | F_BALANCED;
    unbalanced--;
    return -1;
  }
  const end = at(i + 1) === 40 /* ( */ ? resource(i + 1) : -1;
  if (end < 0) {
    tFlags[open] = (tFlags[open] as number) | F_BALANCED;
    unbalanced--;
    return -1;
  }
  labels--;
  unbalanced--;
  if ((tFlags[open] as number) & F_IMAGE) {
    // The whole image is excluded; what was inside is gone (its delimiters cannot pair outside).
    tType[open] = T_MARK;
    tEnd[open] = end;
    tFlags[open] = 0;
    n = open + 1;
    while (nRuns > 0 && (runs[nRuns - 1] as number) >= n) nRuns--;
    return end;
  }
  // Past the limit the leaf's emphasis is plain text: resolving it here too would cost the square of it.
  if (sequences <= MAX_SEQUENCES) resolveInside(open + 1, n);
  tType[open] = T_LINK_OPEN;
  push(T_LINK_CLOSE, i, end);
  // Label starts before a link cannot form links any more. Below an inactive link start everything
  // is inactive already (or an image start), so the walk stops there.
  for (let k = labels - 1; k >= 0; k--) {
    const t = labelStack[k] as number;
    const f = tFlags[t] as number;
    if (f & F_IMAGE) continue;
    if (f & F_INACTIVE) break;
    tFlags[t] = f | F_INACTIVE;
  }
  return end;
}

/** Whitespace in a resource: spaces, tabs, line endings. */
function skipResourceWhitespace(k: number): number {
  for (;;) {
    const c = at(k);
    if (c === 32 || c === 9) k++;
    else if (c === 10 || c === 13) k = skipEolAndPrefix(k);
    else return k;
  }
}

/** `(destination "title")` starting at the `(`; returns its end or -1. */
function resource(q: number): number {
  let k = skipResourceWhitespace(q + 1);
  let c = at(k);
  if (c === 41 /* ) */) return k + 1;
  if (c === 60 /* < */) {
    k++;
    for (;;) {
      c = at(k);
      if (c === 62 /* > */) {
        k++;
        break;
      }
      if (c === -1 || c === 60 || c === 10 || c === 13) return -1;
      if (c === 92 /* \ */) {
        const d = at(k + 1);
        k += d === 60 || d === 62 || d === 92 ? 2 : 1;
      } else k++;
    }
  } else {
    if (c === -1 || c === 32 || c === 41 || isAsciiControl(c)) return -1;
    let balance = 0;
    for (;;) {
      c = at(k);
      if (balance === 0 && (c === -1 || c === 41 || isSpaceOrEol(c))) break;
      if (balance < 32 && c === 40) {
        balance++;
        k++;
      } else if (c === 41) {
        balance--;
        k++;
      } else if (c === -1 || c === 32 || c === 40 || isAsciiControl(c)) {
        return -1;
      } else if (c === 92) {
        const d = at(k + 1);
        k += d === 40 || d === 41 || d === 92 ? 2 : 1;
      } else k++;
    }
  }
  c = at(k);
  if (c === 32 || c === 9 || c === 10 || c === 13) {
    k = skipResourceWhitespace(k);
    c = at(k);
    if (c === 34 || c === 39 || c === 40) {
      const marker = c === 40 ? 41 : c;
      k++;
      for (;;) {
        c = at(k);
        if (c === marker) {
          k++;
          break;
        }
        if (c === -1) return -1;
        if (c === 10 || c === 13) k = skipEolAndPrefix(k);
        else if (c === 92) {
          const d = at(k + 1);
          k += d === marker || d === 92 ? 2 : 1;
        } else k++;
      }
      k = skipResourceWhitespace(k);
      c = at(k);
    }
  }
  return c === 41 ? k + 1 : -1;
}

function autolink(i: number): number {
  let k = i + 1;
  let c = at(k);
  let size = 0;
  let state: 'scheme' | 'atext' | 'url';
  if (c >= 0 && isAsciiAlpha(c)) {
    k++;
    c = at(k);
    if (c === 43 || c === 45 || c === 46 || (c >= 0 && isAsciiAlphanumeric(c))) {
      size = 1;
      state = 'scheme';
    } else state = 'atext';
  } else if (c === 64) return -1;
  else state = 'atext';
  if (state === 'scheme') {
    for (;;) {
      c = at(k);
      if (c === 58 /* : */) {
        k++;
        state = 'url';
        break;
      }
      if ((c === 43 || c === 45 || c === 46 || (c >= 0 && isAsciiAlphanumeric(c))) && size++ < 32) {
        k++;
        continue;
      }
      size = 0;
      state = 'atext';
      break;
    }
  }
  if (state === 'url') {
    for (;;) {
      c = at(k);
      if (c === 62) {
        push(T_MARK, i, k + 1);
        return k + 1;
      }
      if (c === -1 || c === 32 || c === 60 || isAsciiControl(c)) return -1;
      k++;
    }
  }
  // Email: atext+ `@` label (`.` label)* `>`.
  for (;;) {
    c = at(k);
    if (c === 64) {
      k++;
      break;
    }
    if (c >= 0 && isAsciiAtext(c)) {
      k++;
      continue;
    }
    return -1;
  }
  // emailAtSignOrDot
  for (;;) {
    c = at(k);
    if (!(c >= 0 && isAsciiAlphanumeric(c))) return -1;
    // emailLabel / emailValue
    for (;;) {
      c = at(k);
      if (c === 46 /* . */) {
        k++;
        size = 0;
        break; // back to emailAtSignOrDot
      }
      if (c === 62) {
        push(T_MARK, i, k + 1);
        return k + 1;
      }
      // emailValue
      let d = c;
      for (;;) {
        if ((d === 45 || (d >= 0 && isAsciiAlphanumeric(d))) && size++ < 63) {
          k++;
          if (d === 45) {
            d = at(k);
            continue; // stay in emailValue
          }
          break; // back to emailLabel
        }
        return -1;
      }
    }
  }
}

// Inline HTML (micromark html-text).
function htmlText(i: number): number {
  let k = i + 1;
  let c = at(k);
  if (c === 33 /* ! */) {
    c = at(++k);
    if (c === 45) {
      if (at(k + 1) !== 45) return -1;
      return htmlComment(i);
    }
    if (c === 91 /* [ */) {
      const want = 'CDATA[';
      for (let m = 0; m < 6; m++) if (at(k + 1 + m) !== want.charCodeAt(m)) return -1;
      return htmlCdata(i);
    }
    if (c >= 0 && isAsciiAlpha(c)) return htmlDeclaration(i);
    return -1;
  }
  if (c === 47 /* / */) {
    c = at(++k);
    if (!(c >= 0 && isAsciiAlpha(c))) return -1;
    k++;
    for (;;) {
      c = at(k);
      if (c === 45 || (c >= 0 && isAsciiAlphanumeric(c))) k++;
      else break;
    }
    // tagCloseBetween
    for (;;) {
      c = at(k);
      if (c === 10 || c === 13) k = skipEolAndPrefix(k);
      else if (c === 32 || c === 9) k++;
      else break;
    }
    return htmlEnd(i, k);
  }
  if (c === 63 /* ? */) return htmlInstruction(i);
  if (!(c >= 0 && isAsciiAlpha(c))) return -1;
  k++;
  for (;;) {
    c = at(k);
    if (c === 45 || (c >= 0 && isAsciiAlphanumeric(c))) k++;
    else break;
  }
  if (!(c === 47 || c === 62 || isSpaceOrEol(c))) return -1;
  // tagOpenBetween and attributes
  for (;;) {
    c = at(k);
    if (c === 47) return htmlEnd(i, k + 1);
    if (c === 58 || c === 95 || (c >= 0 && isAsciiAlpha(c))) {
      // attribute name
      k++;
      for (;;) {
        c = at(k);
        if (c === 45 || c === 46 || c === 58 || c === 95 || (c >= 0 && isAsciiAlphanumeric(c))) k++;
        else break;
      }
      // after name
      for (;;) {
        c = at(k);
        if (c === 10 || c === 13) k = skipEolAndPrefix(k);
        else if (c === 32 || c === 9) k++;
        else break;
      }
      if (c !== 61 /* = */) continue; // tagOpenBetween(c)
      k++;
      // value before
      for (;;) {
        c = at(k);
        if (c === 10 || c === 13) k = skipEolAndPrefix(k);
        else if (c === 32 || c === 9) k++;
        else break;
      }
      if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) return -1;
      if (c === 34 || c === 39) {
        const marker = c;
        k++;
        for (;;) {
          c = at(k);
          if (c === marker) {
            k++;
            break;
          }
          if (c === -1) return -1;
          if (c === 10 || c === 13) k = skipEolAndPrefix(k);
          else k++;
        }
        c = at(k);
        if (!(c === 47 || c === 62 || isSpaceOrEol(c))) return -1;
        continue;
      }
      k++;
      for (;;) {
        c = at(k);
        if (c === -1 || c === 34 || c === 39 || c === 60 || c === 61 || c === 96) return -1;
        if (c === 47 || c === 62 || isSpaceOrEol(c)) break;
        k++;
      }
      continue;
    }
    if (c === 10 || c === 13) {
      k = skipEolAndPrefix(k);
      continue;
    }
    if (c === 32 || c === 9) {
      k++;
      continue;
    }
    return htmlEnd(i, k);
  }
}

function htmlEnd(i: number, k: number): number {
  if (at(k) !== 62) return -1;
  push(T_HTML, i, k + 1);
  return k + 1;
}

/*
 * Comments, CDATA, declarations and instructions end at the first `-->`, `]]>`, `>` or `?>` after their
 * opening (micromark's states amount to that: line endings inside only add line prefixes, which cannot
 * hold the marker). Found with `nextIndex`, so thousands of unterminated openings cost one search.
 */

/** After `<!--` (at `i`): micromark starts in its "end" state, so `<!-->` and `<!--->` close at once. */
function htmlComment(i: number): number {
  return htmlUntil(i, SLOT_COMMENT_END, '-->', i + 2);
}

/** After `<![CDATA[` (at `i`). */
function htmlCdata(i: number): number {
  return htmlUntil(i, SLOT_CDATA_END, ']]>', i + 9);
}

/** `<!` and a letter (at `i`). */
function htmlDeclaration(i: number): number {
  return htmlUntil(i, SLOT_TAG_END, '>', i + 3);
}

/** `<?` (at `i`). */
function htmlInstruction(i: number): number {
  return htmlUntil(i, SLOT_INSTRUCTION_END, '?>', i + 2);
}

function htmlUntil(i: number, slot: number, marker: string, q: number): number {
  const k = nextIndex(slot, marker, q);
  if (k === -1 || k + marker.length > to) return -1;
  push(T_HTML, i, k + marker.length);
  return k + marker.length;
}

// GFM autolink literals (micromark-extension-gfm-autolink-literal).

function emailAutolink(i: number): number {
  if (!previousEmail(prev(i)) || unbalanced > 0) return -1;
  let k = i;
  while (isGfmAtext(at(k))) k++;
  if (at(k) !== 64) return -1;
  k++;
  let data = false;
  let dot = false;
  for (;;) {
    const c = at(k);
    if (c === 46) {
      if (isAsciiAlphanumeric(at(k + 1))) {
        dot = true;
        k++;
        continue;
      }
      break;
    }
    if (c === 45 || c === 95 || (c >= 0 && isAsciiAlphanumeric(c))) {
      data = true;
      k++;
      continue;
    }
    break;
  }
  if (data && dot && isAsciiAlpha(s.charCodeAt(k - 1))) {
    push(T_MARK, i, k);
    return k;
  }
  return -1;
}

function wwwAutolink(i: number): number {
  if (!previousWww(prev(i)) || unbalanced > 0) return -1;
  if (!isW(at(i + 1)) || !isW(at(i + 2)) || at(i + 3) !== 46 || i + 4 >= to) return -1;
  const d = domain(i);
  if (d < 0) return -1;
  const e = path(d);
  push(T_MARK, i, e);
  return e;
}

function protocolAutolink(i: number): number {
  if (isAsciiAlpha(prev(i)) || unbalanced > 0) return -1;
  let k = i;
  while (k - i < 5 && isAsciiAlpha(at(k))) k++;
  if (at(k) !== 58) return -1;
  const protocol = s.slice(i, k).toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return -1;
  k++;
  if (at(k) !== 47 || at(k + 1) !== 47) return -1;
  k += 2;
  const c = at(k);
  if (c === -1 || isAsciiControl(c) || isSpaceOrEol(c) || isUnicodeWhitespace(c) || isUnicodePunctuation(c)) return -1;
  const d = domain(k);
  if (d < 0) return -1;
  const e = path(d);
  push(T_MARK, i, e);
  return e;
}

function domain(k: number): number {
  let underscoreInLast = false;
  let underscoreInLastLast = false;
  let seen = false;
  for (;;) {
    const c = at(k);
    if (c === 46 || c === 95) {
      if (trail(k)) break;
      if (c === 95) underscoreInLast = true;
      else {
        underscoreInLastLast = underscoreInLast;
        underscoreInLast = false;
      }
      k++;
      continue;
    }
    if (c === -1 || isSpaceOrEol(c) || isUnicodeWhitespace(c) || (c !== 45 && isUnicodePunctuation(c))) break;
    seen = true;
    k++;
  }
  if (underscoreInLastLast || underscoreInLast || !seen) return -1;
  return k;
}

function path(k: number): number {
  let sizeOpen = 0;
  let sizeClose = 0;
  for (;;) {
    const c = at(k);
    if (c === 40) {
      sizeOpen++;
      k++;
      continue;
    }
    if (c === 41 && sizeClose < sizeOpen) {
      sizeClose++;
      k++;
      continue;
    }
    if (
      c === 33 ||
      c === 34 ||
      c === 38 ||
      c === 39 ||
      c === 41 ||
      c === 42 ||
      c === 44 ||
      c === 46 ||
      c === 58 ||
      c === 59 ||
      c === 60 ||
      c === 63 ||
      c === 93 ||
      c === 95 ||
      c === 126
    ) {
      if (trail(k)) return k;
      if (c === 41) sizeClose++;
      k++;
      continue;
    }
    if (c === -1 || isSpaceOrEol(c) || isUnicodeWhitespace(c)) return k;
    k++;
  }
}

/**
 * Whether [k, …) is trailing punctuation up to whitespace, `<` or the end. A `false` holds for every
 * offset the scan passed (from any of them it reaches the same stop), so it is remembered: a domain or
 * path of thousands of punctuation characters asked this from each of them, quadratic.
 */
function trail(start: number): boolean {
  if (start >= trailFrom && start < trailStop) return false;
  const k = trailEnd(start);
  if (k >= 0) return true;
  trailFrom = start;
  trailStop = -k - 1;
  return false;
}

/** The scan behind `trail`: >= 0 (where it ended) when it is trailing punctuation, else -1 - where it stopped. */
function trailEnd(k: number): number {
  for (;;) {
    let c = at(k);
    if (c === 33 || c === 34 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 95 || c === 126) {
      k++;
      continue;
    }
    if (c === 38) {
      k++;
      if (!isAsciiAlpha(at(k))) return -1 - k;
      while (isAsciiAlpha(at(k))) k++;
      if (at(k) !== 59) return -1 - k;
      k++;
      continue;
    }
    if (c === 93) {
      k++;
      c = at(k);
      if (c === -1 || c === 40 || c === 91 || isSpaceOrEol(c) || isUnicodeWhitespace(c)) return k;
      continue;
    }
    return c === 60 || c === -1 || isSpaceOrEol(c) || isUnicodeWhitespace(c) ? k : -1 - k;
  }
}

// ---------------------------------------------------------------------------------------------
// Resolution (micromark resolveAll for attention and strikethrough).

function remaining(t: number): number {
  return (tEnd[t] as number) - (tStart[t] as number) - (tUsedL[t] as number) - (tUsedR[t] as number);
}

/** Index into `runs` of the first run token at or after token `t`. */
function firstRun(t: number): number {
  let a = 0;
  let b = nRuns;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((runs[mid] as number) < t) a = mid + 1;
    else b = mid;
  }
  return a;
}

function attentionPass(lo: number, hi: number): void {
  const r0 = firstRun(lo);
  const r1 = firstRun(hi);
  for (let ri = r0; ri < r1; ri++) {
    const i = runs[ri] as number;
    if (tType[i] !== T_ATTN) continue;
    const fi = tFlags[i] as number;
    if (fi & F_DEAD || !(fi & F_CLOSE)) continue;
    const marker = s.charCodeAt(tStart[i] as number);
    while (remaining(i) > 0) {
      let matched = false;
      for (let ro = ri - 1; ro >= r0; ro--) {
        const o = runs[ro] as number;
        if (tType[o] !== T_ATTN) continue;
        const fo = tFlags[o] as number;
        if (fo & F_DEAD || !(fo & F_OPEN) || s.charCodeAt(tStart[o] as number) !== marker) continue;
        const openLeft = remaining(o);
        if (openLeft === 0) continue;
        const closeLeft = remaining(i);
        if ((fo & F_CLOSE || fi & F_OPEN) && closeLeft % 3 && !((openLeft + closeLeft) % 3)) continue;
        const use = openLeft > 1 && closeLeft > 1 ? 2 : 1;
        tUsedR[o] = (tUsedR[o] as number) + use;
        tUsedL[i] = (tUsedL[i] as number) + use;
        resolveInside(o + 1, i);
        matched = true;
        break;
      }
      if (!matched) break;
    }
  }
  for (let ri = r0; ri < r1; ri++) {
    const i = runs[ri] as number;
    if (tType[i] === T_ATTN) tFlags[i] = (tFlags[i] as number) | F_DEAD;
  }
}

function strikePass(lo: number, hi: number): void {
  const r0 = firstRun(lo);
  const r1 = firstRun(hi);
  for (let ri = r0; ri < r1; ri++) {
    const i = runs[ri] as number;
    if (tType[i] !== T_STRIKE) continue;
    const fi = tFlags[i] as number;
    if (fi & (F_DEAD | F_PAIRED) || !(fi & F_CLOSE)) continue;
    const size = (tEnd[i] as number) - (tStart[i] as number);
    for (let ro = ri - 1; ro >= r0; ro--) {
      const o = runs[ro] as number;
      if (tType[o] !== T_STRIKE) continue;
      const fo = tFlags[o] as number;
      if (fo & (F_DEAD | F_PAIRED) || !(fo & F_OPEN) || (tEnd[o] as number) - (tStart[o] as number) !== size) continue;
      tFlags[o] = fo | F_PAIRED;
      tFlags[i] = fi | F_PAIRED;
      resolveInside(o + 1, i);
      break;
    }
  }
  for (let ri = r0; ri < r1; ri++) {
    const i = runs[ri] as number;
    if (tType[i] === T_STRIKE && !((tFlags[i] as number) & F_PAIRED)) tFlags[i] = (tFlags[i] as number) | F_DEAD;
  }
}

/**
 * micromark `insideSpan` on the tokens strictly inside a link or emphasis: strikethrough first (GFM's
 * resolver is inserted before the core attention resolver), then attention.
 */
function resolveInside(lo: number, hi: number): void {
  if (hi <= lo) return;
  strikePass(lo, hi);
  attentionPass(lo, hi);
}

// ---------------------------------------------------------------------------------------------
// Emission.

/** Receives prose ranges and HTML ranges, in the coordinates of the scanned string, in order. */
export interface InlineSink {
  prose(start: number, end: number): void;
  html(start: number, end: number): void;
}

// Units of the current text node (for the autolink-literal transform).
let uStart = new Int32Array(64); // prose range in the scanned string
let uEnd = new Int32Array(64);
let uSrcStart = new Int32Array(64); // source range of the unit's value (escape: the escaped char)
let uExact = new Uint8Array(64); // value equals the source slice
let uCount = 0;
let nodeMayLink = false;
let transformActive = false;

function addUnit(start: number, end: number, exact: boolean): void {
  if (uCount === uStart.length) {
    const size = uStart.length * 2;
    uStart = enlarged(uStart, size);
    uEnd = enlarged(uEnd, size);
    uSrcStart = enlarged(uSrcStart, size);
    uExact = enlarged(uExact, size);
  }
  uStart[uCount] = start;
  uEnd[uCount] = end;
  uSrcStart[uCount] = start;
  uExact[uCount] = exact ? 1 : 0;
  uCount++;
}

/**
 * Walk the resolved tokens: prose ranges to `sink.prose`, inline HTML to `sink.html`. Text nodes outside
 * links go through the autolink-literal transform first.
 */
export function emitInline(sink: InlineSink, wantProse: boolean): void {
  // The transform can only find something where `@`, `://` or `www.` may appear in a value (escapes
  // and character references can make them).
  transformActive = wantProse && ((mask & 14) !== 0 || contains(4, '&') || contains(5, '\\'));
  uCount = 0;
  nodeMayLink = false;
  let linkDepth = 0;
  for (let t = 0; t < n; t++) {
    const type = tType[t] as number;
    const st = tStart[t] as number;
    const en = tEnd[t] as number;
    switch (type) {
      case T_DATA:
      case T_EOL:
        if (wantProse) text(st, en, true, linkDepth);
        break;
      case T_ESC:
        if (wantProse) text(st + 1, en, false, linkDepth);
        break;
      case T_REF:
        if (wantProse) text(st, en, false, linkDepth);
        break;
      case T_PREFIX:
        break;
      case T_ATTN: {
        const ul = tUsedL[t] as number;
        const ur = tUsedR[t] as number;
        if (ul > 0) flush(sink);
        if (wantProse && en - ur > st + ul) text(st + ul, en - ur, true, linkDepth);
        if (ur > 0) flush(sink);
        break;
      }
      case T_STRIKE:
        if ((tFlags[t] as number) & F_PAIRED) flush(sink);
        else if (wantProse) text(st, en, true, linkDepth);
        break;
      case T_LABEL:
        if (wantProse) text(st, en, true, linkDepth);
        break;
      case T_LINK_OPEN:
        flush(sink);
        linkDepth++;
        break;
      case T_LINK_CLOSE:
        flush(sink);
        linkDepth--;
        break;
      case T_HTML:
        flush(sink);
        sink.html(st, en);
        break;
      default:
        flush(sink);
    }
  }
  flush(sink);
}

function text(start: number, end: number, exact: boolean, depth: number): void {
  if (uCount > 0 && uEnd[uCount - 1] === start && exact && uExact[uCount - 1] === 1) uEnd[uCount - 1] = end;
  else addUnit(start, end, exact);
  if (transformActive && depth === 0) nodeMayLink = true;
}

function flush(sink: InlineSink): void {
  if (uCount === 0) return;
  if (nodeMayLink) {
    const links = nodeLinks();
    if (links !== null) {
      emitMinus(sink, links);
      uCount = 0;
      nodeMayLink = false;
      return;
    }
  }
  for (let u = 0; u < uCount; u++) sink.prose(uStart[u] as number, uEnd[u] as number);
  uCount = 0;
  nodeMayLink = false;
}

/** The node's value, and which value ranges the transform turns into links (null: none). */
function nodeLinks(): number[] | null {
  let value = '';
  for (let u = 0; u < uCount; u++) value += unitValue(u);
  const links = transformAutolinkLiterals(value);
  // Past its bound the transform gives up: the node stays text.
  if (links === null) inexact('autolinks', uStart[0] as number);
  return links === null || links.length === 0 ? null : links;
}

function unitValue(u: number): string {
  const st = uStart[u] as number;
  const en = uEnd[u] as number;
  if (uExact[u] === 1) return s.slice(st, en);
  // Escape (the escaped character) or character reference.
  if (s.charCodeAt(st) !== 38 || en - st === 1) return s.slice(st, en);
  const inner = s.slice(st + 1, en - 1);
  if (inner.charCodeAt(0) === 35) {
    const hex = inner.charCodeAt(1) === 120 || inner.charCodeAt(1) === 88;
    return decodeNumericCharacterReference(inner.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference(inner) || s.slice(st, en);
}

/** Emit the units minus the value intervals in `links` (flat pairs, sorted). */
function emitMinus(sink: InlineSink, links: number[]): void {
  let valueAt = 0;
  let l = 0;
  for (let u = 0; u < uCount; u++) {
    const st = uStart[u] as number;
    const en = uEnd[u] as number;
    const len = uExact[u] === 1 ? en - st : unitValue(u).length;
    const v0 = valueAt;
    const v1 = valueAt + len;
    valueAt = v1;
    let p = v0;
    while (p < v1) {
      while (l < links.length && (links[l + 1] as number) <= p) l += 2;
      const ls = l < links.length ? (links[l] as number) : Infinity;
      if (p < ls) {
        const q = Math.min(v1, ls);
        if (uExact[u] === 1) sink.prose(st + (p - v0), st + (q - v0));
        else sink.prose(st, en);
        p = q;
      } else p = Math.min(v1, links[l + 1] as number);
    }
  }
}
