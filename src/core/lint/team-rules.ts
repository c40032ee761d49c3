import { checkYamlMapping, problemToIssue, type Locate } from '../schema/check-yaml';
import type { Schema } from '../schema/schema';
import { isPlainObject, validateMapping } from '../schema/validate';
import { LineIndex } from '../text/line-index';
import type { Issue } from '../types';
import { compileRule } from './compile';
import type { CompiledRule } from './compiled-rule';
import { checkExamples, exampleDocument } from './examples';
import { isPattern } from './kinds/existence';
import { runningSource } from './matcher';
import { RegexSafety, type RegexRun } from './regex-safety';
import { RULE_SCHEMAS } from './rule-schema';
import type { RuleSpec, SubstitutionRule } from './rule-spec';
import { parseDocument } from '../kb/parse-document';
import { loadYaml } from '../parse/yaml';
import { DocumentLinter } from './engine';

const FILE_SCHEMA: Schema = { rules: { field: { type: 'list', item: { type: 'any' } }, required: true, description: 'The team rules.' } };

export interface TeamRules {
  readonly rules: readonly CompiledRule[];
  readonly issues: readonly Issue[];
}

export interface TeamRuleOptions {
  /** False in an untrusted workspace: rules with regexes are left out. */
  readonly allowPatterns: boolean;
  /** Ids already taken (built-in rules, other files). */
  readonly takenIds?: ReadonlySet<string>;
  /** Verdicts on patterns, kept between loads (the extension reloads rules after every config change). */
  readonly safety?: RegexSafety;
}

/**
 * Reads one team rule file (`rules: [ … ]`). Every problem is an issue on the
 * file with its position; a rule with a problem is left out, the others load.
 */
export function parseTeamRules(text: string, options: TeamRuleOptions): TeamRules {
  const lines = new LineIndex(text);
  const issues: Issue[] = [];
  const top = lines.range(0, 0);
  const checked = checkYamlMapping(text, 0, lines, FILE_SCHEMA, 'A rule file', issues);
  if (!checked.ok) return { rules: [], issues };
  const { value, locate } = checked;
  if (!('rules' in value)) {
    // Not one of ours (a file named by mistake, or on purpose to read it back): say so without
    // quoting its keys, which would show its content.
    issues.push({ ruleId: 'kb/invalid-value', severity: 'error', message: 'This is not a rule file: a rule file is a mapping with a "rules:" list.', range: top });
    return { rules: [], issues };
  }
  for (const p of checked.problems) issues.push(problemToIssue(p, locate, top));
  const items = Array.isArray(value.rules) ? value.rules : [];
  const rules: CompiledRule[] = [];
  const seen = new Set(options.takenIds);
  items.forEach((item, index) => {
    const at = (path: (string | number)[] = [], part: 'key' | 'value' = 'value') => locate(['rules', index, ...path], part) ?? top;
    const rule = loadRule(item, index, locate, options, at, issues);
    if (!rule) return;
    if (seen.has(rule.spec.id)) {
      issues.push({ ruleId: 'kb/invalid-value', severity: 'error', message: `Rule id "${rule.spec.id}" is already taken.`, range: at(['id']) });
      return;
    }
    seen.add(rule.spec.id);
    rules.push(rule);
  });
  return { rules, issues };
}

function loadRule(
  item: unknown,
  index: number,
  locate: Locate,
  options: TeamRuleOptions,
  at: (path?: (string | number)[], part?: 'key' | 'value') => Issue['range'],
  issues: Issue[],
): CompiledRule | undefined {
  if (!isPlainObject(item)) {
    issues.push({ ruleId: 'kb/wrong-type', severity: 'error', message: 'A rule must be a mapping with id, kind, severity and message.', range: at() });
    return undefined;
  }
  const schema = RULE_SCHEMAS[item.kind as keyof typeof RULE_SCHEMAS];
  if (!schema) {
    // Check the common keys to name what is wrong with `kind`.
    for (const p of validateMapping(item, RULE_SCHEMAS.existence, 'rule key', ['rules', index]).filter((p) => p.path[2] === 'kind' || p.path[2] === 'id')) {
      issues.push(problemToIssue(p, locate, at()));
    }
    return undefined;
  }
  const problems = validateMapping(item, schema, 'rule key', ['rules', index]);
  for (const p of problems) issues.push(problemToIssue(p, locate, at()));
  if (problems.some((p) => p.severity === 'error')) return undefined;
  const spec = { examples: { bad: [], good: [] }, description: '', ...item } as unknown as RuleSpec;

  const regexes = regexFields(spec);
  if (regexes.length > 0 && !options.allowPatterns) {
    issues.push({
      ruleId: 'kb/untrusted-regex',
      severity: 'info',
      message: `Rule ${spec.id} uses regular expressions, which stay off until you trust this workspace.`,
      range: at(['id']),
    });
    return undefined;
  }
  let unsafe = false;
  const safety = options.safety ?? new RegexSafety();
  for (const { path, pattern, caseInsensitive } of regexes) {
    const verdict = safety.check({ source: runningSource(pattern), caseInsensitive });
    if (!verdict.ok) {
      unsafe = true;
      issues.push({ ruleId: 'kb/unsafe-regex', severity: 'error', message: `Pattern /${pattern}/ ${verdict.reason}.`, range: at(path) });
    }
  }
  if (unsafe) return undefined;
  if (spec.kind === 'substitution') {
    const unstable = unstableReplacements(spec);
    for (const { key, problem } of unstable) issues.push({ ruleId: 'kb/invalid-value', severity: 'error', message: `Rule ${spec.id}: ${problem}`, range: at(['swap', key]) });
    if (unstable.length) return undefined;
  }
  let compiled: CompiledRule;
  try {
    compiled = compileRule(spec);
  } catch (error) {
    issues.push({ ruleId: 'kb/invalid-value', severity: 'error', message: `Rule ${spec.id} cannot be used: ${(error as Error).message}`, range: at(['id']) });
    return undefined;
  }
  // One linter for the rule's own checks below: it builds the rule's literal scanner once.
  const linter = new DocumentLinter();
  if (spec.kind === 'substitution') {
    const growing = selfTriggering(spec, compiled, linter);
    for (const { key, replacement } of growing) {
      issues.push({
        ruleId: 'kb/invalid-value',
        severity: 'error',
        message: `Rule ${spec.id}: the replacement "${replacement}" is flagged by the rule itself, so every "fix all" would change it again (it would grow, or swap back and forth). Replace with text the rule leaves alone.`,
        range: at(['swap', key]),
      });
    }
    if (growing.length) return undefined;
  }
  for (const failure of checkExamples(spec, compiled, linter)) {
    issues.push({
      ruleId: 'kb/rule-example',
      severity: 'warning',
      message:
        failure.which === 'bad'
          ? `Rule ${spec.id} does not flag its bad example ${failure.index + 1}: "${failure.text}".`
          : `Rule ${spec.id} flags its good example ${failure.index + 1}: ${failure.issues.map((i) => `"${i.message}"`).join('; ')}.`,
      range: at(['examples', failure.which, failure.index]),
    });
  }
  return compiled;
}

