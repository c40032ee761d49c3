/**
 * A data file: values for a document's placeholders, kept beside the KB (a
 * customer, an order) and used instead of the front matter's samples. JSON or
 * YAML — YAML is a superset of JSON, so one parser reads both and its errors
 * carry a line and column for either. Shared by `support-kb render --data` and
 * the preview's "Variables" picker.
 */
import { parseDocument } from 'yaml';
import { MAX_YAML_DEPTH, tooDeepAt } from '../parse/yaml-depth';
import { LineIndex } from '../text/line-index';

export type DataFileRead =
  | { readonly ok: true; readonly data: Readonly<Record<string, unknown>> }
  | {
      readonly ok: false;
      readonly message: string;
      /** 0-based, where the parser stopped; absent for a problem with the whole file. */
      readonly line?: number;
      readonly character?: number;
    };

export function parseDataFile(text: string): DataFileRead {
  if (text.includes('\0')) return { ok: false, message: 'it is a binary file, not JSON or YAML' };
  // The parser recurses per level and reports its own stack overflow as a syntax error: say what is wrong.
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const at = new LineIndex(text).positionAt(deep);
    return { ok: false, message: `it is nested too deeply (more than ${MAX_YAML_DEPTH} levels)`, line: at.line, character: at.character };
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, message: `it is neither JSON nor YAML: ${message}`, line: at && at.line - 1, character: at && at.col - 1 };
  }
  let value: unknown;
  try {
    // Bounded aliases: a "billion laughs" file is refused, not expanded.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, message: `it could not be read: ${(e as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'it must hold a mapping of variable names to values (`name: Anna`, or `{ "name": "Anna" }`)' };
  }
  return { ok: true, data: value as Record<string, unknown> };
}

/** "line 3, column 7" for a failed read, or "" when it has no position. */
export function dataFilePosition(read: Extract<DataFileRead, { ok: false }>): string {
  return read.line === undefined ? '' : ` (line ${read.line + 1}, column ${(read.character ?? 0) + 1})`;
}
