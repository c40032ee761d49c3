import type { Channel, DocumentType, Kind } from '../kb/vocabulary';
import type { Severity } from '../types';

/**
 * A tone rule, as data. Built-in rules (src/core/lint/rules/<locale>/<name>.ts,
 * one per file) and team rules (YAML files named in .support-kb.yml) share this
 * shape, so one engine and one validator serve both. The kinds follow Vale's.
 *
 * Phrase syntax (existence, substitution, requires, occurrence `phrases`):
 * - words separated by spaces (a comma may follow a word: «в случае, если»);
 *   matching ignores case, treats ё as е, and needs
 *   Unicode word boundaries on both sides (JS `\b` fails on Cyrillic);
 * - a Russian word matches all its forms: «осуществлять» finds «осуществляется»,
 *   «осуществлял» (Snowball stem equality);
 * - `=слово` matches that exact form only; `слов*` matches any word starting so;
 * - English words match as written, plus a plural/3rd-person `s`/`es`, unless `=`.
 * `patterns` are JavaScript regular expressions (flags `iu` are added); use
 * `\p{L}` look-arounds, not `\b`, for word boundaries.
 */
export type RuleSpec =
  | ExistenceRule
  | SubstitutionRule
  | OccurrenceRule
  | MetricRule
  | RequiresRule
  | CapitalizationRule;

export interface RuleBase {
  /** `ru/kantselyarit`, `en/passive-voice`, `kb/<team-rule>`. */
  readonly id: string;
  readonly severity: Severity;
  /** What the writer should do; `%s` is replaced by the matched text (substitution: `%r` by the replacement). */
  readonly message: string;
  /** One paragraph for the rules reference: what and why, citing DOMAIN principles. */
  readonly description: string;
  /** Which paragraphs it checks: `ru`, `en`, or every paragraph when absent. */
  readonly locale?: 'ru' | 'en';
  /** Only documents with one of these channels / kinds / types (all when absent). */
  readonly channels?: readonly Channel[];
  readonly kinds?: readonly Kind[];
  readonly types?: readonly DocumentType[];
  /** Run by the test suite: every `bad` must produce at least one issue of this rule, every `good` none. */
  readonly examples: { readonly bad: readonly Example[]; readonly good: readonly Example[] };
}

/** A Markdown body; with an object form to give the front matter context a rule needs. */
export type Example = string | { readonly text: string; readonly kind?: Kind; readonly channels?: readonly Channel[]; readonly type?: DocumentType };

/** Flags each occurrence of a phrase or pattern. */
export interface ExistenceRule extends RuleBase {
  readonly kind: 'existence';
  readonly phrases?: readonly string[];
  readonly patterns?: readonly string[];
  /** Match case exactly (e.g. «Вы» capitalised mid-sentence); by default case is ignored. */
  readonly caseSensitive?: boolean;
  /**
   * Phrases or patterns that cancel a match they overlap (e.g. «данные» as "data" for
   * «данный»). Exception words match their exact form (as with `=`); `*` still works.
   */
  readonly exceptions?: readonly string[];
}

/** Like existence, with replacements that become quick fixes. Keys are phrases; the first value is the fix. */
export interface SubstitutionRule extends RuleBase {
  readonly kind: 'substitution';
  readonly swap: Readonly<Record<string, string | readonly string[]>>;
  readonly exceptions?: readonly string[];
}

/** At most `max` matches of `phrases`/`patterns` per sentence, paragraph or document. */
export interface OccurrenceRule extends RuleBase {
  readonly kind: 'occurrence';
  readonly scope: 'sentence' | 'paragraph' | 'document';
  readonly max: number;
  readonly phrases?: readonly string[];
  readonly patterns?: readonly string[];
}

/** A number per sentence / paragraph / document above `max` (readability: below `min`). */
export interface MetricRule extends RuleBase {
  readonly kind: 'metric';
  readonly metric: 'sentence-words' | 'paragraph-words' | 'paragraph-sentences' | 'readability';
  readonly max?: number;
  readonly min?: number;
}

/**
 * Structure by document kind and channel: when `when` matches (or always, when
 * absent), the document (or the same paragraph, with `scope: paragraph`) must
 * contain one of `anyOf` (phrases / patterns) or use one of `placeholders`
 * (regexes on placeholder names). The issue sits on the `when` match, or on the
 * first line of the body when there is no `when`.
 */
export interface RequiresRule extends RuleBase {
  readonly kind: 'requires';
  readonly scope: 'document' | 'paragraph';
  readonly when?: { readonly phrases?: readonly string[]; readonly patterns?: readonly string[] };
  readonly anyOf: { readonly phrases?: readonly string[]; readonly patterns?: readonly string[]; readonly placeholders?: readonly string[] };
}

/** Words in capitals (shouting). Acronyms in `allow`, and words shorter than `minLength` (default 4), pass. */
export interface CapitalizationRule extends RuleBase {
  readonly kind: 'capitalization';
  readonly allow?: readonly string[];
  readonly minLength?: number;
}
