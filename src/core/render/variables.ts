import type { KbDocument } from '../kb/document';
import { findPlaceholders, type Placeholder } from '../parse/placeholders';
import type { RenderOptions } from './types';

/** A placeholder of the body with its value; `value` is undefined when it is missing. */
export interface ResolvedPlaceholder {
  readonly name: string;
  readonly value: string | undefined;
  /** Body-relative offsets of the whole `{{ … }}`. */
  readonly start: number;
  readonly end: number;
}

/** What the output shows for a placeholder without a value. */
export function missingMarker(name: string): string {
  return `[[${name}]]`;
}

/**
 * The value of `{{ name }}`: from `options.data` when given (a real ticket's
 * data, so samples do not apply), else the declared sample; then the inline
 * `| default: "…"`, then the declared `default`.
 */
export function resolveVariable(doc: KbDocument, name: string, inlineDefault: string | undefined, options: RenderOptions): string | undefined {
  const declared = doc.variables.get(name);
  const given = options.data ? lookup(options.data, name) : declared?.sample;
  const value = given ?? inlineDefault ?? declared?.defaultValue;
  return value === undefined ? undefined : wellFormed(value);
}

/** A lone surrogate (JSON's and YAML's `"\ud800"` escapes make one) as U+FFFD: no channel can send half a character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd');
}

function lookup(data: Readonly<Record<string, unknown>>, name: string): string | undefined {
  if (Object.hasOwn(data, name)) return scalar(data[name]);
  let at: unknown = data;
  for (const key of name.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return scalar(at);
}

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined;
}

/** Resolves the placeholders of a one-line template such as the subject; missing ones stay marked. */
export function resolveTemplate(doc: KbDocument, template: string, options: RenderOptions): { text: string; missing: Placeholder[] } {
  const { placeholders } = findPlaceholders(template, 0);
  const missing: Placeholder[] = [];
  let text = '';
  let at = 0;
  for (const p of placeholders) {
    const value = resolveVariable(doc, p.name, p.defaultValue, options);
    if (value === undefined) missing.push(p);
    text += template.slice(at, p.start) + (value ?? missingMarker(p.name));
    at = p.end;
  }
  return { text: text + template.slice(at), missing };
}

// Placeholders are swapped for same-length sentinels before the Markdown is
// parsed, so that `{{ a_b }}` or `{{ x | default: "*y*" }}` is never read as
// markup, `[text]({{ url }})` parses as a link (a destination cannot hold
// spaces), and every other offset stays where it was. A sentinel is a
// plane-15 private-use marker, a private-use character that numbers the
// placeholder, then filler: micromark treats private-use characters like
// letters, so a sentinel sits where a word would.
const MARK = 0xf0000;
const INDEX_BASE = 0xf0100;
const MAX_INDEXED = 0xfe00;
const FILLER = '\ue000';
const MARK_CHAR = String.fromCodePoint(MARK);
const SENTINEL = new RegExp(`${MARK_CHAR}([\\u{F0100}-\\u{FFEFF}])${FILLER}*`, 'gu');

export interface MaskedBody {
  /** The body with each placeholder replaced by its sentinel. */
  readonly text: string;
  readonly placeholders: readonly ResolvedPlaceholder[];
}

export function maskPlaceholders(doc: KbDocument, body: string, options: RenderOptions): MaskedBody {
  // Sentinel characters the author typed (vanishingly rare) become replacement characters of the same length.
  let text = /[\u{F0000}\ue000]/u.test(body) ? body.replaceAll(MARK_CHAR, '\ufffd\ufffd').replaceAll(FILLER, '\ufffd') : body;
  const found = findPlaceholders(text, 0).placeholders.slice(0, MAX_INDEXED);
  const placeholders: ResolvedPlaceholder[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const p of found) {
    const index = placeholders.length;
    placeholders.push({ name: p.name, value: resolveVariable(doc, p.name, p.defaultValue, options), start: p.start, end: p.end });
    // Marker (2 units) + index (2 units) + filler; a placeholder is at least `{{x}}`, 5 units.
    parts.push(text.slice(at, p.start), MARK_CHAR, String.fromCodePoint(INDEX_BASE + index), FILLER.repeat(p.end - p.start - 4));
    at = p.end;
  }
  if (found.length) text = parts.join('') + text.slice(at);
  return { text, placeholders };
}

export function hasSentinel(value: string): boolean {
  return value.includes(MARK_CHAR);
}

/**
 * Splits a string at its sentinels: literal strings and placeholder indices,
 * in order. A sentinel cut short (only part of it in this string) is left as
 * text; the caller then strips leftovers with `stripSentinels`.
 */
export function splitSentinels(value: string): (string | number)[] {
  const out: (string | number)[] = [];
  let at = 0;
  SENTINEL.lastIndex = 0;
  for (let m = SENTINEL.exec(value); m; m = SENTINEL.exec(value)) {
    if (m.index > at) out.push(value.slice(at, m.index));
    out.push(m[1].codePointAt(0)! - INDEX_BASE);
    at = m.index + m[0].length;
  }
  if (at < value.length) out.push(value.slice(at));
  return out;
}

/** Replaces every sentinel in `value` with `display(placeholder)`. */
export function replaceSentinels(value: string, placeholders: readonly ResolvedPlaceholder[], display: (p: ResolvedPlaceholder) => string): string {
  if (!hasSentinel(value)) return value;
  return splitSentinels(value)
    .map((part) => (typeof part === 'string' ? stripSentinels(part) : placeholders[part] ? display(placeholders[part]) : ''))
    .join('');
}

/** Removes sentinel characters that did not form a whole sentinel. */
export function stripSentinels(value: string): string {
  return value.replace(/\u{F0000}[\u{F0100}-\u{FFEFF}]?|\ue000/gu, '');
}
