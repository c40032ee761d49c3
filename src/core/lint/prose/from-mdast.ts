/**
 * The reference scan, computed from remark's own parse: `mdast-util-from-markdown` with
 * `micromark-extension-gfm` + `mdast-util-gfm` (what remark-parse + remark-gfm run). The fast scanner
 * (`./fast.ts`) must give exactly this; `scanProse` falls back to it for documents the fast scanner
 * does not model. It costs ≈ 0.4 ms per document (≈ 4 s for 10k), so it is the exception.
 *
 * What counts as prose, precisely (the contract both implementations follow):
 * - Offsets covered by mdast `text` nodes inside a paragraph, heading or table cell, minus the markup
 *   that sits inside a text node's position range. "Markup" is every source character that does not
 *   contribute to the node's value: container prefixes on continuation lines (`>`, list indentation),
 *   leading whitespace of continuation lines, trailing whitespace before a line ending, and the `\`
 *   of a backslash escape (the escaped character is prose). Soft line endings inside a text node are
 *   prose (both characters of CRLF): they separate words.
 * - A character reference (`&amp;`, `&#1082;`) is prose as a whole: all of its source characters, even
 *   though its value is one character.
 * - Not prose: text inside `inlineCode`, `code`, `html`, `image` (alt text), `definition`, blockquotes
 *   (unless `includeBlockquotes`), URL-literal links (`<https://…>` autolinks, and GFM literal
 *   autolinks `www.…`, `https://…`, `a@b.c`, found by micromark or by mdast-util-gfm-autolink-literal's
 *   transform), and `{{ … }}` placeholder substrings. Link text of `[text](url)` is prose.
 *
 * The token ranges come from micromark's event stream (the same parse mdast is built from): a text
 * node's value is the concatenation of its `data`, `characterEscapeValue`, `characterReference` and
 * `lineEnding` tokens, which is asserted for every node, so any drift between the two views throws
 * instead of silently giving wrong ranges. Text nodes that the autolink-literal transform split lose
 * their positions in mdast; their ranges are recovered from the tokens between the positioned
 * siblings, again checked against the values.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { lowerBound } from '../text/lower-bound';
import { Code } from './char-codes';
import { collectComments, commentFinders, findMustaches } from './ranges';
import { buildBlock, newSink, pushRange, type BlockSink } from './spans';
import type { HtmlComment, ProseBlock, ProseBlockKind, ProseOptions, ProseScan } from './types';

/** Value-carrying tokens of the body, in source order (offsets relative to the body). */
interface Units {
  readonly start: number[];
  readonly end: number[];
  readonly value: string[];
  /** Whether a text node whose tokens do not spell its value is an error (see scanProseFromMdast). */
  readonly strict: boolean;
}

/**
 * The reference scan. `strict` (the default, used by the tests) throws when a text node's tokens do not
 * spell its value; `scanProse` passes false so a document is never lost over that: the node's tokens
 * are used as they are.
 */
export function scanProseFromMdast(text: string, bodyOffset: number, options?: ProseOptions, strict = true): ProseScan {
  const includeBlockquotes = options?.includeBlockquotes === true;
  // micromark drops a byte order mark at the start of its input and counts offsets without it.
  if (text.charCodeAt(bodyOffset) === Code.byteOrderMarker) bodyOffset++;
  const body = bodyOffset === 0 ? text : text.slice(bodyOffset);
  const units = valueUnits(body, strict);
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const mustaches = findMustaches(text, bodyOffset);

  const blocks: ProseBlock[] = [];
  const comments: HtmlComment[] = [];
  const sink: BlockSink = newSink();

  const walkBlocks = (node: Nodes, container: 'root' | 'listItem' | 'other'): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        sink.n = 0;
        collectPhrasing(node, body, units, sink);
        const kind: ProseBlockKind =
          node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : container === 'listItem' ? 'list-item' : 'paragraph';
        const block = buildBlock(kind, offsetOf(node, 'start') + bodyOffset, offsetOf(node, 'end') + bodyOffset, sink, bodyOffset, mustaches);
        if (block) blocks.push(block);
        return;
      }
      case 'blockquote':
        if (!includeBlockquotes) return;
        for (const child of node.children) walkBlocks(child, 'other');
        return;
      case 'listItem':
        for (const child of node.children) walkBlocks(child, 'listItem');
        return;
      case 'footnoteDefinition':
        for (const child of node.children) walkBlocks(child, 'other');
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) walkBlocks(child, container);
    }
  };
  walkBlocks(tree, 'root');

  const finders = commentFinders(text);
  const walkComments = (node: Nodes): void => {
    if (node.type === 'html') {
      if (node.position) collectComments(text, offsetOf(node, 'start') + bodyOffset, offsetOf(node, 'end') + bodyOffset, comments, finders);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walkComments(child);
  };
  walkComments(tree as Root);

  return { blocks, comments, usedFallback: true, approximations: [] };
}

