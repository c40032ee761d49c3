/**
 * A static check that a regular expression runs in linear time on any input, for patterns that run
 * over whole documents (search normalisation). Sufficient, not complete: it accepts the simple shapes
 * such patterns take and rejects the rest, so a pattern it rejects may be fine and must be rewritten or
 * argued for.
 *
 * The two ways a backtracking engine goes quadratic on long inputs:
 * - rescanning across attempts: `/\[[^\]]*\]\(/g` on `[[[[…` runs from every `[` to the end. Checked:
 *   every repeated run (`*`, `+`, `{n,}`) is a set that excludes a character every attempt must
 *   consume before the run (a mandatory character of the fixed-length head), so the run of one attempt
 *   stops before the next attempt's run starts; or the pattern is anchored at the input's start (one
 *   attempt); or nothing follows the run (an attempt that reaches it succeeds and consumes it).
 * - backing off within an attempt: `\s*(x*?)\s*y` tries every split of a run of spaces. Checked: what
 *   may follow a run cannot start with a character of the run, so each step back fails at once.
 * Repeated groups are accepted only in anchored patterns, with their inner runs checked as above.
 * Character sets are compared over the Basic Multilingual Plane.
 */
import { parse } from 'regjsparser';

// regjsparser's AST, as far as this check reads it.
interface AstNode {
  readonly type: string;
  readonly raw: string;
  readonly kind?: string;
  readonly behavior?: string;
  readonly body?: AstNode[] | AstNode;
  readonly min?: number;
  readonly max?: number;
}

interface Follow {
  /** Raw sources of the sets the next character may belong to. */
  readonly sets: readonly string[];
  /** The end of the pattern can come next. */
  readonly end: boolean;
  /** A look-around or anchor stands in between (it can fail, at O(1) cost per position). */
  readonly assertion: boolean;
}

const SET_TYPES = new Set(['value', 'characterClass', 'characterClassEscape', 'unicodePropertyEscape', 'dot']);
const LOOKAROUND = new Set(['lookahead', 'lookbehind', 'negativeLookahead', 'negativeLookbehind']);
const BMP = 0x10000;

/** Problems found in `/source/flags`; empty when the pattern is linear by the rules above. */
export function linearityProblems(source: string, flags: string): string[] {
  const ast = parse(source, flags, { unicodePropertyEscape: true, namedGroups: true, lookbehind: true }) as unknown as AstNode;
  const checker = new Checker(flags.replace(/[gmy]/g, ''), flags.includes('m'));
  for (const alternative of alternativesOf(ast)) checker.alternative(alternative);
  return checker.problems;
}

function alternativesOf(node: AstNode): AstNode[][] {
  if (node.type === 'disjunction') return (node.body as AstNode[]).map(sequenceOf);
  return [sequenceOf(node)];
}

function sequenceOf(node: AstNode): AstNode[] {
  return node.type === 'alternative' ? (node.body as AstNode[]) : [node];
}

/** The alternatives inside a group. */
function groupAlternatives(group: AstNode): AstNode[][] {
  const body = group.body as AstNode[];
  if (body.length === 1 && body[0]?.type === 'disjunction') return alternativesOf(body[0]);
  return [body];
}

function quantified(node: AstNode): AstNode {
  return (node.body as AstNode[])[0] as AstNode;
}

function isLookaround(node: AstNode): boolean {
  return node.type === 'group' && LOOKAROUND.has(node.behavior ?? '');
}

class Checker {
  readonly problems: string[] = [];
  private anchored = false;
  private head: string[] = [];
  private readonly members = new Map<string, Uint8Array>();

  constructor(
    private readonly flags: string,
    private readonly multiline: boolean,
  ) {}

  alternative(terms: AstNode[]): void {
    const first = terms[0];
    this.anchored = first?.type === 'anchor' && first.kind === 'start' && !this.multiline;
    this.head = [];
    for (const term of terms) {
      if (maxLength(term) === Infinity) break;
      if (SET_TYPES.has(term.type)) this.head.push(term.raw);
    }
    this.sequence(terms, { sets: [], end: true, assertion: false }, false);
  }

  private sequence(terms: AstNode[], after: Follow, inLoop: boolean): void {
    terms.forEach((term, i) => this.term(term, this.follow(terms, i + 1, after), inLoop));
  }

  private term(term: AstNode, follow: Follow, inLoop: boolean): void {
    if (term.type === 'group') {
      if (isLookaround(term)) {
        if ((term.body as AstNode[]).some((t) => maxLength(t) === Infinity)) {
          this.problems.push(`look-around ${term.raw} has an unbounded part`);
        }
        return;
      }
      for (const alternative of groupAlternatives(term)) this.sequence(alternative, follow, inLoop);
      return;
    }
    if (term.type !== 'quantifier') return;
    const body = quantified(term);
    const unbounded = term.max === undefined;
    if (!SET_TYPES.has(body.type)) {
      if (unbounded && !this.anchored) this.problems.push(`${term.raw}: a repeated group in an unanchored pattern`);
      // The next iteration may follow the body.
      const loop = term.max === undefined || (term.max ?? 0) > 1;
      const next = loop ? merge(this.first(body), follow) : follow;
      for (const alternative of body.type === 'group' ? groupAlternatives(body) : [[body]]) this.sequence(alternative, next, inLoop || unbounded);
      return;
    }
    if (!unbounded) return;
    const run = body.raw;
    const succeeds = follow.end && !follow.assertion && follow.sets.length === 0;
    // Within an attempt: stepping back out of the run must fail at once.
    if (!succeeds) {
      for (const set of follow.sets) {
        if (!this.disjoint(run, set)) this.problems.push(`${term.raw}: what may follow it (${set}) overlaps it, so backing off the run retries every split`);
      }
    }
    // Across attempts: the run must stop before another attempt's run.
    if (!this.anchored && !succeeds && !inLoop && !this.head.some((set) => this.disjoint(run, set))) {
      this.problems.push(`${term.raw}: excludes no character that every attempt consumes before it (${this.head.join(' ') || 'none'}), so attempts rescan it`);
    }
  }

