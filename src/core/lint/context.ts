import type { KbDocument } from '../kb/document';
import type { LiteralScanner } from './literal-scanner';
import type { Matcher } from './matcher';
import { foldYo } from './text/fold';
import { splitSentences, type Span } from './text/sentences';
import { isSimpleText } from './text/simple-text';
import { countStarts, wordStarts } from './text/words';
import type { ProseBlock } from './prose';

/** Stands for text that is not prose (code, URLs, placeholders): no word, no space, so no phrase spans it. */
export const OPAQUE = '\u0001';

/** Markup between prose spans that a phrase may run across: emphasis and link brackets. */
const TRANSPARENT_GAP = /^[*_~[\]\s]*$/;

export type Locale = 'ru' | 'en';

/**
 * One block of prose, ready for rules: `text` has the block's length and
 * offsets (block-relative: file offset = start + index), prose kept with ё
 * folded to е, emphasis markers blanked, and everything else opaque.
 */
export class LintBlock {
  readonly text: string;
  readonly locale: Locale;
  private sentenceSpans: Span[] | undefined;
  private starts: Int32Array | undefined;
  private lowered: string | undefined;
  private key: string | undefined;
  private hits: readonly number[] | undefined;
  private simpleText: boolean | undefined;

  constructor(
    readonly source: string,
    readonly block: ProseBlock,
    fallbackLocale: Locale,
    /** The literals of the rules that will read this block, found in one pass on first use. */
    private readonly scanner?: LiteralScanner,
  ) {
    const masked = maskBlock(source, block);
    const letters = countLetters(masked);
    this.text = letters.yo ? foldYo(masked) : masked;
    this.locale = localeOf(letters, fallbackLocale);
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

  private get wordStarts(): Int32Array {
    return (this.starts ??= wordStarts(this.text, this.simple));
  }

  /** Only ASCII and Russian letters: plain-range regexes are exact here, and faster (see simple-text.ts). */
  get simple(): boolean {
    return (this.simpleText ??= isSimpleText(this.text));
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
  let out = '';
  let at = block.start;
  for (const span of block.spans) {
    if (span.start > at) {
      const gap = source.slice(at, span.start);
      out += TRANSPARENT_GAP.test(gap) ? gap.replace(/[^\n]/g, ' ') : gap.replace(/[^\n]/g, OPAQUE);
    }
    out += source.slice(span.start, span.end);
    at = span.end;
  }
  if (block.end > at) out += source.slice(at, block.end).replace(/[^\n]/g, OPAQUE);
  return out;
}

interface LetterCounts {
  readonly cyrillic: number;
  readonly latin: number;
  /** Whether ё or Ё occurs (most paragraphs have none, and then need no folded copy). */
  readonly yo: boolean;
}

/**
 * Russian and Latin letters of a text, in one pass that also looks for ё. Unsigned range checks
 * (one comparison per class) and ASCII first: this loop reads every character of every paragraph,
 * and the plain comparisons cost three times as much (28 against 10 ms per 10k documents).
 */
function countLetters(text: string): LetterCounts {
  let cyrillic = 0;
  let latin = 0;
  let yo = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((((c | 0x20) - 0x61) >>> 0) < 26) latin++;
    } else if (((c - 0x410) >>> 0) < 0x40) {
      cyrillic++;
    } else if (c === 0x451 || c === 0x401) {
      cyrillic++;
      yo = true;
    }
  }
  return { cyrillic, latin, yo };
}

function localeOf({ cyrillic, latin }: LetterCounts, fallback: Locale): Locale {
  if (cyrillic > latin) return 'ru';
  if (latin > cyrillic) return 'en';
  return fallback;
}

/** Russian when Cyrillic letters outnumber Latin ones, English when the reverse, else the document's locale. */
export function detectLocale(text: string, fallback: Locale): Locale {
  return localeOf(countLetters(text), fallback);
}
