import type { KbDocument } from '../kb/document';
import type { LiteralScanner } from './literal-scanner';
import type { Matcher } from './matcher';
import { foldYo } from './text/fold';
import { scanLetters, type LetterScan } from './text/letters';
import { splitSentences, type Span } from './text/sentences';
import type { WordPatterns } from './text/word-patterns';
import { countStarts, wordStarts } from './text/words';
import type { ProseBlock } from './prose';

/** Stands for text that is not prose (code, URLs, placeholders): no word, no space, so no phrase spans it. */
export const OPAQUE = '\u0001';

/** Markup between prose spans that a phrase may run across: emphasis and link brackets. */
const TRANSPARENT_GAP = /^[*_~[\]\s]*$/;

export type Locale = 'ru' | 'en';

/** What the blocks of one lint run share. */
export interface BlockTools {
  /**
   * The literals of the rules that will read the blocks, found in each block in one pass on first use.
   * None: no literal prefilter, every alternative of every rule runs (see DocumentLinter).
   */
  readonly scanner?: LiteralScanner;
  /** The run's word regexes (see word-patterns.ts). */
  readonly patterns: WordPatterns;
}

/**
 * One block of prose, ready for rules: `text` has the block's length and
 * offsets (block-relative: file offset = start + index), prose kept with ё
 * folded to е, emphasis markers blanked, and everything else opaque.
 */
export class LintBlock {
  readonly text: string;
  readonly locale: Locale;
  private sentenceSpans: Span[] | undefined;
  private starts: readonly number[] | undefined;
  private lowered: string | undefined;
  private key: string | undefined;
  private hits: readonly number[] | undefined;
  /** Only ASCII and Russian letters: plain-range regexes are exact here, and faster (see simple-text.ts). */
  readonly simple: boolean;
  /** No literal prefilter: every alternative of every rule runs (Haystack). */
  readonly exhaustive: boolean;
  readonly patterns: WordPatterns;
  private readonly scanner: LiteralScanner | undefined;

  constructor(
    readonly source: string,
    readonly block: ProseBlock,
    fallbackLocale: Locale,
    tools: BlockTools,
  ) {
    this.scanner = tools.scanner;
    this.exhaustive = tools.scanner === undefined;
    this.patterns = tools.patterns;
    const masked = maskBlock(source, block);
    const letters = scanLetters(masked);
    // Folding ё keeps every offset, and neither it nor е is a joiner: the scan holds for the folded text.
    this.text = letters.yo ? foldYo(masked) : masked;
    this.locale = localeOf(letters, fallbackLocale);
    this.simple = letters.simple;
    this.starts = letters.wordStarts;
  }

  get start(): number {
    return this.block.start;
  }

  get kind(): ProseBlock['kind'] {
    return this.block.kind;
  }

  /**
   * Identity of the paragraph for the findings cache: language, kind and the
   * original text (messages quote it, with its ё and emphasis markers). Built
   * once, so every rule's lookup reuses the same string and its hash.
   */
  get cacheKey(): string {
    return (this.key ??= `${this.locale}\u0000${this.block.kind}\u0000${this.original(0, this.text.length)}`);
  }

  /** Lowercase text for the rules' literal prefilter (may differ in length for rare characters; only searched). */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  literalHits(matcher: Matcher): readonly number[] | undefined {
    if (!this.scanner?.covers(matcher)) return undefined;
    return this.scanner.alternativesOf(matcher, this.literalIds);
  }

  /** Scanner-wide ids of the alternatives whose literals this block contains. */
  get literalIds(): readonly number[] {
    return (this.hits ??= this.scanner ? this.scanner.scan(this.text) : []);
  }

  get sentences(): readonly Span[] {
    return (this.sentenceSpans ??= splitSentences(this.text));
  }

  get words(): number {
    return this.wordStarts.length;
  }

  /** Words in a block-relative span that starts outside a word (a sentence does). */
  wordsIn(start: number, end: number): number {
    return countStarts(this.wordStarts, start, end);
  }

  private get wordStarts(): readonly number[] {
    return (this.starts ??= wordStarts(this.text, this.simple, this.patterns));
  }

  /** The original text of a block-relative span. */
  original(start: number, end: number): string {
    return this.source.slice(this.block.start + start, this.block.start + end);
  }
}

/** What a rule sees of one document: its prose blocks, and which of the rules' literals they contain. */
export class LintContext {
  private byLocale: Map<Locale, LintBlock[]> | undefined;
  private hits: readonly number[] | undefined;

  constructor(
    readonly doc: KbDocument,
    readonly blocks: readonly LintBlock[],
    private readonly scanner?: LiteralScanner,
  ) {}

  /** The blocks in one language (all when undefined). */
  blocksIn(locale: Locale | undefined): readonly LintBlock[] {
    if (!locale) return this.blocks;
    this.byLocale ??= new Map();
    let blocks = this.byLocale.get(locale);
    if (!blocks) this.byLocale.set(locale, (blocks = this.blocks.filter((b) => b.locale === locale)));
    return blocks;
  }

  /**
   * False when `matcher` cannot match in any block (none of its literals is in the document):
   * a rule that only reports matches can skip the document without looking at its blocks.
   */
  mayMatch(matcher: Matcher): boolean {
    if (!this.scanner?.covers(matcher)) return !matcher.isEmpty;
    this.hits ??= this.scanner.union(this.blocks.map((b) => b.literalIds));
    return matcher.canMatch(this.scanner.alternativesOf(matcher, this.hits));
  }

  /** The same document seen one block at a time (the paragraph cache lints blocks separately). */
  only(block: LintBlock): LintContext {
    return new LintContext(this.doc, [block], this.scanner);
  }
}

function maskBlock(source: string, block: ProseBlock): string {
  const { spans } = block;
  // Most paragraphs are one span of plain prose: the slice is the text.
  if (spans.length === 1 && spans[0].start === block.start && spans[0].end === block.end) return source.slice(block.start, block.end);
  // Parts joined once: `+=` would leave a rope of pieces, and every later character read
  // (letters, the literal scan, the rules' regexes) pays for walking it.
  const parts: string[] = [];
  let at = block.start;
  for (const span of spans) {
    if (span.start > at) {
      const gap = source.slice(at, span.start);
      parts.push(TRANSPARENT_GAP.test(gap) ? gap.replace(/[^\n]/g, ' ') : gap.replace(/[^\n]/g, OPAQUE));
    }
    parts.push(source.slice(span.start, span.end));
    at = span.end;
  }
  if (block.end > at) parts.push(source.slice(at, block.end).replace(/[^\n]/g, OPAQUE));
  return parts.join('');
}

function localeOf({ cyrillic, latin }: LetterScan, fallback: Locale): Locale {
  if (cyrillic > latin) return 'ru';
  if (latin > cyrillic) return 'en';
  return fallback;
}

/** Russian when Cyrillic letters outnumber Latin ones, English when the reverse, else the document's locale. */
export function detectLocale(text: string, fallback: Locale): Locale {
  return localeOf(scanLetters(text), fallback);
}
