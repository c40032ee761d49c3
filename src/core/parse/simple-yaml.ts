/**
 * Front matter as nearly every KB file writes it, read without a YAML parser:
 * `key: value` lines, `[a, b]` lists, `- item` lists and nested mappings
 * (`variables:`), with plain, 'single' or "double" quoted scalars. Anything
 * else — anchors, tags, block scalars, multi-line or escaped strings, flow
 * mappings, comments after a value, duplicate keys, odd indentation — is
 * declined (undefined), and js-yaml reads the file as before, errors and all.
 *
 * Why: js-yaml was the largest single cost of parsing a document (~100 ms of
 * the ~215 ms for the bench's 10k documents); its general loader keeps a state
 * machine per character. This reads a line at a time with `indexOf` and plain
 * comparisons. Plain scalars are typed by js-yaml's own core-schema resolvers
 * (null, bool, int, float), so `reviewed: 2025-11-03`, `on: yes` or `n: 0x1F`
 * come out exactly as js-yaml makes them. test/unit/simple-yaml.test.ts holds
 * every answer against js-yaml on generated front matter.
 */
import { CORE_SCHEMA, type Type } from 'js-yaml';

type Value = unknown;

/** js-yaml's implicit types for plain scalars, in its order (null, bool, int, float). */
const IMPLICIT: readonly Type[] = (CORE_SCHEMA as unknown as { compiledImplicit: Type[] }).compiledImplicit;

/** js-yaml's own test for characters a YAML stream may not hold (lib/loader.js, PATTERN_NON_PRINTABLE). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** One class that every NON_PRINTABLE match contains a character of: V8 scans a lone class several times faster. */
const MAY_BE_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;

const DECLINE = Symbol('decline');
type Declined = typeof DECLINE;

interface Line {
  readonly indent: number;
  /** The line after its indentation, without the line break or trailing spaces. */
  readonly text: string;
}

/** The mapping in `yaml` (its lines split on LF; CRs already normalised by the caller), or undefined. */
export function readSimpleYaml(yaml: string): Record<string, Value> | undefined {
  // Tabs (indentation or not) and characters js-yaml refuses: its answer, not ours.
  if (yaml.includes('\t') || (MAY_BE_NON_PRINTABLE.test(yaml) && NON_PRINTABLE.test(yaml))) return undefined;
  const lines: Line[] = [];
  let start = 0;
  while (start <= yaml.length) {
    let end = yaml.indexOf('\n', start);
    if (end === -1) end = yaml.length;
    let stop = end;
    if (stop > start && yaml.charCodeAt(stop - 1) === 13) stop--;
    while (stop > start && yaml.charCodeAt(stop - 1) === 32) stop--;
    let indent = start;
    while (indent < stop && yaml.charCodeAt(indent) === 32) indent++;
    if (indent < stop) {
      const first = yaml.charCodeAt(indent);
      // A comment line is skipped, as YAML does; directives and document markers are js-yaml's.
      if (first === 37 || (first === 45 && yaml.startsWith('---', indent)) || (first === 46 && yaml.startsWith('...', indent))) return undefined;
      if (first !== 35) lines.push({ indent: indent - start, text: yaml.slice(indent, stop) });
    }
    start = end + 1;
  }
  if (lines.length === 0 || lines[0].indent !== 0) return undefined;
  const at = { i: 0 };
  const value = readMapping(lines, at, 0);
  return value === DECLINE || at.i !== lines.length ? undefined : value;
}

function readMapping(lines: readonly Line[], at: { i: number }, indent: number): Record<string, Value> | Declined {
  const out: Record<string, Value> = {};
  while (at.i < lines.length) {
    const line = lines[at.i];
    if (line.indent < indent) break;
    if (line.indent > indent) return DECLINE;
    const colon = line.text.indexOf(':');
    if (colon <= 0) return DECLINE;
    // `key : value` is the same pair as `key: value`.
    const key = line.text.slice(0, colon).trimEnd();
    if (!isSimpleKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return DECLINE;
    at.i++;
    let value: Value | Declined;
    if (colon === line.text.length - 1) {
      value = readNested(lines, at, indent);
    } else {
      if (line.text.charCodeAt(colon + 1) !== 32) return DECLINE;
      value = readInline(line.text.slice(colon + 2).trimStart());
      // A more indented line after an inline value would continue it (a multi-line scalar).
      if (at.i < lines.length && lines[at.i].indent > indent) return DECLINE;
    }
    if (value === DECLINE) return DECLINE;
    out[key] = value;
  }
  return out;
}

/** After `key:` at the end of its line: a nested mapping, a `- item` list, or null. */
function readNested(lines: readonly Line[], at: { i: number }, indent: number): Value | Declined {
  const next = lines[at.i];
  if (!next) return null;
  const isItem = next.text === '-' || next.text.startsWith('- ');
  // A block sequence may sit at the key's own indentation; a mapping must be deeper.
  if (isItem && next.indent >= indent) return readSequence(lines, at, next.indent);
  if (next.indent <= indent) return null;
  return readMapping(lines, at, next.indent);
}

function readSequence(lines: readonly Line[], at: { i: number }, indent: number): Value[] | Declined {
  const out: Value[] = [];
  while (at.i < lines.length) {
    const line = lines[at.i];
    if (line.indent < indent || !(line.text.startsWith('- ') || line.text === '-')) break;
    if (line.indent > indent) return DECLINE;
    at.i++;
    if (at.i < lines.length && lines[at.i].indent > indent) return DECLINE;
    const text = line.text.slice(1).trimStart();
    // `- key: value` is a mapping in a list: not ours.
    if (text === '' || /:(?: |$)/.test(text)) return DECLINE;
    const value = readInline(text);
    if (value === DECLINE) return DECLINE;
    out.push(value);
  }
  return out;
}

/** A value on the key's line: a quoted or plain scalar, or a one-line `[…]` list. */
function readInline(text: string): Value | Declined {
  const first = text.charCodeAt(0);
  if (first === 91 /* [ */) return readFlowSequence(text);
  if (first === 123 /* { */) return readFlowMapping(text);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const quoted = readQuoted(text, 0);
    return quoted === DECLINE || quoted.end !== text.length ? DECLINE : quoted.value;
  }
  return plainScalar(text, false);
}