/**
 * Every pattern of a rule file as the matcher would run it, read leniently (no
 * schema check), so a caller can prove them one at a time between other work
 * and then load the file with the verdicts at hand. Proofs take up to
 * SAFETY_TIMEOUT_MS each; the extension host must not wait for all of them at once.
 */
export function patternRuns(text: string): RegexRun[] {
  const loaded = loadYaml(text);
  const items = loaded.ok && isPlainObject(loaded.value) && Array.isArray(loaded.value.rules) ? loaded.value.rules : [];
  const runs: RegexRun[] = [];
  for (const item of items) {
    if (!isPlainObject(item) || typeof item.kind !== 'string') continue;
    try {
      for (const { pattern, caseInsensitive } of regexFields(item as unknown as RuleSpec)) {
        if (typeof pattern === 'string') runs.push({ source: runningSource(pattern), caseInsensitive });
      }
    } catch {
      // A malformed rule: the full load reports it.
    }
  }
  return runs;
}

interface RegexField {
  readonly path: (string | number)[];
  readonly pattern: string;
  /** As the matcher runs it: case is ignored unless the rule says otherwise (placeholder names match as written). */
  readonly caseInsensitive: boolean;
}

/** Every regex in a rule with its path, for the safety check and Restricted Mode. */
function regexFields(spec: RuleSpec): RegexField[] {
  const out: RegexField[] = [];
  const add = (path: (string | number)[], list: readonly string[] | undefined, caseInsensitive = true) =>
    list?.forEach((pattern, i) => out.push({ path: [...path, i], pattern, caseInsensitive }));
  if ('patterns' in spec) add(['patterns'], spec.patterns, !(spec.kind === 'existence' && spec.caseSensitive));
  if (spec.kind === 'requires') {
    add(['when', 'patterns'], spec.when?.patterns);
    add(['anyOf', 'patterns'], spec.anyOf.patterns);
    add(['anyOf', 'placeholders'], spec.anyOf.placeholders, false);
  }
  if ('exceptions' in spec) spec.exceptions?.forEach((e, i) => isPattern(e) && out.push({ path: ['exceptions', i], pattern: e, caseInsensitive: true }));
  return out;
}

/** Line breaks in a replacement would let a quick fix rewrite the lines around it (a "---" ends front matter). */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;

/** Replacements a fix could not safely write, with why. */
function unstableReplacements(spec: SubstitutionRule): { key: string; problem: string }[] {
  const out: { key: string; problem: string }[] = [];
  for (const [key, value] of Object.entries(spec.swap)) {
    const options = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(options) || options.some((o) => typeof o !== 'string')) {
      out.push({ key, problem: `the replacement for "${key}" must be text or a list of texts.` });
    } else if (options.some((o) => LINE_BREAK.test(o))) {
      out.push({ key, problem: `the replacement for "${key}" has a line break; a quick fix replaces words within a line.` });
    }
  }
  return out;
}

/** Keys whose replacement the rule flags again: fix-all would never be done with them. */
function selfTriggering(spec: SubstitutionRule, compiled: CompiledRule, linter: DocumentLinter): { key: string; replacement: string }[] {
  const out: { key: string; replacement: string }[] = [];
  const rules = [{ rule: compiled, severity: spec.severity }];
  for (const [key, value] of Object.entries(spec.swap)) {
    for (const replacement of typeof value === 'string' ? [value] : value) {
      const text = exampleDocument(spec, replacement);
      const doc = parseDocument({ path: '/replacement.md', relativePath: 'replacement.md', text, requireFrontMatter: true });
      if (linter.lint(doc, rules).some((i) => i.ruleId === spec.id)) {
        out.push({ key, replacement });
        break;
      }
    }
  }
  return out;
}
