/**
 * What a person types in the search box: free words plus filters —
 * `#tag`, `lang:ru`, `ch:sms`, `type:faq`, `kind:refusal` (several values
 * with commas: `ch:sms,email`). A filter value that cannot be understood is
 * left out with a message; an unknown key (`foo:bar`) is searched as words,
 * also with a message. Never an exception.
 */
import { CHANNELS, DOCUMENT_TYPES, KINDS, type Channel, type DocumentType, type Kind } from '../kb/vocabulary';
import { didYouMeanSuffix } from '../text/did-you-mean';

export interface QueryFilters {
  readonly tags: readonly string[];
  /** Lowercase language tags; `en` also matches `en-GB`. */
  readonly locales: readonly string[];
  readonly channels: readonly Channel[];
  readonly types: readonly DocumentType[];
  readonly kinds: readonly Kind[];
}

export interface ParsedQuery {
  /** The words to search for, filters removed. */
  readonly text: string;
  readonly filters: QueryFilters;
  /** Whether the last word is still being typed (no space after it): it is then matched as a prefix. */
  readonly open: boolean;
  /** What could not be understood, for the person typing. */
  readonly messages: readonly string[];
}

export const EMPTY_FILTERS: QueryFilters = { tags: [], locales: [], channels: [], types: [], kinds: [] };

type FilterKey = 'lang' | 'ch' | 'type' | 'kind' | 'tag';
const KEYS: Record<string, FilterKey> = { lang: 'lang', locale: 'lang', ch: 'ch', channel: 'ch', type: 'type', kind: 'kind', tag: 'tag' };
const FILTER = /^([A-Za-z]+):(.*)$/s;
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
const HELP = '#tag, lang:, ch:, type: and kind:';

export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const messages: string[] = [];
  const f = { tags: [] as string[], locales: [] as string[], channels: [] as Channel[], types: [] as DocumentType[], kinds: [] as Kind[] };
  for (const token of input.split(/\s+/)) {
    if (token === '') continue;
    if (token.startsWith('#') && token.length > 1) {
      f.tags.push(token.slice(1).toLowerCase());
      continue;
    }
    const m = FILTER.exec(token);
    if (!m) {
      words.push(token);
      continue;
    }
    const key = KEYS[m[1].toLowerCase()];
    const values = m[2].toLowerCase().split(',').filter(Boolean);
    if (!key) {
      // "API: why" is a title being typed, not a filter; "foo:bar" looks like one.
      if (values.length > 0 && !m[2].startsWith('/')) {
        messages.push(`Unknown filter "${m[1]}:"; the filters are ${HELP}. Searching for "${token}" as words.`);
      }
      words.push(token);
      continue;
    }
    if (values.length === 0) {
      messages.push(`"${m[1]}:" needs a value, e.g. ${example(key)}.`);
      continue;
    }
    for (const value of values) {
      const problem = addFilter(f, key, value);
      if (problem) messages.push(problem);
    }
  }
  return { text: words.join(' '), filters: f, open: words.length > 0 && !/\s$/.test(input), messages };
}

/** Adds one filter value; returns a message when the value is not one the filter knows. */
function addFilter(
  f: { tags: string[]; locales: string[]; channels: Channel[]; types: DocumentType[]; kinds: Kind[] },
  key: FilterKey,
  value: string,
): string | undefined {
  switch (key) {
    case 'tag':
      f.tags.push(value);
      return undefined;
    case 'lang':
      if (!LOCALE.test(value)) return `"${value}" is not a language tag; use e.g. lang:ru or lang:en.`;
      f.locales.push(value);
      return undefined;
    case 'ch':
      return pushKnown(f.channels, CHANNELS, value, 'channel');
    case 'type':
      return pushKnown(f.types, DOCUMENT_TYPES, value, 'type');
    case 'kind':
      return pushKnown(f.kinds, KINDS, value, 'kind');
  }
}

function pushKnown<T extends string>(into: T[], known: readonly T[], value: string, what: string): string | undefined {
  if ((known as readonly string[]).includes(value)) {
    into.push(value as T);
    return undefined;
  }
  return `Unknown ${what} "${value}"; ${what}s are ${known.join(', ')}.${didYouMeanSuffix(value, known)}`;
}

function example(key: FilterKey): string {
  return { lang: 'lang:ru', ch: 'ch:sms', type: 'type:faq', kind: 'kind:refusal', tag: 'tag:billing' }[key];
}

/** Combines two filter sets: a document must pass both. */
export function mergeFilters(a: QueryFilters, b: QueryFilters): QueryFilters {
  return {
    tags: [...a.tags, ...b.tags],
    locales: [...a.locales, ...b.locales],
    channels: [...a.channels, ...b.channels],
    types: [...a.types, ...b.types],
    kinds: [...a.kinds, ...b.kinds],
  };
}

export function hasFilters(f: QueryFilters): boolean {
  return f.tags.length + f.locales.length + f.channels.length + f.types.length + f.kinds.length > 0;
}

/** The fields a filter looks at. */
export interface Filterable {
  readonly tags: readonly string[];
  readonly locale?: string;
  readonly channels: readonly string[];
  readonly type?: string;
  readonly kind?: string;
}

/**
 * Whether a document passes: every filter kind given must match (values of
 * one kind are alternatives). `ch:` keeps documents that list the channel.
 */
export function matchesFilters(doc: Filterable, f: QueryFilters): boolean {
  if (f.tags.length && !f.tags.some((t) => doc.tags.some((d) => d.toLowerCase() === t))) return false;
  if (f.locales.length) {
    const locale = doc.locale?.toLowerCase() ?? '';
    if (!f.locales.some((l) => locale === l || locale.startsWith(`${l}-`))) return false;
  }
  if (f.channels.length && !f.channels.some((c) => doc.channels.includes(c))) return false;
  if (f.types.length && !(doc.type && (f.types as readonly string[]).includes(doc.type))) return false;
  if (f.kinds.length && !(doc.kind && (f.kinds as readonly string[]).includes(doc.kind))) return false;
  return true;
}