  /** What may come right after terms[i…], then `after`. */
  private follow(terms: AstNode[], i: number, after: Follow): Follow {
    const sets: string[] = [];
    let assertion = false;
    for (let k = i; k < terms.length; k++) {
      const term = terms[k] as AstNode;
      if (term.type === 'anchor' || isLookaround(term)) {
        assertion = true;
        continue;
      }
      const f = this.first(term);
      sets.push(...f.sets);
      if (!f.end) return { sets, end: false, assertion };
    }
    return { sets: [...sets, ...after.sets], end: after.end, assertion: assertion || after.assertion };
  }

  /** The sets a term's first character may come from; `end`: the term may match nothing. */
  private first(term: AstNode): Follow {
    if (SET_TYPES.has(term.type)) return { sets: [term.raw], end: false, assertion: false };
    if (term.type === 'anchor' || isLookaround(term)) return { sets: [], end: true, assertion: true };
    if (term.type === 'quantifier') {
      const f = this.first(quantified(term));
      return { sets: f.sets, end: f.end || term.min === 0, assertion: f.assertion };
    }
    if (term.type === 'group') {
      const parts = groupAlternatives(term).map((alternative) => this.follow(alternative, 0, { sets: [], end: true, assertion: false }));
      return { sets: parts.flatMap((p) => p.sets), end: parts.some((p) => p.end), assertion: parts.some((p) => p.assertion) };
    }
    // A back-reference can be anything, or nothing.
    return { sets: ['[\\s\\S]'], end: true, assertion: false };
  }

  private disjoint(a: string, b: string): boolean {
    const x = this.membership(a);
    const y = this.membership(b);
    for (let c = 0; c < BMP; c++) if (x[c] && y[c]) return false;
    return true;
  }

  private membership(raw: string): Uint8Array {
    let m = this.members.get(raw);
    if (!m) {
      const re = new RegExp(`^(?:${raw})$`, this.flags);
      m = new Uint8Array(BMP);
      for (let c = 0; c < BMP; c++) m[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
      this.members.set(raw, m);
    }
    return m;
  }
}

function merge(a: Follow, b: Follow): Follow {
  return { sets: [...a.sets, ...b.sets], end: a.end && b.end, assertion: a.assertion || b.assertion };
}

function maxLength(term: AstNode): number {
  if (SET_TYPES.has(term.type)) return 1;
  if (term.type === 'anchor' || isLookaround(term)) return 0;
  if (term.type === 'quantifier') return term.max === undefined ? Infinity : term.max * maxLength(quantified(term));
  if (term.type === 'group') return Math.max(...groupAlternatives(term).map((alt) => alt.reduce((n, t) => n + maxLength(t), 0)));
  return Infinity;
}

/**
 * The regular expression literals of a TypeScript source, as [source, flags]. A small scanner, enough
 * for this repository's style: it skips comments, strings and template text, and takes a `/` as the
 * start of a literal where an expression may begin.
 */
export function regexLiterals(code: string): [string, string][] {
  const out: [string, string][] = [];
  let previous = '';
  for (let i = 0; i < code.length; ) {
    const c = code[i] as string;
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i === -1) break;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i) + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(code, i, out);
      previous = 'x';
      continue;
    }
    if (c === '/' && (previous === '' || '(,=:[!&|?{};'.includes(previous) || /\breturn$/.test(code.slice(Math.max(0, i - 8), i).trimEnd()))) {
      let k = i + 1;
      let inClass = false;
      for (; k < code.length; k++) {
        const d = code[k];
        if (d === '\\') k++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      let f = k + 1;
      while (f < code.length && /[a-z]/.test(code[f] as string)) f++;
      out.push([code.slice(i + 1, k), code.slice(k + 1, f)]);
      i = f;
      previous = 'x';
      continue;
    }
    if (!/\s/.test(c)) previous = /[\w$]/.test(c) ? 'x' : c;
    i++;
  }
  return out;
}

/** After the string or template starting at `i`; literals inside template expressions go to `out`. */
function skipString(code: string, i: number, out: [string, string][]): number {
  const quote = code[i];
  let k = i + 1;
  while (k < code.length && code[k] !== quote) {
    if (code[k] === '\\') k++;
    else if (quote === '`' && code[k] === '$' && code[k + 1] === '{') {
      // A template expression: to its closing brace, scanned like code.
      let depth = 1;
      const start = k + 2;
      k = start;
      while (k < code.length && depth > 0) {
        const d = code[k];
        if (d === "'" || d === '"' || d === '`') {
          k = skipString(code, k, []);
          continue;
        }
        if (d === '{') depth++;
        else if (d === '}') depth--;
        k++;
      }
      out.push(...regexLiterals(code.slice(start, k - 1)));
      continue;
    }
    k++;
  }
  return k + 1;
}