function offsetOf(node: Nodes, side: 'start' | 'end'): number {
  const offset = node.position?.[side].offset;
  if (offset === undefined) throw new Error(`prose reference: ${node.type} without a position`);
  return offset;
}

/** Token ranges that make up text values: data, escaped characters, character references, line endings. */
function valueUnits(body: string, strict: boolean): Units {
  const events = postprocess(parse({ extensions: [gfm()] }).document().write(preprocess()(body, undefined, true)));
  const start: number[] = [];
  const end: number[] = [];
  const value: string[] = [];
  for (const [kind, token] of events) {
    if (kind !== 'enter') continue;
    const type = token.type as string;
    if (type !== 'data' && type !== 'characterEscapeValue' && type !== 'characterReference' && type !== 'lineEnding') continue;
    const s = token.start.offset;
    let e = token.end.offset;
    if (e <= s) continue;
    // A line ending is its CR, LF or CRLF; micromark's resolvers sometimes stretch the token over the
    // container prefix that follows (which has its own nested token).
    if (type === 'lineEnding') e = s + (body.charCodeAt(s) === Code.carriageReturn && body.charCodeAt(s + 1) === Code.lineFeed ? 2 : 1);
    start.push(s);
    end.push(e);
    value.push(type === 'characterReference' ? decodeReference(body.slice(s + 1, e - 1)) : body.slice(s, e));
  }
  // Events are in document order already; keep the invariant explicit for the binary searches below.
  const order = start.map((_, i) => i).sort((a, b) => (start[a] as number) - (start[b] as number) || (end[a] as number) - (end[b] as number));
  const units: Units = { start: [], end: [], value: [], strict };
  let lastStart = -1;
  let lastEnd = -1;
  for (const i of order) {
    const s = start[i] as number;
    const e = end[i] as number;
    if (s === lastStart && e === lastEnd) continue; // the same range seen twice (flow and text level)
    units.start.push(s);
    units.end.push(e);
    units.value.push(value[i] as string);
    lastStart = s;
    lastEnd = e;
  }
  return units;
}

