import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node as YamlNode, type Document } from 'yaml';
import { MAX_YAML_DEPTH, tooDeepAt } from './yaml-depth';

/**
 * YAML for front matter, configurations and rule files, with two libraries.
 * js-yaml reads the values: on the 10k front matters of the bench it takes
 * ~100 ms where the `yaml` package takes ~1.3 s, more than the whole
 * parse + validate budget. The `yaml` package, which knows where every key
 * and value sits, is built only when a position is needed: for a syntax
 * error, or for an issue (see {@link YamlLocator}).
 */
export type YamlPath = readonly (string | number)[];

export interface YamlSyntaxError {
  readonly message: string;
  /** Offsets in the YAML text. */
  readonly start: number;
  readonly end: number;
}

export type YamlLoad = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: YamlSyntaxError };

/**
 * A lone CR ends a line for editors and for us, but not for the YAML parsers;
 * turning it into LF keeps every offset and makes them agree.
 */
export function normalizeCr(yaml: string): string {
  return yaml.includes('\r') ? yaml.replace(/\r(?!\n)/g, '\n') : yaml;
}

export function loadYaml(source: string): YamlLoad {
  const yaml = normalizeCr(source);
  const deep = tooDeepAt(yaml);
  if (deep >= 0) {
    return { ok: false, error: { message: `Nested too deeply (more than ${MAX_YAML_DEPTH} levels)`, start: deep, end: Math.max(deep + 1, lineEndAt(yaml, deep)) } };
  }
  try {
    // An empty or comment-only text loads as undefined or null: an empty mapping to the callers.
    return { ok: true, value: load(yaml, { schema: CORE_SCHEMA }) ?? null };
  } catch (error) {
    return { ok: false, error: syntaxError(yaml, error) };
  }
}

/** The positional parser's account of the error js-yaml threw: its ranges cover the token at fault. */
function syntaxError(yaml: string, thrown: unknown): YamlSyntaxError {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const [start, end] = errorSpan(doc, first.code, first.pos, yaml);
    return { message: cleanMessage(first.message), start, end };
  }
  // Only js-yaml objects (an unknown tag, a bad character): it marks the point after the
  // offending value, often the next line; underline the content before that point instead.
  const fromJsYaml = thrown instanceof YAMLException;
  let end = Math.min((fromJsYaml && thrown.mark?.position) || 0, yaml.length);
  while (end > 0 && /\s/.test(yaml[end - 1])) end--;
  let start = yaml.lastIndexOf('\n', end - 1) + 1;
  while (start < end && /[ \t]/.test(yaml[start])) start++;
  return { message: cleanMessage((fromJsYaml && thrown.reason) || String(thrown)), start, end: Math.max(end, start + 1) };
}

/**
 * Where to underline an error. An unclosed quote is reported by the parser at
 * the end of the input; the writer needs the line where the quote opens.
 */
function errorSpan(doc: Document, code: string, pos: [number, number], yaml: string): [number, number] {
  if (code === 'MISSING_CHAR') {
    let opened: number | undefined;
    visit(doc, {
      Scalar(_, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= pos[0]) opened ??= node.range[0];
      },
    });
    if (opened !== undefined) return [opened, lineEndAt(yaml, opened)];
  }
  const contentEnd = yaml.trimEnd().length;
  if (pos[0] >= contentEnd) {
    // Past the last key: point at the last line that has content.
    const lineStart = yaml.lastIndexOf('\n', contentEnd - 1) + 1;
    return [lineStart, contentEnd];
  }
  // Never past the end of the line: js-yaml-only errors (tags) come with a point, not a token.
  const start = pos[0];
  return [start, Math.min(Math.max(pos[1], start + 1), Math.max(lineEndAt(yaml, start), start + 1))];
}

function lineEndAt(text: string, from: number): number {
  const match = /\r\n|\r|\n/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

function cleanMessage(message: string): string {
  const text = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type YamlPart = 'key' | 'value' | 'pair';

/** Finds where a path of keys/indexes sits in a YAML text; parses on first use. */
export class YamlLocator {
  private doc: Document | undefined;

  private readonly yaml: string;
  /** Key → pair, per mapping node: a linear search per lookup was quadratic on big front matter. */
  private pairsOf: WeakMap<object, Map<string, unknown>> | undefined;

  constructor(yaml: string) {
    this.yaml = normalizeCr(yaml);
  }

  /** Offsets in the YAML text of the key, the value, or both; `undefined` when the path is absent. */
  locate(path: YamlPath, part: YamlPart): { start: number; end: number } | undefined {
    // The parser recurses per level; text that loadYaml refused as too deep has no positions to give.
    if (!this.doc && tooDeepAt(this.yaml) >= 0) return undefined;
    this.doc ??= parseDocument(this.yaml, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      keyNode = undefined;
      if (isMap(node)) {
        let pairs = (this.pairsOf ??= new WeakMap()).get(node);
        if (!pairs) {
          pairs = new Map();
          for (const p of node.items) {
            const key = isPair(p) ? scalarValue(p.key) : undefined;
            if (key !== undefined && !pairs.has(key)) pairs.set(key, p);
          }
          this.pairsOf.set(node, pairs);
        }
        const pair = pairs.get(String(segment)) as { key: unknown; value: unknown } | undefined;
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        return undefined;
      }
    }
    const keyRange = this.trim(rangeOf(keyNode));
    const valueRange = this.trim(rangeOf(node));
    if (part === 'key') return keyRange ?? valueRange;
    if (part === 'value') return valueRange ?? keyRange;
    if (keyRange && valueRange) return { start: keyRange.start, end: valueRange.end };
    return keyRange ?? valueRange;
  }

  /** Block collections end after their last line break; the underline should not. */
  private trim(range: { start: number; end: number } | undefined): { start: number; end: number } | undefined {
    if (!range) return range;
    let end = range.end;
    while (end > range.start && /\s/.test(this.yaml[end - 1])) end--;
    return { start: range.start, end };
  }
}

function scalarValue(node: unknown): string | undefined {
  return isScalar(node) ? String(node.value) : undefined;
}

function rangeOf(node: unknown): { start: number; end: number } | undefined {
  const range = (node as YamlNode | undefined)?.range;
  if (!range) return undefined;
  // range[1] is the end of the value proper, before any trailing comment.
  return { start: range[0], end: range[1] };
}
