import { validRange } from 'semver';
import { globProblem } from '../kb/globs';
import { didYouMean, didYouMeanSuffix } from '../text/did-you-mean';
import type { YamlPath } from '../parse/yaml';
import {
  RULE_INVALID_VALUE,
  RULE_MISSING_FIELD,
  RULE_UNKNOWN_KEY,
  RULE_WRONG_TYPE,
  type FieldType,
  type Schema,
  type SchemaProblem,
} from './schema';

/** Checks a plain YAML value against a schema. `what` names the mapping in messages ("front-matter key"). */
export function validateMapping(value: Record<string, unknown>, schema: Schema, what: string, path: YamlPath = []): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    // Own keys only: `toString` or `constructor` must not find Object.prototype's members.
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!spec) {
      problems.push({
        ruleId: RULE_UNKNOWN_KEY,
        severity: 'error',
        message: `Unknown ${what} "${key}".${didYouMeanSuffix(key, Object.keys(schema))}`.trimEnd(),
        path: [...path, key],
        part: 'key',
      });
      continue;
    }
    if (item === null || item === undefined) {
      if (spec.required) problems.push(missing(path, key, `"${key}" is empty; it is required.`, 'key'));
      continue;
    }
    checkField(item, spec.field, path, key, key, problems);
  }
  for (const key of requiredKeys(schema)) {
    if (!Object.hasOwn(value, key)) problems.push(missing(path, key, `Missing required "${key}".`, 'pair'));
  }
  return problems;
}

const required = new WeakMap<Schema, readonly string[]>();
/** The schema's required keys, worked out once per schema rather than once per mapping checked. */
function requiredKeys(schema: Schema): readonly string[] {
  let keys = required.get(schema);
  if (!keys) required.set(schema, (keys = Object.keys(schema).filter((key) => schema[key].required)));
  return keys;
}

function missing(path: YamlPath, key: string, message: string, part: 'key' | 'pair'): SchemaProblem {
  return { ruleId: key === 'title' ? 'kb/missing-title' : RULE_MISSING_FIELD, severity: 'error', message, path: [...path, key], part };
}

/**
 * Checks `value`, found at `parent` + `key`, against `field`. The path array is built only for a
 * problem: nearly every value is fine, and building one per value (and two closures per call)
 * was a good part of the schema check's time and garbage.
 */
