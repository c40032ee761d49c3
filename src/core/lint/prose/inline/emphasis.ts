/**
 * Emphasis and strikethrough: `*`/`_` and `~` runs are tokenized as they come (micromark attention,
 * GFM strikethrough), with whether each can open or close, and paired afterwards by micromark's
 * resolvers (`resolveAll`). A paired marker is markup; an unpaired run stays text; what it encloses
 * is prose either way. Pairing matters to the linter only where a marker ends a text node.
 */
import { classify } from '../../../text/micromark-chars';
import { Code } from '../char-codes';
import type { InlineState } from './state';
import { Flag, Token } from './tokens';

/**
 * Emphasis and strikethrough runs per leaf past which its emphasis is read as plain text (inexact:
 * `scanProse` then asks micromark, when the document is small enough). Pairing a closing run looks
 * back over the open ones, and each pair re-resolves what it encloses: up to 400² steps per leaf,
 * and a leaf holds at least 400 characters, so at most ~400 steps per character. Past it the cost
 * grew with the square of the runs: 50k runs in one paragraph never finished.
 */
export const MAX_SEQUENCES = 400;

/** classify(): what surrounds a run decides whether it can open or close. */
const enum Around {
  other = 0,
  whitespace = 1,
  punctuation = 2,
}

/** A `*` or `_` run at `i`; returns its end. */
export function attention(st: InlineState, i: number, marker: number): number {
  let j = i + 1;
  while (st.at(j) === marker) j++;
  const p = st.prev(i);
  const before = classify(p);
  const next = st.at(j);
  const after = classify(next);
  const open = after === Around.other || (after === Around.punctuation && before !== Around.other) || next === Code.tilde;
  const close = before === Around.other || (before === Around.punctuation && after !== Around.other) || p === Code.tilde;
  let flags = 0;
  if (marker === Code.asterisk) {
    if (open) flags |= Flag.open;
    if (close) flags |= Flag.close;
  } else {
    // `_` inside a word neither opens nor closes.
    if (open && (before !== Around.other || !close)) flags |= Flag.open;
    if (close && (after !== Around.other || !open)) flags |= Flag.close;
  }
  st.tokens.push(Token.attention, i, j, flags);
  st.sequences++;
  if (st.firstResolver === 0) st.firstResolver = Token.attention;
  return j;
}

/** A `~` or `~~` run at `i`; returns its end, or -1 (a longer run, or one continuing a run, is text). */
export function strikethrough(st: InlineState, i: number): number {
  const p = st.prev(i);
  if (p === Code.tilde && !st.tokens.lastIsEscapeEndingAt(i)) return -1;
  let j = i + 1;
  while (st.at(j) === Code.tilde) j++;
  if (j - i > 2) return -1;
  const before = classify(p);
  const after = classify(st.at(j));
  let flags = 0;
  if (after === Around.other || (after === Around.punctuation && before !== Around.other)) flags |= Flag.open;
  if (before === Around.other || (before === Around.punctuation && after !== Around.other)) flags |= Flag.close;
  st.tokens.push(Token.strike, i, j, flags);
  st.sequences++;
  if (st.firstResolver === 0) st.firstResolver = Token.strike;
  return j;
}

/** Pairs the whole leaf's runs, in the order micromark's resolvers run (the first construct seen decides). */
export function resolveLeaf(st: InlineState): void {
  const n = st.tokens.n;
  if (st.firstResolver === Token.strike) {
    strikePass(st, 0, n);
    attentionPass(st, 0, n);
  } else {
    attentionPass(st, 0, n);
    strikePass(st, 0, n);
  }
}

/**
 * micromark `insideSpan` on the tokens strictly inside a link or emphasis: strikethrough first (GFM's
 * resolver is inserted before the core attention resolver), then attention.
 */
export function resolveInside(st: InlineState, lo: number, hi: number): void {
  if (hi <= lo) return;
  strikePass(st, lo, hi);
  attentionPass(st, lo, hi);
}

/** micromark's attention resolver on the runs among tokens [lo, hi). */
function attentionPass(st: InlineState, lo: number, hi: number): void {
  const tokens = st.tokens;
  const s = st.s;
  const r0 = tokens.firstRun(lo);
  const r1 = tokens.firstRun(hi);
  for (let ri = r0; ri < r1; ri++) {
    const i = tokens.runs[ri] as number;
    if (tokens.type[i] !== Token.attention) continue;
    const fi = tokens.flags[i] as number;
    if (fi & Flag.dead || !(fi & Flag.close)) continue;
    const marker = s.charCodeAt(tokens.start[i] as number);
    while (tokens.remaining(i) > 0) {
      let matched = false;
      for (let ro = ri - 1; ro >= r0; ro--) {
        const o = tokens.runs[ro] as number;
        if (tokens.type[o] !== Token.attention) continue;
        const fo = tokens.flags[o] as number;
        if (fo & Flag.dead || !(fo & Flag.open) || s.charCodeAt(tokens.start[o] as number) !== marker) continue;
        const openLeft = tokens.remaining(o);
        if (openLeft === 0) continue;
        const closeLeft = tokens.remaining(i);
        // CommonMark's "rule of 3".
        if ((fo & Flag.close || fi & Flag.open) && closeLeft % 3 && !((openLeft + closeLeft) % 3)) continue;
        const use = openLeft > 1 && closeLeft > 1 ? 2 : 1;
        tokens.usedRight[o] = (tokens.usedRight[o] as number) + use;
        tokens.usedLeft[i] = (tokens.usedLeft[i] as number) + use;
        resolveInside(st, o + 1, i);
        matched = true;
        break;
      }
      if (!matched) break;
    }
  }
  for (let ri = r0; ri < r1; ri++) {
    const i = tokens.runs[ri] as number;
    if (tokens.type[i] === Token.attention) tokens.flags[i] = (tokens.flags[i] as number) | Flag.dead;
  }
}

/** GFM's strikethrough resolver on the runs among tokens [lo, hi): a closer pairs with the nearest opener of its size. */
function strikePass(st: InlineState, lo: number, hi: number): void {
  const tokens = st.tokens;
  const r0 = tokens.firstRun(lo);
  const r1 = tokens.firstRun(hi);
  for (let ri = r0; ri < r1; ri++) {
    const i = tokens.runs[ri] as number;
    if (tokens.type[i] !== Token.strike) continue;
    const fi = tokens.flags[i] as number;
    if (fi & (Flag.dead | Flag.paired) || !(fi & Flag.close)) continue;
    const size = (tokens.end[i] as number) - (tokens.start[i] as number);
    for (let ro = ri - 1; ro >= r0; ro--) {
      const o = tokens.runs[ro] as number;
      if (tokens.type[o] !== Token.strike) continue;
      const fo = tokens.flags[o] as number;
      if (fo & (Flag.dead | Flag.paired) || !(fo & Flag.open) || (tokens.end[o] as number) - (tokens.start[o] as number) !== size) continue;
      tokens.flags[o] = fo | Flag.paired;
      tokens.flags[i] = fi | Flag.paired;
      resolveInside(st, o + 1, i);
      break;
    }
  }
  for (let ri = r0; ri < r1; ri++) {
    const i = tokens.runs[ri] as number;
    if (tokens.type[i] === Token.strike && !((tokens.flags[i] as number) & Flag.paired)) tokens.flags[i] = (tokens.flags[i] as number) | Flag.dead;
  }
}
