/**
 * Required literals of a rule's phrases and patterns. For each alternative, a
 * few groups of lowercase strings: every match contains a string of every
 * group. A paragraph that lacks one of them cannot match, so the rule's regex
 * is not run there. This is what makes 70+ rules affordable: most rules have no
 * business in most paragraphs, and a table scan is far cheaper than a
 * Unicode, case-insensitive regex with look-behinds that V8 must try at every
 * position.
 *
 * Several groups per alternative, and word edges, because one literal per
 * alternative let most regex runs happen for nothing (measured 2026-12-01:
 * 72k regex runs on the 10k-document KB for 529 findings): «как … уже писали»
 * was run wherever «писал» stood, «ты» inside «работы», «се ля ви» wherever
 * «се» did. Now the first needs «как», «уже» and a form of «писать» as
 * words, the second «ты» with no letter on either side, the third all three.
 *
 * Digits: `\d` is the literal "0"; the scanner reads every ASCII digit as "0".
 *
 * Extraction is conservative: when an alternative has no literal we can prove
 * (two or more characters), the rule gets no literals and always runs.
 */
export interface Literal {
  /** Lowercase; "0" stands for any ASCII digit. */
  readonly text: string;
  /** No letter right before it in any match. */
  readonly start: boolean;
  /** No letter right after it in any match. */
  readonly end: boolean;
}

/** Literals one of which every match contains. */
export type LiteralGroup = readonly Literal[];

/** The required literal groups of a regex source, best first; undefined when none can be proved. */
export function literalGroupsOfPattern(source: string): LiteralGroup[] | undefined {
  const branches = splitTopLevel(source);
  if (branches.length === 1) {
    const groups = best(candidates(branches[0], false, false), MAX_GROUPS);
    return groups.length ? groups : undefined;
  }
  const union = unionOfBranches(branches, false, false);
  return union && [union];
}

const MIN_LITERAL = 2;
/** Literals one run may fork into through small classes. */
const MAX_FORKS = 8;
/** Groups kept per alternative: each one more is an extra condition, and a little more scanning. */
const MAX_GROUPS = 4;

/** One group for an alternation: each branch's best group, together. */
function unionOfBranches(branches: readonly string[], startContext: boolean, endContext: boolean): Literal[] | undefined {
  const out: Literal[] = [];
  for (const branch of branches) {
    const [top] = best(candidates(branch, startContext, endContext), 1);
    if (!top) return undefined;
    out.push(...top);
  }
  return dedupe(out);
}

/**
 * The groups that score highest: a group is as good as its shortest literal,
 * and a literal known to start or end a word is a little better than one that
 * is not (it skips the same letters inside longer words).
 */