function checkField(value: unknown, field: FieldType, parent: YamlPath, key: string | number, label: string, out: SchemaProblem[]): void {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType(out, value, parent, key, label, 'a string');
      if (field.nonEmpty && value.trim() === '') return invalid(out, parent, key, `"${label}" is empty.`);
      if (field.pattern && !field.pattern.test(value)) invalid(out, parent, key, `"${value}" is not a valid ${label}: ${field.patternHint}.`);
      return;
    case 'any':
      return;
    case 'scalar':
      if (!['string', 'number', 'boolean'].includes(typeof value)) wrongType(out, value, parent, key, label, 'a string');
      return;
    case 'enum':
      if (typeof value !== 'string') return wrongType(out, value, parent, key, label, `one of ${field.values.join(', ')}`);
      if (!field.values.includes(value)) {
        const guess = didYouMean(value, field.values);
        invalid(
          out,
          parent,
          key,
          `Unknown ${field.noun} "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Expected one of: ${field.values.join(', ')}.`,
        );
      }
      return;
    case 'date': {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (typeof text !== 'string') return wrongType(out, value, parent, key, label, 'a date (YYYY-MM-DD)');
      if (!isCalendarDate(text)) invalid(out, parent, key, `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-25.`);
      return;
    }
    case 'locale':
      if (typeof value !== 'string') return wrongType(out, value, parent, key, label, 'a locale such as ru or en-GB');
      if (!isLocale(value)) invalid(out, parent, key, `"${value}" is not a BCP 47 locale; use a tag such as ru, en or en-GB.`);
      return;
    case 'semver-range':
      if (typeof value !== 'string' && typeof value !== 'number') return wrongType(out, value, parent, key, label, 'a version range such as ">=4.0 <5"');
      if (validRange(String(value)) === null) invalid(out, parent, key, `"${value}" is not a version range; write e.g. ">=4.0 <5" or "^4.2".`);
      return;
    case 'glob':
      if (typeof value !== 'string') return wrongType(out, value, parent, key, label, 'a glob pattern');
      {
        const problem = globProblem(value);
        if (problem) invalid(out, parent, key, `${problem}.`);
      }
      return;
    case 'list': {
      if (!Array.isArray(value)) return wrongType(out, value, parent, key, label, `a list, e.g. [${exampleOf(field.item)}]`);
      const path = [...parent, key];
      // Made on the first item that needs it: most lists are not unique, or have one item.
      let seen: Set<unknown> | undefined;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item === null || item === undefined) {
          out.push({ ruleId: RULE_WRONG_TYPE, severity: 'error', message: `Empty item in "${label}".`, path: [...path, index], part: 'value' });
          continue;
        }
        const before = out.length;
        checkField(item, field.item, path, index, label, out);
        // Only valid scalars are compared: stringifying a shared YAML alias of a huge list would never end.
        if (!field.unique || out.length > before || typeof item === 'object') continue;
        seen ??= new Set();
        if (seen.has(item)) {
          out.push({ ruleId: RULE_INVALID_VALUE, severity: 'warning', message: `"${String(item)}" is listed twice in "${label}".`, path: [...path, index], part: 'value' });
        }
        seen.add(item);
      }
      return;
    }
    case 'map': {
      if (!isPlainObject(value)) return wrongType(out, value, parent, key, label, 'a mapping');
      const path = [...parent, key];
      for (const [name, item] of Object.entries(value)) {
        if (!field.keyPattern.test(name)) {
          out.push({ ruleId: RULE_INVALID_VALUE, severity: 'error', message: `"${name}" is not a valid name: ${field.keyHint}.`, path: [...path, name], part: 'key' });
        }
        if (item !== null && item !== undefined) checkField(item, field.value, path, name, name, out);
      }
      return;
    }
    case 'object':
      if (!isPlainObject(value)) return wrongType(out, value, parent, key, label, 'a mapping');
      out.push(...validateMapping(value, field.fields, `key in "${label}"`, [...parent, key]));
      return;
  }
}

/** Pushes a wrong-type problem. Module functions, not closures in checkField: two closures per checked value were garbage. */
function wrongType(out: SchemaProblem[], value: unknown, parent: YamlPath, key: string | number, label: string, expected: string): void {
  out.push({ ruleId: RULE_WRONG_TYPE, severity: 'error', message: `"${label}" must be ${expected}, not ${describe(value)}.`, path: [...parent, key], part: 'value' });
}

function invalid(out: SchemaProblem[], parent: YamlPath, key: string | number, message: string): void {
  out.push({ ruleId: RULE_INVALID_VALUE, severity: 'error', message, path: [...parent, key], part: 'value' });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

function exampleOf(field: FieldType): string {
  return field.type === 'enum' ? field.values.slice(0, 2).join(', ') : 'a, b';
}

/** Answers by date text: a KB reuses a few hundred review dates across thousands of files. */
const calendarDates = new Map<string, boolean>();
function isCalendarDate(text: string): boolean {
  let ok = calendarDates.get(text);
  if (ok === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    ok = !!m && !!date && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
    // Bounded: a KB with endless distinct bad dates must not grow the cache without end.
    if (calendarDates.size < 10_000) calendarDates.set(text, ok);
  }
  return ok;
}

const localeCache = new Map<string, boolean>();
function isLocale(tag: string): boolean {
  let ok = localeCache.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    localeCache.set(tag, ok);
  }
  return ok;
}
