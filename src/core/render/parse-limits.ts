/**
 * Limits on what micromark is given. micromark's work grows faster than its input for some
 * shapes of Markdown, all of which a document from a repository you do not control can have:
 *
 * - containers opened on one line: 2,000 `- ` took 3 s, 2,000 `>` 0.7 s, 10,000 `>` overflowed
 *   the stack in mdast-util-gfm-autolink-literal's tree walk;
 * - list items: every item copies the parse's whole event list (micromark's document tokenizer,
 *   and the list preparation in mdast-util-from-markdown), so a part with n items and m events
 *   costs n × m: `- - - - - - - - a` on each line of 100 KB took 146 s;
 * - emphasis, brackets, code spans and autolinks within one paragraph: each closer looks back
 *   over the paragraph for its opener (`a* `×25,000 + `*a `×25,000 took 6–9 s, `[a](`×50,000
 *   13–16 s), and one long run of `*` nests (5,000 `*` around a letter: 3.8 s, 10,000: 29 s).
 *
 * So, before parsing, in one pass over the text: a text longer than a limit is cut at a line
 * start, and the syntax characters past a limit are swapped for stand-ins of the same length
 * (private-use characters, which micromark reads as letters); `restoreStandIns` puts the
 * characters back in the tree. Past a limit, the rest is shown as the text it is, and every
 * offset stays where it was. Each limit is reported once, at its first place, with how many
 * places it applied to.
 */
import type { Nodes, Root } from 'mdast';
import { markdownParts } from './markdown-parts';
import type { RenderWarningCode } from './types';

/**
 * Nesting levels of the Markdown tree (a quote 1, a list item 2: the list and the item): 100, as
 * markdown-it's `maxNesting`. Here, for the containers a line opens; tree-limits.ts holds the
 * tree to the same depth.
 */
export const MAX_NESTING = 100;
/**
 * List items per part (markdown-parts.ts): a reply's lists hold tens. 1,000 items in a part of
 * 250 KB (the most that is rendered) cost micromark 0.6 s.
 */
export const MAX_LIST_ITEMS = 1_000;
/**
 * Delimiter runs of one kind (`*`/`_`, `~`, backticks, `[`/`]`, `<`) between two blank lines, where
 * one paragraph's inline syntax can be: a long reply's paragraph has tens. 240 KB of paragraphs
 * each at the limit (500 `a* ` and 500 `*a `) render for all channels in ~2 s.
 */
export const MAX_INLINE_MARKS = 1_000;
/** A run of `*` or `_` longer than this opens no emphasis (16 levels of strong); longer runs nest at a cubic cost. */
export const MAX_MARK_RUN = 32;

/**
 * What is rendered at most: 5,000 lines and 256 KB. micromark costs tens of microseconds a line
 * (a 30,000-row table took 6–8 s), and the lines of a paragraph continued lazily in a list item
 * or a quote cost more with each line (8,000 such lines: 3.3 s). The largest real help-centre
 * article we have is 300 lines and 20 KB, the bench's long article 1,300 lines and 100 KB, and
 * no channel takes more than 102 KB.
 */
export const MAX_RENDER_LINES = 5_000;
export const MAX_RENDER_CHARS = 256 * 1024;

/** The characters a limit can take out of the syntax, each with its stand-in at the same index from STAND_IN_BASE. */
const SYNTAX = '>-+*.)_~`[]<';
const STAND_IN_BASE = 0xe001;
const STAND_INS = `\\u${STAND_IN_BASE.toString(16)}-\\u${(STAND_IN_BASE + SYNTAX.length - 1).toString(16)}`;
const STAND_IN = new RegExp(`[${STAND_INS}]`, 'g');
const HAS_STAND_IN = new RegExp(`[${STAND_INS}]`);
const standIn = (c: string) => String.fromCharCode(STAND_IN_BASE + SYNTAX.indexOf(c));

export interface LimitHit {
  readonly code: RenderWarningCode;
  readonly message: string;
  /** Body offsets of the first place. */
  readonly start: number;
  readonly end: number;
}

export interface LimitedText {
  readonly text: string;
  /** Whether any character was swapped (the tree then needs `restoreStandIns`). */
  readonly changed: boolean;
  readonly hits: readonly LimitHit[];
}

/** Kinds of inline delimiter, counted apart (0: none). */
const EMPHASIS = 1;
const STRIKETHROUGH = 2;
const CODE = 3;
const BRACKETS = 4;
const ANGLE = 5;

const ASTERISK = 42;
const UNDERSCORE = 95;
const TILDE = 126;
const BACKTICK = 96;
const BACKSLASH = 92;