function readFlowSequence(text: string): Value[] | Declined {
  if (text.charCodeAt(text.length - 1) !== 93 /* ] */) return DECLINE;
  const out: Value[] = [];
  const read = readFlowItems(text.slice(1, -1), (item) => {
    const value = flowScalar(item);
    if (value === DECLINE) return false;
    out.push(value);
    return true;
  });
  return read ? out : DECLINE;
}

/** `{ key: value, … }` on one line, with simple keys and scalar values. */
function readFlowMapping(text: string): Record<string, Value> | Declined {
  if (text.charCodeAt(text.length - 1) !== 125 /* } */) return DECLINE;
  const out: Record<string, Value> = {};
  const read = readFlowItems(text.slice(1, -1), (item) => {
    const colon = item.indexOf(': ');
    if (colon <= 0) return false;
    const key = item.slice(0, colon);
    if (!isSimpleKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return false;
    const value = flowScalar(item.slice(colon + 2).trimStart());
    if (value === DECLINE) return false;
    out[key] = value;
    return true;
  });
  return read ? out : DECLINE;
}

/**
 * Splits the inside of `[…]` or `{…}` at its commas (not those in quotes) and hands each trimmed
 * item to `take`; false when an item is refused or the list is one we leave to js-yaml
 * (`[a,,b]`, `[a, b,]`).
 */
function readFlowItems(inner: string, take: (item: string) => boolean): boolean {
  if (inner.trim() === '') return true;
  let from = 0;
  let i = 0;
  let quote = 0;
  for (; i <= inner.length; i++) {
    const c = i < inner.length ? inner.charCodeAt(i) : 44;
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if ((c === 34 || c === 39) && inner.slice(from, i).trim() === '') {
      quote = c;
      continue;
    }
    if (c !== 44) continue;
    const item = inner.slice(from, i).trim();
    if (item === '' || !take(item)) return false;
    from = i + 1;
  }
  return quote === 0;
}

/** One item of a flow collection: a quoted scalar that fills it, or a plain one. */
function flowScalar(item: string): Value | Declined {
  const first = item.charCodeAt(0);
  if (first === 34 || first === 39) {
    const quoted = readQuoted(item, 0);
    return quoted === DECLINE || quoted.end !== item.length ? DECLINE : quoted.value;
  }
  return plainScalar(item, true);
}

/** A quoted scalar starting at `from`: '…' with '' for a quote; "…" without escapes. */
function readQuoted(text: string, from: number): { value: string; end: number } | Declined {
  const quote = text.charCodeAt(from);
  if (quote === 34) {
    const close = text.indexOf('"', from + 1);
    if (close === -1) return DECLINE;
    const value = text.slice(from + 1, close);
    return value.includes('\\') ? DECLINE : { value, end: close + 1 };
  }
  let value = '';
  let i = from + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close === -1) return DECLINE;
    value += text.slice(i, close);
    if (text.charCodeAt(close + 1) !== 39) return { value, end: close + 1 };
    value += "'";
    i = close + 2;
  }
}

/** Characters a plain scalar may not start with (YAML's indicators), as char codes. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
/** Inside `[…]` and `{…}` these end or nest an item, or need a closer look than we give. */
const FLOW_STOPS = /[[\]{},:#]/;

function plainScalar(text: string, inFlow: boolean): Value | Declined {
  if (text === '') return DECLINE;
  const first = text.charCodeAt(0);
  // `-5` and `-x` are plain; `- x` would be a list item.
  if (INDICATORS.has(first) && !(first === 45 && text.length > 1 && text.charCodeAt(1) !== 32)) return DECLINE;
  // ": " would start a mapping, " #" a comment, a final ":" a key.
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return DECLINE;
  if (inFlow && FLOW_STOPS.test(text)) return DECLINE;
  return typed(text);
}

/**
 * What js-yaml makes of a plain scalar. Its core types all start with one of `~nNtTfF+-.` or a
 * digit (null, bool, int, float); anything else is a string without asking them.
 */
function typed(text: string): Value {
  const first = text.charCodeAt(0);
  if (!(((first - 0x30) >>> 0) < 10 || MAY_START_TYPED.has(first))) return text;
  for (const type of IMPLICIT) {
    if (type.resolve(text)) return type.construct(text);
  }
  return text;
}
const MAY_START_TYPED = new Set([...'~nNtTfF+-.'].map((c) => c.charCodeAt(0)));

function isSimpleKey(key: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) || key === '__proto__') return false;
  // A key js-yaml would read as null, a boolean or a number comes out as its String(): leave those to it.
  return typed(key) === key;
}
