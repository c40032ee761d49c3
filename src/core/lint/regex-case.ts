import { generate } from 'regjsgen';
import { parse, type AstNode as AnyNode, type CharacterClassBody, type RootNode as AnyRoot, type Value } from 'regjsparser';

/** The syntax team patterns may use (the `u` flag's, with look-behind and named groups). */
const FEATURES = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as const;
type Features = typeof FEATURES;
type AstNode = AnyNode<Features>;
type RootNode = AnyRoot<Features>;

/**
 * A pattern that runs with the `iu` flags, rewritten to match the same text
 * case-sensitively, for redos-detector: it refuses `caseInsensitive` with
 * `unicode`, and a case-sensitive check would miss `(?:k|K)+b` (with the Kelvin
 * sign), which `iu` folds into one letter. Every letter becomes the class of
 * its case variants (`k` → `[kKK]`), ranges and classes gain theirs, and
 * case-specific properties (`\p{Lu}`) widen to `\p{L}`. Named groups become
 * numbered ones, which redos-detector's parser needs, and back-references
 * copies of their group's pattern (under `i` they compare ignoring case).
 *
 * Written with regjsparser/regjsgen rather than regexpu-core, which does the
 * same: regexpu-core loads Unicode property data with a computed `require`
 * that a bundle can't hold, and it would spell `\p{L}` out as 9 KB of ranges.
 */
export function withExplicitCase(source: string): string {
  const ast = parse(source, 'u', FEATURES);
  return generate(rewrite(ast, { variants: new CaseVariants(), captures: capturingGroups(ast) }) as AnyNode);
}

/** A case-sensitive source with named groups turned into numbered ones (the same matches). */
export function withNumberedGroups(source: string): string {
  const ast = parse(source, 'u', FEATURES);
  return generate(rewrite(ast, { captures: capturingGroups(ast) }) as AnyNode);
}

/**
 * A back-reference that can only match the empty string: to a group that
 * encloses it (`((a+)\1)`) or that opens after it. JavaScript allows both and
 * they mean nothing; redos-detector 6.1 loops forever on the first kind, time
 * limit or not, so such a pattern is refused before it gets there. Returns the
 * reference as written, or undefined.
 */
export function emptyReference(source: string): string | undefined {
  const { groups, references } = capturingGroups(parse(source, 'u', FEATURES));
  const closed = references.find((r) => {
    const end = r.group === undefined ? undefined : groups[r.group - 1]?.end;
    return end === undefined || end > r.start;
  });
  return closed?.raw;
}

/** Case-specific properties; under `iu` each matches the other cases too. */
const CASED_PROPERTIES = new Set([
  'Lu', 'Uppercase_Letter', 'Ll', 'Lowercase_Letter', 'Lt', 'Titlecase_Letter', 'LC', 'Cased_Letter',
  'Uppercase', 'Upper', 'Lowercase', 'Lower',
  'General_Category=Lu', 'General_Category=Ll', 'General_Category=Lt', 'General_Category=LC',
  'gc=Lu', 'gc=Ll', 'gc=Lt', 'gc=LC',
]);

/** What `\w` also matches under `iu`: the long s and the Kelvin sign fold to `s` and `k`. */
const WORD_FOLDS = [0x017f, 0x212a];

interface Rewrite {
  /** Present when case is ignored: letters gain their case variants. */
  readonly variants?: CaseVariants;
  readonly captures: CapturingGroups;
}

function rewrite<T extends AstNode>(node: T, how: Rewrite): T {
  const n = node as AstNode;
  const { variants, captures } = how;
  switch (n.type) {
    case 'value': {
      const all = variants?.of(n.codePoint);
      return (all && all.length > 1 ? characterClass(all.map(value), false) : n) as T;
    }
    case 'characterClass': {
      if (!variants) return n as T;
      const body: CharacterClassBody[] = [];
      for (const item of n.body) body.push(...classItem(item, variants));
      return { ...n, body } as T;
    }
    case 'characterClassEscape':
      return (variants && n.value === 'w' ? characterClass([n, ...WORD_FOLDS.map(value)], false) : n) as T;
    case 'unicodePropertyEscape':
      return (variants && CASED_PROPERTIES.has(n.value) ? { ...n, value: 'L' } : n) as T;
    case 'reference': {
      const number = n.name ? captures.numbers.get(n.name.value) : n.matchIndex;
      // Under `i` a back-reference compares ignoring case (`(b)\1` matches "bB"),
      // which no case-sensitive reference can say. A copy of the group's pattern
      // matches that and more; wider is safe here, the check only gets stricter.
      const body = variants && number !== undefined ? captures.groups[number - 1]?.body : undefined;
      if (body) return group('ignore', body.map((b) => uncaptured(rewrite(b, how)))) as T;
      return (n.name ? { ...n, name: undefined, matchIndex: number } : n) as T;
    }
    case 'group': {
      const body = n.body.map((b) => rewrite(b, how));
      return (n.behavior === 'normal' ? { ...n, name: undefined, body } : { ...n, body }) as T;
    }
    case 'alternative':
    case 'disjunction':
    case 'quantifier':
      return { ...n, body: n.body.map((b: RootNode) => rewrite(b, how)) } as T;
    default:
      return n as T;
  }
}