/** The kind of delimiter each ASCII character is: a table, as the scan looks at every character. */
const MARK_OF = new Uint8Array(128);
MARK_OF[ASTERISK] = MARK_OF[UNDERSCORE] = EMPHASIS;
MARK_OF[TILDE] = STRIKETHROUGH;
MARK_OF[BACKTICK] = CODE;
MARK_OF['['.charCodeAt(0)] = MARK_OF[']'.charCodeAt(0)] = BRACKETS;
MARK_OF['<'.charCodeAt(0)] = ANGLE;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The text with the syntax past each limit swapped for stand-ins. */
export function limitMarkdown(source: string): LimitedText {
  return new Limiter(source).run();
}

class Limiter {
  private readonly text: string;
  /** Offsets of the characters swapped for stand-ins. */
  private readonly taken = new Set<number>();
  private readonly hits = new Map<RenderWarningCode, { first: { start: number; end: number }; count: number }>();
  /** Inline delimiter runs of each kind since the last blank line. */
  private readonly marks = new Uint32Array(ANGLE + 1);
  /** List items since the start of the part. */
  private listItems = 0;

  constructor(source: string) {
    // Stand-ins the author typed (vanishingly rare) become replacement characters of the same length.
    this.text = source.replace(STAND_IN, '\ufffd');
  }

  run(): LimitedText {
    const text = this.text;
    const partStarts = new Set(markdownParts(text).map((p) => p.start));
    let afterBlank = true;
    let lines = 0;
    let cut: number | undefined;
    for (let at = 0; at < text.length; ) {
      if (++lines > MAX_RENDER_LINES || at >= MAX_RENDER_CHARS) {
        cut = at;
        break;
      }
      let end = at;
      let blank = true;
      for (; end < text.length && end < MAX_RENDER_CHARS; end++) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        if (c !== 32 && c !== 9) blank = false;
      }
      // A line running past the limit is cut inside it (never between a surrogate pair's halves):
      // a one-line megabyte is as costly as a megabyte of lines.
      const longLine = end === MAX_RENDER_CHARS && end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13;
      if (longLine && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      if (!blank) {
        // A blank line ends every paragraph: inline syntax is counted afresh after one.
        if (afterBlank) this.marks.fill(0);
        if (partStarts.has(at)) this.listItems = 0;
        this.line(at, end);
      }
      if (longLine) {
        cut = end;
        break;
      }
      afterBlank = blank;
      at = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    }
    const hits: LimitHit[] = [...this.hits].map(([code, { first, count }]) => ({ code, message: MESSAGES[code]!(count), ...first }));
    const limited = this.taken.size ? this.apply() : text;
    if (cut === undefined) return { text: limited, changed: this.taken.size > 0, hits };
    const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
    hits.push({
      code: 'render/too-long',
      message: `The text is longer than ${MAX_RENDER_LINES.toLocaleString('en-US')} lines or ${kb(MAX_RENDER_CHARS)} (${kb(text.length)}): channels show it up to here. No channel takes a message this long; split it.`,
      start: cut,
      end: Math.min(text.length, cut + 1),
    });
    return { text: limited.slice(0, cut), changed: this.taken.size > 0, hits };
  }

  /** The container markers at the start of a line, then its inline syntax. */
  private line(start: number, end: number): void {
    const text = this.text;
    let at = start;
    // Levels of the tree the line reaches, counted high: each column of indentation at the start or
    // after a quote's `>` and its space as a level (a list continued takes two columns and two
    // levels); a quote opens one level, a list item two. The spaces after a list marker are its own.
    let levels = 0;
    let previous: 'line' | 'quote' | 'list' = 'line';
    for (;;) {
      let columns = 0;
      for (; at < end && (text[at] === ' ' || text[at] === '\t'); at++) columns = text[at] === '\t' ? columns + 4 - (columns % 4) : columns + 1;
      if (previous === 'line') levels += columns;
      else if (previous === 'quote') levels += Math.max(0, columns - 1);
      const marker = this.marker(at, end);
      if (!marker) break;
      levels += marker.kind === 'list' ? 2 : 1;
      if (marker.kind === 'list') this.listItems++;
      const tooMany = marker.kind === 'list' && this.listItems > MAX_LIST_ITEMS;
      const code = levels > MAX_NESTING ? 'render/too-deep' : tooMany ? 'render/too-many-list-items' : undefined;
      if (code) {
        // The character that makes the marker syntax is taken out; the marker and the rest of the line are text.
        this.take(marker.syntaxAt, marker.syntaxAt + 1, code);
        break;
      }
      previous = marker.kind;
      at = marker.end;
    }
    this.inline(at, end);
  }

