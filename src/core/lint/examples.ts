import { parseDocument } from '../kb/parse-document';
import type { Issue } from '../types';
import { compileRule } from './compile';
import type { CompiledRule } from './compiled-rule';
import { DocumentLinter } from './engine';
import type { Example, RuleSpec } from './rule-spec';

/** A rule's example that did not behave as promised. */
export interface ExampleFailure {
  readonly which: 'bad' | 'good';
  readonly index: number;
  readonly text: string;
  /** The rule's issues on a good example; empty for a bad one that was not flagged. */
  readonly issues: readonly Issue[];
}

/** Wraps an example in front matter that satisfies the rule's filters, so it runs as a real document. */
export function exampleDocument(spec: RuleSpec, example: Example): string {
  const e = typeof example === 'string' ? { text: example } : example;
  const kind = e.kind ?? spec.kinds?.[0];
  const channels = e.channels ?? spec.channels ?? [];
  const type = e.type ?? spec.types?.[0];
  const lines = ['---', 'title: Example', `locale: ${spec.locale ?? 'ru'}`];
  if (kind) lines.push(`kind: ${kind}`);
  if (type) lines.push(`type: ${type}`);
  if (channels.length) lines.push(`channels: [${channels.join(', ')}]`);
  lines.push('---', '');
  return `${lines.join('\n')}${e.text}\n`;
}

/**
 * Runs every example of a rule; returns the failures (none when the rule keeps its promises). One
 * linter for all of them: it builds the rule's literal scanner once.
 */
export function checkExamples(spec: RuleSpec, compiled: CompiledRule = compileRule(spec), linter = new DocumentLinter()): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const rules = [{ rule: compiled, severity: spec.severity }];
  const run = (example: Example) => {
    const text = exampleDocument(spec, example);
    const doc = parseDocument({ path: '/example.md', relativePath: 'example.md', text, requireFrontMatter: true });
    return linter.lint(doc, rules).filter((i) => i.ruleId === spec.id);
  };
  spec.examples.bad.forEach((example, index) => {
    if (run(example).length === 0) failures.push({ which: 'bad', index, text: textOf(example), issues: [] });
  });
  spec.examples.good.forEach((example, index) => {
    const issues = run(example);
    if (issues.length > 0) failures.push({ which: 'good', index, text: textOf(example), issues });
  });
  return failures;
}

function textOf(example: Example): string {
  return typeof example === 'string' ? example : example.text;
}