/** A copy with its capturing groups made non-capturing, so the groups after it keep their numbers. */
function uncaptured<T extends AstNode>(node: T): T {
  const n = node as AstNode;
  if (!('body' in n) || !Array.isArray(n.body)) return node;
  const body = (n.body as AstNode[]).map(uncaptured);
  return (n.type === 'group' && n.behavior === 'normal' ? group('ignore', body) : { ...n, body }) as T;
}

function group(behavior: 'ignore', body: AstNode[]): AstNode {
  return { type: 'group', behavior, body, range: [0, 0], raw: '' } as unknown as AstNode;
}

function classItem(item: CharacterClassBody, variants: CaseVariants): CharacterClassBody[] {
  switch (item.type) {
    case 'value':
      return variants.of(item.codePoint).map(value);
    case 'characterClassRange': {
      const extra: CharacterClassBody[] = [];
      for (let c = item.min.codePoint; c <= item.max.codePoint; c++) {
        for (const v of variants.of(c)) if (v < item.min.codePoint || v > item.max.codePoint) extra.push(value(v));
      }
      return [item, ...extra];
    }
    case 'characterClassEscape':
      return item.value === 'w' ? [item, ...WORD_FOLDS.map(value)] : [item];
    case 'unicodePropertyEscape':
      return [CASED_PROPERTIES.has(item.value) ? { ...item, value: 'L' } : item];
  }
}

function value(codePoint: number): Value {
  return { type: 'value', kind: 'unicodeCodePointEscape', codePoint, range: [0, 0], raw: '' };
}

function characterClass(body: CharacterClassBody[], negative: boolean): AstNode {
  return { type: 'characterClass', kind: 'union', negative, body, range: [0, 0], raw: '' };
}

interface CapturingGroups {
  /** Names → numbers (1-based, in order of their opening parenthesis). */
  readonly numbers: ReadonlyMap<string, number>;
  /** Each group's pattern and where its closing parenthesis ends, by number − 1. */
  readonly groups: readonly { readonly body: readonly AstNode[]; readonly end: number }[];
  /** Every back-reference: as written, where it starts, and the number of the group it names (undefined for an unknown name). */
  readonly references: readonly { readonly raw: string; readonly start: number; readonly group: number | undefined }[];
}

function capturingGroups(ast: RootNode): CapturingGroups {
  const numbers = new Map<string, number>();
  const groups: { body: AstNode[]; end: number }[] = [];
  const found: { raw: string; start: number; name: string | undefined; index: number | undefined }[] = [];
  const visit = (node: AstNode) => {
    if (node.type === 'group' && node.behavior === 'normal') {
      groups.push({ body: node.body as AstNode[], end: node.range[1] });
      if (node.name) numbers.set(node.name.value, groups.length);
    }
    if (node.type === 'reference') found.push({ raw: node.raw, start: node.range[0], name: node.name?.value, index: node.matchIndex });
    if ('body' in node && Array.isArray(node.body)) for (const child of node.body) visit(child as AstNode);
  };
  visit(ast);
  // Names are resolved after the walk: a reference may name a group that opens after it.
  const references = found.map(({ raw, start, name, index }) => ({ raw, start, group: name === undefined ? index : numbers.get(name) }));
  return { numbers, groups, references };
}

/**
 * Code points that match each other under `iu`. Built from toLowerCase and
 * toUpperCase over the planes that hold cased letters (up to U+1FFFF, ~30 ms),
 * on first use: `iu` folds with Unicode's simple case folding, which maps a
 * letter and its case variants to one key; lower(upper(c)) finds that key for
 * every letter where the two agree (ſ → s, K → k, ς → σ). Where they differ
 * (ı, dotless i, joins i here but not under `iu`) the class is wider than what
 * runs, so the check can only be stricter.
 */
class CaseVariants {
  private byKey: Map<number, number[]> | undefined;
  private keyOf: Map<number, number> | undefined;

  of(codePoint: number): number[] {
    if (!this.byKey) this.build();
    const key = this.keyOf!.get(codePoint);
    return key === undefined ? [codePoint] : this.byKey!.get(key)!;
  }

  private build(): void {
    const byKey = new Map<number, number[]>();
    const keyOf = new Map<number, number>();
    for (let c = 0; c <= 0x1ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const key = caseKey(c);
      if (key === c && single(String.fromCodePoint(c).toUpperCase()) === c && single(String.fromCodePoint(c).toLowerCase()) === c) continue;
      keyOf.set(c, key);
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
    // A key is its own variant even when nothing else maps it (`k` for the Kelvin sign).
    for (const [key, list] of byKey) {
      if (!list.includes(key)) list.push(key);
      keyOf.set(key, key);
    }
    this.byKey = byKey;
    this.keyOf = keyOf;
  }
}

function caseKey(c: number): number {
  const s = String.fromCodePoint(c);
  const upper = single(s.toUpperCase());
  const viaUpper = upper === undefined ? undefined : single(String.fromCodePoint(upper).toLowerCase());
  return viaUpper ?? single(s.toLowerCase()) ?? c;
}

/** The code point of a one-code-point string, else undefined ('ß'.toUpperCase() is "SS"). */
function single(s: string): number | undefined {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : undefined;
}