function decodeReference(inner: string): string {
  if (inner.charCodeAt(0) === Code.numberSign) {
    const hex = inner.charCodeAt(1) === Code.lowercaseX || inner.charCodeAt(1) === Code.uppercaseX;
    return decodeNumericCharacterReference(inner.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  const decoded = decodeNamedCharacterReference(inner);
  if (decoded === false) throw new Error(`prose reference: undecodable character reference &${inner};`);
  return decoded;
}

/** First unit whose end is after `offset`. */
function firstUnitEndingAfter(units: Units, offset: number): number {
  // Offsets are integers: "ends after offset" is "ends at offset + 1 or later".
  return lowerBound(units.end, offset + 1);
}

/**
 * Units overlapping [from, to), clipped to it (only data and line endings can be clipped: their value
 * is their source), with their values.
 */
function unitsIn(body: string, units: Units, from: number, to: number): { s: number[]; e: number[]; v: string[] } {
  const s: number[] = [];
  const e: number[] = [];
  const v: string[] = [];
  for (let i = firstUnitEndingAfter(units, from); i < units.start.length && (units.start[i] as number) < to; i++) {
    let us = units.start[i] as number;
    let ue = units.end[i] as number;
    let uv = units.value[i] as string;
    if (us < from || ue > to) {
      if (uv !== body.slice(us, ue) && units.strict) throw new Error(`prose reference: a reference or escape straddles a text node at ${us}`);
      us = Math.max(us, from);
      ue = Math.min(ue, to);
      uv = body.slice(us, ue);
    }
    s.push(us);
    e.push(ue);
    v.push(uv);
  }
  return { s, e, v };
}

function collectPhrasing(parent: Parent, body: string, units: Units, sink: BlockSink): void {
  const children = parent.children as PhrasingContent[];
  let i = 0;
  while (i < children.length) {
    const child = children[i] as PhrasingContent;
    if (!child.position) {
      // A run of nodes made by the autolink-literal transform from one text node.
      let j = i;
      while (j < children.length && !(children[j] as PhrasingContent).position) j++;
      const from = i > 0 ? offsetOf(children[i - 1] as Nodes, 'end') : offsetOf(parent as Nodes, 'start');
      const to = j < children.length ? offsetOf(children[j] as Nodes, 'start') : offsetOf(parent as Nodes, 'end');
      splitRun(children.slice(i, j), body, units, from, to, sink);
      i = j;
      continue;
    }
    switch (child.type) {
      case 'text': {
        const from = offsetOf(child, 'start');
        const to = offsetOf(child, 'end');
        const u = unitsIn(body, units, from, to);
        const joined = u.v.join('');
        if (joined !== child.value && units.strict) {
          throw new Error(`prose reference: text at ${from}-${to} has value ${JSON.stringify(child.value)} but tokens ${JSON.stringify(joined)}`);
        }
        for (let k = 0; k < u.s.length; k++) pushRange(sink, u.s[k] as number, u.e[k] as number);
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        collectPhrasing(child, body, units, sink);
        break;
      case 'link':
        // `[text](url)` text is prose; `<url>` autolinks and GFM literal URLs/emails are not.
        if (body.charCodeAt(offsetOf(child, 'start')) === Code.leftSquareBracket) collectPhrasing(child, body, units, sink);
        break;
      default:
        // inlineCode, html, image, imageReference, break, footnoteReference: not prose.
        break;
    }
    i++;
  }
}

/** Prose of a transform-made run [text | link]… whose original text node covered [from, to). */
function splitRun(run: PhrasingContent[], body: string, units: Units, from: number, to: number, sink: BlockSink): void {
  const u = unitsIn(body, units, from, to);
  // Value intervals (in the joined value) that became links.
  const linkStarts: number[] = [];
  const linkEnds: number[] = [];
  let at = 0;
  let joinedRun = '';
  for (const node of run) {
    let value: string;
    if (node.type === 'text') value = node.value;
    else if (node.type === 'link') {
      value = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      linkStarts.push(at);
      linkEnds.push(at + value.length);
    } else throw new Error(`prose reference: unexpected ${node.type} without a position`);
    joinedRun += value;
    at += value.length;
  }
  let joined = u.v.join('');
  // Without a positioned sibling after the run, the region runs to the parent's end, which for a
  // setext heading includes the line ending before its underline: not part of the text.
  while (joined !== joinedRun && joined.startsWith(joinedRun) && u.v.length > 0 && /^(?:\r\n|\r|\n)$/.test(u.v[u.v.length - 1] as string)) {
    u.s.pop();
    u.e.pop();
    u.v.pop();
    joined = u.v.join('');
  }
  if (joined !== joinedRun) {
    if (!units.strict) {
      for (let k = 0; k < u.s.length; k++) pushRange(sink, u.s[k] as number, u.e[k] as number);
      return;
    }
    throw new Error(`prose reference: split text at ${from}-${to} has value ${JSON.stringify(joinedRun)} but tokens ${JSON.stringify(joined)}`);
  }
  let valueAt = 0;
  let link = 0;
  for (let k = 0; k < u.s.length; k++) {
    const us = u.s[k] as number;
    const ue = u.e[k] as number;
    const uv = u.v[k] as string;
    const v0 = valueAt;
    const v1 = valueAt + uv.length;
    valueAt = v1;
    const exact = uv === body.slice(us, ue); // data and line endings map character to character
    // Walk the value range [v0, v1) against the link intervals.
    let p = v0;
    while (p < v1) {
      while (link < linkEnds.length && (linkEnds[link] as number) <= p) link++;
      const ls = link < linkStarts.length ? (linkStarts[link] as number) : Infinity;
      if (p < ls) {
        const q = Math.min(v1, ls);
        if (exact) pushRange(sink, us + (p - v0), us + (q - v0));
        else pushRange(sink, us, ue);
        p = q;
      } else {
        p = Math.min(v1, linkEnds[link] as number);
      }
    }
  }
}

