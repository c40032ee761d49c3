import { IssueCap } from '../issue-cap';
import { splitFrontMatter } from '../parse/front-matter';
import { findPlaceholders } from '../parse/placeholders';
import { checkYamlMapping, errorPaths, problemToIssue, type Locate } from '../schema/check-yaml';
import { DOCUMENT_SCHEMA } from '../schema/document-schema';
import { isPlainObject } from '../schema/validate';
import { didYouMeanSuffix } from '../text/did-you-mean';
import { LineIndex } from '../text/line-index';
import type { Issue, Range } from '../types';
import type { DocumentMeta, KbDocument, PlaceholderUse, VariableDeclaration } from './document';
import { ParsedDocument, type DocumentFields } from './parsed-document';
import { CHANNELS, DOCUMENT_TYPES, ID_HINT, ID_PATTERN, KINDS, type Channel } from './vocabulary';

export interface ParseDocumentInput {
  readonly path: string;
  readonly relativePath: string;
  readonly text: string;
  /** Locale for documents that set none (from `.support-kb.yml`). */
  readonly defaultLocale?: string;
  /** Inside a configured KB every Markdown file is a document and needs front matter. */
  readonly requireFrontMatter: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_META: DocumentMeta = { channels: [], tags: [], aliases: [] };

/** Parses and validates one document. Never throws: bad input becomes issues. */
export function parseDocument(input: ParseDocumentInput): KbDocument {
  const { text } = input;
  const lines = new LineIndex(text);
  const fence: Range = firstLine(text);
  const issues: Issue[] = [];
  const fileId = fileStem(input.relativePath);
  const doc: Mutable<DocumentFields> = {
    path: input.path,
    relativePath: input.relativePath,
    text,
    lines,
    id: fileId,
    idExplicit: false,
    meta: { ...EMPTY_META, locale: input.defaultLocale },
    variables: new Map<string, VariableDeclaration>(),
    placeholders: [],
    hasFrontMatter: false,
    bodyOffset: 0,
    issues,
  };

  const nul = text.indexOf('\0');
  if (nul !== -1) {
    issues.push({
      ruleId: 'kb/binary-file',
      severity: 'error',
      message: 'This file contains a NUL byte, so it is binary, not a Markdown document. Remove it from the KB or add it to "ignore" in .support-kb.yml.',
      range: lines.range(nul, nul + 1),
    });
    return new ParsedDocument(doc, fence);
  }

  const split = splitFrontMatter(text);
  if (split.kind === 'none') {
    if (input.requireFrontMatter) {
      issues.push({
        ruleId: 'kb/missing-front-matter',
        severity: 'error',
        message: 'No front matter. Start the file with a "---" line, a "title:" line and another "---" line, or list it under "ignore" in .support-kb.yml.',
        range: lines.range(0, 0),
      });
    }
    doc.placeholders = usesIn(text, 0, 0, lines, issues);
    return new ParsedDocument(doc, fence);
  }
  if (split.kind === 'unterminated') {
    issues.push({
      ruleId: 'kb/unterminated-front-matter',
      severity: 'error',
      message: 'The front matter opened here is never closed. Add a line with "---" after the last key.',
      range: lines.range(0, split.openEnd),
    });
    doc.hasFrontMatter = true;
    return new ParsedDocument(doc, fence);
  }

  const { yaml, yamlOffset, bodyOffset } = split;
  doc.hasFrontMatter = true;
  doc.bodyOffset = bodyOffset;
  const checked = checkYamlMapping(yaml, yamlOffset, lines, DOCUMENT_SCHEMA, 'Front matter', issues);
  if (!checked.ok) return new ParsedDocument(doc, fence);
  const { value, problems, locate } = checked;
  for (const problem of problems) issues.push(problemToIssue(problem, locate, fence));
  // A value with an error is left out of the metadata; a list keeps its valid items.
  const errorAt = errorPaths(problems);
  const field = <T>(key: string, ok: (v: unknown) => v is T): T | undefined =>
    !errorAt.has(key) && ok(value[key]) ? (value[key] as T) : undefined;
  const items = (key: string): unknown[] =>
    (field(key, Array.isArray) ?? []).filter((item, i) => item !== null && item !== undefined && !errorAt.has(`${key}\u0000${i}`));
  const strings = (key: string) => items(key).filter((v) => typeof v !== 'object').map(String);

  const explicitId = field('id', isString);
  if (explicitId === undefined && value.id == null && !ID_PATTERN.test(fileId)) {
    issues.push({
      ruleId: 'kb/invalid-value',
      severity: 'error',
      message: `The file name "${fileId}" is not a valid id (${ID_HINT}). Add an "id:" key or rename the file.`,
      range: fence,
    });
  }
  const meta: DocumentMeta = {
    title: field('title', isString),
    type: field('type', (v): v is (typeof DOCUMENT_TYPES)[number] => DOCUMENT_TYPES.includes(v as never)),
    locale: field('locale', isString) ?? input.defaultLocale,
    channels: items('channels').filter((c): c is Channel => CHANNELS.includes(c as Channel)),
    tags: strings('tags'),
    kind: field('kind', (v): v is (typeof KINDS)[number] => KINDS.includes(v as never)),
    subject: field('subject', isString),
    owner: field('owner', isString),
    reviewed: dateText(field('reviewed', (v): v is string | Date => typeof v === 'string' || v instanceof Date)),
    appliesTo: field('applies_to', isString),
    translationOf: field('translation_of', isString),
    aliases: strings('aliases'),
    summary: field('summary', isString),
  };

  // With `variables` not a mapping nothing is known about declarations: skip the checks rather than guess.
  const variablesKnown = value.variables == null || isPlainObject(value.variables);
  const variables = declarations(value.variables, (name) => errorAt.has(`variables\u0000${name}`));
  const placeholders = [...subjectUses(meta.subject, yaml, yamlOffset, locate, lines), ...usesIn(text, bodyOffset, 0, lines, issues)];
  if (variablesKnown) checkVariables(variables, placeholders, locate, issues, (name) => errorAt.has(`variables\u0000${name}`));

  doc.id = explicitId ?? fileId;
  doc.idExplicit = explicitId !== undefined;
  doc.meta = meta;
  doc.variables = variables;
  doc.placeholders = placeholders;
  // Ranges only cross-file issues need are located on first use: locating
  // builds the positional YAML tree, which costs more than all the rest.
  return new ParsedDocument(
    doc,
    () => (explicitId !== undefined && locate(['id'], 'value')) || fence,
    () => (meta.translationOf !== undefined ? locate(['translation_of'], 'value') : undefined),
  );
}

/**
 * Placeholders in `source` from `from`. Offsets are shifted by `shift` into the
 * file; malformed ones become issues when `issues` is given (the body), and are
 * ignored in front matter, where `{{` may be plain text in a description.
 */
function usesIn(source: string, from: number, shift: number, index: LineIndex, issues?: Issue[]): PlaceholderUse[] {
  const found = findPlaceholders(source, from);
  if (issues) {
    const cap = new IssueCap(issues);
    for (const bad of found.malformed) {
      if (!cap.admits('kb/malformed-placeholder', () => index.range(shift + bad.start, shift + bad.end))) continue;
      issues.push({
        ruleId: 'kb/malformed-placeholder',
        severity: 'warning',
        message: `"${bad.inner.trim() || '{{ }}'}" is not a placeholder. Write {{ name }} or {{ name | default: "text" }}; names use letters, digits, "_" and dots.`,
        range: index.range(shift + bad.start, shift + bad.end),
      });
    }
  }
  return found.placeholders.map((p) => ({
    name: p.name,
    defaultValue: p.defaultValue,
    range: index.range(shift + p.nameStart, shift + p.nameEnd),
  }));
}

function checkVariables(
  variables: ReadonlyMap<string, VariableDeclaration>,
  placeholders: readonly PlaceholderUse[],
  locate: Locate,
  issues: Issue[],
  /** Declarations already reported as invalid: no second message about them. */
  isInvalid: (name: string) => boolean,
): void {
  const used = new Set<string>();
  const cap = new IssueCap(issues);
  for (const use of placeholders) {
    used.add(use.name);
    if (variables.has(use.name) || !cap.admits('kb/undeclared-variable', () => use.range)) continue;
    issues.push({
      ruleId: 'kb/undeclared-variable',
      severity: 'warning',
      message: `Placeholder "${use.name}" is not declared under "variables".${didYouMeanSuffix(use.name, variables.keys())} Declare it with a description and a sample.`,
      range: use.range,
    });
  }
  for (const name of variables.keys()) {
    if (used.has(name) || isInvalid(name)) continue;
    const range = locate(['variables', name], 'key');
    if (!range) continue;
    issues.push({
      ruleId: 'kb/unused-variable',
      severity: 'info',
      message: `Variable "${name}" is declared but not used. Use it as {{ ${name} }} or remove it.`,
      range,
    });
  }
}

/**
 * Placeholders in the subject, the one front-matter value that is a template.
 * A one-line `subject:` is found directly: building the positional YAML tree
 * for every templated subject cost a quarter of all parse time.
 */
function subjectUses(subject: string | undefined, yaml: string, yamlOffset: number, locate: Locate, lines: LineIndex): PlaceholderUse[] {
  if (!subject?.includes('{{')) return [];
  const line = /^subject:[ \t]*(\S.*)$/m.exec(yaml);
  if (line && line[1].includes('{{')) {
    const start = yamlOffset + line.index + line[0].length - line[1].length;
    return usesIn(lines.text.slice(0, start + line[1].length), start, 0, lines);
  }
  const at = locate(['subject'], 'value');
  if (!at) return [];
  return usesIn(lines.text.slice(0, lines.offsetAt(at.end)), lines.offsetAt(at.start), 0, lines);
}

/** Declared variables; a declaration with an error (a bad name) counts as declared, so uses are not flagged twice. */
function declarations(raw: unknown, hasError: (name: string) => boolean): Map<string, VariableDeclaration> {
  const result = new Map<string, VariableDeclaration>();
  if (!isPlainObject(raw)) return result;
  for (const [name, spec] of Object.entries(raw)) {
    if (hasError(name)) {
      result.set(name, { name });
      continue;
    }
    const s = isPlainObject(spec) ? spec : {};
    result.set(name, {
      name,
      description: optionalText(s.description),
      defaultValue: optionalText(s.default),
      sample: optionalText(s.sample),
    });
  }
  return result;
}

function optionalText(v: unknown): string | undefined {
  return v === null || v === undefined || typeof v === 'object' ? undefined : String(v);
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function dateText(v: string | Date | undefined): string | undefined {
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

function fileStem(relativePath: string): string {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  return name.replace(/\.(md|markdown)$/i, '');
}

/** The first line's range, what lines.lineRange(0) gives, without indexing every line of the file. */
function firstLine(text: string): Range {
  // Up to the first line break; two indexOf calls would read a whole LF-only file looking for a CR.
  let end = 0;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: end } };
}