  /** A block quote or list item marker at `at`: where it is, and the character that makes it syntax. */
  private marker(at: number, end: number): { kind: 'quote' | 'list'; start: number; end: number; syntaxAt: number } | undefined {
    const text = this.text;
    const c = text[at];
    const spaceAfter = (i: number) => i >= end || text[i] === ' ' || text[i] === '\t';
    if (c === '>') return { kind: 'quote', start: at, end: at + 1, syntaxAt: at };
    if ((c === '-' || c === '+' || c === '*') && spaceAfter(at + 1)) return { kind: 'list', start: at, end: at + 1, syntaxAt: at };
    let digits = at;
    while (digits < end && digits - at < 10 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
    if (digits > at && digits - at <= 9 && (text[digits] === '.' || text[digits] === ')') && spaceAfter(digits + 1)) {
      return { kind: 'list', start: at, end: digits + 1, syntaxAt: digits };
    }
    return undefined;
  }

  /** Counts the inline syntax of a line's content; runs past the limits are taken out. */
  private inline(start: number, end: number): void {
    const text = this.text;
    let sole: number | undefined | null = null;
    let at = start;
    while (at < end) {
      const c = text.charCodeAt(at);
      if (c === BACKSLASH) {
        at += 2;
        continue;
      }
      const mark = c < 128 ? MARK_OF[c]! : 0;
      if (mark === 0) {
        at++;
        continue;
      }
      let runEnd = at + 1;
      // Brackets and `<` count one by one; the others by runs of the same character.
      if (mark !== BRACKETS && mark !== ANGLE) while (runEnd < end && text.charCodeAt(runEnd) === c) runEnd++;
      const length = runEnd - at;
      if ((c === BACKTICK || c === TILDE) && length >= 3 && at === start) {
        // A fence opens here (or it is fence-like text): not inline syntax.
      } else if (mark === EMPHASIS && length > MAX_MARK_RUN && (sole === null ? (sole = soleCharacter(text, start, end)) : sole) !== c) {
        this.take(at, runEnd, 'render/too-many-marks');
      } else if (++this.marks[mark]! > MAX_INLINE_MARKS) {
        this.take(at, runEnd, 'render/too-many-marks');
      }
      at = runEnd;
    }
  }

  /** Takes the characters from `start` to `end` out of the syntax: one place for `code`. */
  private take(start: number, end: number, code: RenderWarningCode): void {
    for (let i = start; i < end; i++) this.taken.add(i);
    const hit = this.hits.get(code);
    if (hit) hit.count++;
    else this.hits.set(code, { first: { start, end }, count: 1 });
  }

  private apply(): string {
    const text = this.text;
    const at = [...this.taken].sort((a, b) => a - b);
    const out: string[] = [];
    let from = 0;
    for (const i of at) {
      out.push(text.slice(from, i), standIn(text[i]!));
      from = i + 1;
    }
    out.push(text.slice(from));
    return out.join('');
  }
}

/** The one character a line holds besides spaces (a thematic break such as `*****`), or undefined. */
function soleCharacter(text: string, start: number, end: number): number | undefined {
  let sole: number | undefined;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (sole !== undefined && c !== sole) return undefined;
    sole = c;
  }
  return sole;
}

const places = (n: number) => (n === 1 ? '' : ` (${n.toLocaleString('en-US')} places)`);

const MESSAGES: Partial<Record<RenderWarningCode, (count: number) => string>> = {
  'render/too-deep': (n) =>
    `Nested more than ${MAX_NESTING} levels deep${places(n)}: from here on the quote and list markers are shown as text. Flatten the structure.`,
  'render/too-many-list-items': (n) =>
    `More than ${MAX_LIST_ITEMS.toLocaleString('en-US')} list items without a blank line and a paragraph between them${places(n)}: the markers from here on are shown as text. Split the list.`,
  'render/too-many-marks': (n) =>
    `More than ${MAX_INLINE_MARKS.toLocaleString('en-US')} emphasis, code, link or \`<\` marks of one kind in one paragraph, or a run of more than ${MAX_MARK_RUN} \`*\` or \`_\`${places(n)}: from here on they are shown as text.`,
};

/** Puts back the characters `limitMarkdown` swapped, in every string of the tree. */
export function restoreStandIns(tree: Root): void {
  const restore = (value: string) => value.replace(STAND_IN, (s) => SYNTAX[s.charCodeAt(0) - STAND_IN_BASE]!);
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()! as Nodes & Record<string, unknown>;
    for (const key of ['value', 'url', 'title', 'alt', 'label', 'identifier', 'lang', 'meta'] as const) {
      const value = node[key];
      if (typeof value === 'string' && HAS_STAND_IN.test(value)) node[key] = restore(value);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}
