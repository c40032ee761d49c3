import { checkYamlMapping, problemToIssue, type Locate } from '../schema/check-yaml';
import type { Schema } from '../schema/schema';
import { isPlainObject, validateMapping } from '../schema/validate';
import { LineIndex } from '../text/line-index';
import type { Issue } from '../types';
import { compileRule } from './compile';
import type { CompiledRule } from './compiled-rule';
import { checkExamples } from './examples';
import { isPattern } from './kinds/existence';
import { checkRegex } from './regex-safety';
import { RULE_SCHEMAS } from './rule-schema';
import type { RuleSpec } from './rule-spec';

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
  for (const { path, pattern } of regexes) {
    const verdict = checkRegex(pattern);
    if (!verdict.ok) {
      unsafe = true;
      issues.push({ ruleId: 'kb/unsafe-regex', severity: 'error', message: `Pattern /${pattern}/ ${verdict.reason}.`, range: at(path) });
    }
  }
  if (unsafe) return undefined;
  let compiled: CompiledRule;
  try {
    compiled = compileRule(spec);
  } catch (error) {
    issues.push({ ruleId: 'kb/invalid-value', severity: 'error', message: `Rule ${spec.id} cannot be used: ${(error as Error).message}`, range: at(['id']) });
    return undefined;
  }
  for (const failure of checkExamples(spec, compiled)) {
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

/** Every regex in a rule with its path, for the safety check and Restricted Mode. */
function regexFields(spec: RuleSpec): { path: (string | number)[]; pattern: string }[] {
  const out: { path: (string | number)[]; pattern: string }[] = [];
  const add = (path: (string | number)[], list: readonly string[] | undefined) => list?.forEach((pattern, i) => out.push({ path: [...path, i], pattern }));
  if ('patterns' in spec) add(['patterns'], spec.patterns);
  if (spec.kind === 'requires') {
    add(['when', 'patterns'], spec.when?.patterns);
    add(['anyOf', 'patterns'], spec.anyOf.patterns);
    add(['anyOf', 'placeholders'], spec.anyOf.placeholders);
  }
  if ('exceptions' in spec) spec.exceptions?.forEach((e, i) => isPattern(e) && out.push({ path: ['exceptions', i], pattern: e }));
  return out;
}