function best(groups: readonly LiteralGroup[], count: number): LiteralGroup[] {
  const score = (g: LiteralGroup) => Math.min(...g.map((l) => l.text.length + (l.start ? 0.25 : 0) + (l.end ? 0.25 : 0)));
  const seen = new Set<string>();
  const unique = groups.filter((g) => {
    const key = g.map((l) => `${l.text}\u0000${l.start}${l.end}`).sort().join('\u0001');
    return !seen.has(key) && seen.add(key);
  });
  return unique
    .map((g, i) => ({ g, i, s: score(g) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, count)
    .map((x) => x.g);
}

function dedupe(literals: readonly Literal[]): Literal[] {
  const seen = new Set<string>();
  return literals.filter((l) => {
    const key = `${l.text}\u0000${l.start}${l.end}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** One element of a regex sequence, with what the walk below needs to know about it. */
type Item =
  | { readonly kind: 'group'; readonly inner: string | undefined; readonly q: Quantifier }
  /** Zero width: `before` = no letter before this point (a look-behind excluding letters, `^`); `after` = no letter after it. */
  | { readonly kind: 'assert'; readonly says: 'before' | 'after' | 'nothing' }
  /** Consumes one character (times the quantifier); `chars` = its possible lowercase forms when few; `nonLetter` = never a letter. */
  | { readonly kind: 'char'; readonly chars: readonly string[] | undefined; readonly nonLetter: boolean; readonly q: Quantifier };

/**
 * The candidate groups of a sequence: each run of plain characters (forked by
 * small classes like [её]) and each required group whose every branch has
 * literals. `startContext`/`endContext`: no letter right before/after the sequence.
 */
function candidates(seq: string, startContext: boolean, endContext: boolean): LiteralGroup[] {
  const items = tokenize(seq);
  if (!items) return [];
  const found: LiteralGroup[] = [];
  /** No letter can stand right after the items before `k` (they consume a non-letter or assert it). */
  const boundaryAt = (k: number): boolean => {
    for (; k < items.length; k++) {
      const item = items[k];
      if (item.kind === 'assert') {
        if (item.says === 'after') return true;
      } else if (item.kind === 'char' && item.nonLetter) {
        if (!item.q.optional) return true;
      } else {
        return false;
      }
    }
    return endContext;
  };
  // The run being read; several when a small class forks it («чё», «че»).
  let runs: string[] = [];
  let runStart = false;
  // No letter right before the current position.
  let before = startContext;
  const endRun = (end: boolean) => {
    if (runs.length && runs.every((r) => r.length >= MIN_LITERAL)) found.push(runs.map((text) => ({ text, start: runStart, end })));
    runs = [];
  };
  items.forEach((item, k) => {
    if (item.kind === 'assert') {
      endRun(boundaryAt(k));
      if (item.says === 'before') before = true;
      return;
    }
    if (item.kind === 'group') {
      endRun(boundaryAt(k));
      if (item.inner !== undefined && !item.q.optional) {
        // A repeated group follows itself: its contexts are unknown.
        const once = item.q.width === 0;
        const union = unionOfBranches(splitTopLevel(item.inner), once && before, once && boundaryAt(k + 1));
        if (union) found.push(union);
      }
      before = false;
      return;
    }
    const { chars, q } = item;
    if (chars && !q.optional) {
      // Repeated: the run holds the copies the quantifier requires, then ends («!{2,}» → «!!»).
      const add = chars.length === 1 ? [chars[0].repeat(Math.min(Math.max(1, q.min), 8))] : chars;
      const next = runs.flatMap((r) => add.map((c) => r + c));
      if (runs.length && next.length <= MAX_FORKS) {
        runs = next;
      } else {
        endRun(false);
        runs = [...add];
        runStart = before;
      }
      before = item.nonLetter;
      if (q.width > 0) endRun(false);
      return;
    }
    endRun(boundaryAt(k));
    before = item.nonLetter && (!q.optional || before);
  });
  endRun(endContext);
  return found;
}

const LETTER = /\p{L}/u;
/** A class body, or a group body, that excludes every letter when negated: `\p{L}` or a class starting with it. */
const LETTERS = /^(?:\\p\{L\}|\[\\p\{L\}[^\]]*\])$/;
const PUNCTUATION_ESCAPE = /[.*+?^${}()|[\]\\/-]/;

/** The items of a sequence (no top-level `|`); undefined when a paren does not close. */
function tokenize(seq: string): Item[] | undefined {
  const items: Item[] = [];
  let i = 0;
  const char = (chars: readonly string[] | undefined, nonLetter: boolean, width: number) => {
    const q = quantifierAt(seq, i + width);
    items.push({ kind: 'char', chars, nonLetter, q });
    i += width + q.width;
  };
  while (i < seq.length) {
    const c = seq[i];
    if (c === '(') {
      const close = matchingParen(seq, i);
      if (close < 0) return undefined;
      const head = seq.slice(i, i + 4);
      const look = /^\(\?<?[!=]/.exec(head);
      if (look) {
        const body = seq.slice(i + look[0].length, close);
        const negated = look[0].endsWith('!');
        const behind = look[0].includes('<');
        items.push({ kind: 'assert', says: negated && LETTERS.test(body) ? (behind ? 'before' : 'after') : 'nothing' });
        i = close + 1;
        continue;
      }
      const q = quantifierAt(seq, close + 1);
      // A named group or a modifier group: nothing we rely on.
      const inner = seq.startsWith('(?:', i) ? seq.slice(i + 3, close) : seq[i + 1] === '?' ? undefined : seq.slice(i + 1, close);
      items.push({ kind: 'group', inner, q });
      i = close + 1 + q.width;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < seq.length && seq[j] !== ']') j += seq[j] === '\\' ? 2 : 1;
      const body = seq.slice(i + 1, j);
      char(smallClass(body), classExcludesLetters(body), j + 1 - i);
      continue;
    }
    if (c === '\\') {
      const next = seq[i + 1] ?? '';
      if (PUNCTUATION_ESCAPE.test(next)) char([next], true, 2);
      else if (next === 'd') char(['0'], true, 2);
      else if ('snrtfv'.includes(next)) char(undefined, true, 2);
      else if (next === 'b' || next === 'B') {
        items.push({ kind: 'assert', says: 'nothing' });
        i += 2;
      } else if (next === 'p' || next === 'P') char(undefined, false, seq.indexOf('}', i) - i + 1);
      else if (next === 'u' || next === 'x') {
        const m = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(seq.slice(i));
        if (!m) return undefined;
        const decoded = String.fromCodePoint(parseInt(m[1] ?? m[2] ?? m[3], 16));
        char(literalChars(decoded), !LETTER.test(decoded), m[0].length);
      } else if (/[1-9k]/.test(next)) {
        // A backreference: may match anything, even nothing.
        const width = next === 'k' ? seq.indexOf('>', i) - i + 1 : /^\\\d+/.exec(seq.slice(i))![0].length;
        const q = quantifierAt(seq, i + width);
        items.push({ kind: 'group', inner: undefined, q });
        i += width + q.width;
      } else char(undefined, false, 2);
      continue;
    }
    if (c === '^' || c === '$') {
      items.push({ kind: 'assert', says: c === '^' ? 'before' : 'after' });
      i++;
      continue;
    }
    if (c === '.') {
      char(undefined, false, 1);
      continue;
    }
    const code = seq.codePointAt(i)!;
    const whole = String.fromCodePoint(code);
    char(literalChars(whole), !LETTER.test(whole), whole.length);
  }
  return items;
}

/** A character as a literal: its lowercase form, when that is one UTF-16 unit. */
function literalChars(c: string): string[] | undefined {
  const lower = c.toLowerCase();
  return c.length === 1 && lower.length === 1 && !(c >= '\ud800' && c <= '\udfff') ? [lower] : undefined;
}

/** The characters of a class like [её] or [-–—]: no ranges, no negation, no escapes but plain ones, at most 4. */
function smallClass(body: string): string[] | undefined {
  if (body.startsWith('^')) return undefined;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i];
      if (c === undefined || !PUNCTUATION_ESCAPE.test(c)) return undefined;
    } else if (c === '-' && i > 0 && i < body.length - 1) {
      return undefined;
    }
    const lower = literalChars(c);
    if (!lower) return undefined;
    if (!chars.includes(lower[0])) chars.push(lower[0]);
  }
  return chars.length > 0 && chars.length <= 4 ? chars : undefined;
}

/** Whether a class never matches a letter: only spaces, digits and other non-letters, listed one by one. */
function classExcludesLetters(body: string): boolean {
  if (body.startsWith('^') || body.length === 0) return false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const next = body[i + 1];
      if (next === 's' || next === 'd' || (next !== undefined && PUNCTUATION_ESCAPE.test(next))) {
        i++;
        continue;
      }
      const m = /^\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(body.slice(i));
      if (!m || LETTER.test(String.fromCharCode(parseInt(m[1] ?? m[2], 16)))) return false;
      i += m[0].length - 1;
      continue;
    }
    // A range could span letters.
    if (c === '-' && i > 0 && i < body.length - 1) return false;
    if (LETTER.test(c) || (c >= '\ud800' && c <= '\udfff')) return false;
  }
  return true;
}

interface Quantifier {
  readonly width: number;
  readonly optional: boolean;
  readonly min: number;
}

/** A quantifier at `at`: its length, and whether it allows zero copies. */
function quantifierAt(source: string, at: number): Quantifier {
  const c = source[at];
  let width = 0;
  let min = 1;
  if (c === '?' || c === '*') {
    width = 1;
    min = 0;
  } else if (c === '+') {
    width = 1;
  } else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(at));
    if (m) {
      width = m[0].length;
      min = m[1] === '' ? 0 : Number(m[1]);
    }
  }
  if (width > 0 && source[at + width] === '?') width++; // lazy
  return { width, optional: min === 0, min };
}

/** Splits on `|` outside groups and classes. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const { at, char, depth } of structure(source, 0)) {
    if (char === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function matchingParen(source: string, open: number): number {
  for (const { at, char, depth } of structure(source, open)) if (char === ')' && depth === 0) return at;
  return -1;
}

/**
 * The characters of a regex source that give it structure — `(`, `)`, `|` —
 * skipping escapes and character classes, with the group depth after each.
 */
function* structure(source: string, from: number): Generator<{ at: number; char: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') yield { at: i, char: c, depth: ++depth };
    else if (c === ')') yield { at: i, char: c, depth: --depth };
    else if (c === '|') yield { at: i, char: c, depth };
  }
}
