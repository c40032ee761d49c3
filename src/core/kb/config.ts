import { CONFIG_SCHEMA, type RuleSetting } from '../schema/config-schema';
import type { Channel, DocumentType, Kind } from './vocabulary';
import { checkYamlMapping, errorPaths, problemToIssue } from '../schema/check-yaml';
import { sortByPosition } from '../issues';
import { LineIndex } from '../text/line-index';
import type { Issue } from '../types';

export { CONFIG_FILE } from './config-file';

export interface KbConfig {
  readonly name?: string;
  readonly defaultLocale?: string;
  readonly locales: readonly string[];
  readonly ignore: readonly string[];
  /** Rule id → setting, for every document. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Later entries win over earlier ones and over `rules`. */
  readonly overrides: readonly RuleOverride[];
  /** Team rule files, relative to the KB root. */
  readonly customRules: readonly string[];
}

export interface RuleOverride {
  readonly files?: readonly string[];
  readonly channels?: readonly Channel[];
  readonly kinds?: readonly Kind[];
  readonly types?: readonly DocumentType[];
  readonly locales?: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export interface ParsedConfig {
  readonly config: KbConfig;
  readonly issues: readonly Issue[];
}

export const DEFAULT_CONFIG: KbConfig = { locales: [], ignore: [], rules: {}, overrides: [], customRules: [] };

/**
 * Reads `.support-kb.yml`. Keys with a problem fall back to their defaults, so
 * one typo never disables the whole KB; the problem is reported on the config.
 */
export function parseConfig(text: string): ParsedConfig {
  const lines = new LineIndex(text);
  const issues: Issue[] = [];
  const checked = checkYamlMapping(text, 0, lines, CONFIG_SCHEMA, 'Configuration', issues);
  if (!checked.ok) return { config: DEFAULT_CONFIG, issues };
  const { value, problems, locate } = checked;
  for (const problem of problems) issues.push(problemToIssue(problem, locate, lines.range(0, 0)));
  // Only errors discard a value; a list drops just its bad items, so one typo never disables the rest.
  const errorAt = errorPaths(problems);
  const pick = <T>(key: string, fallback: T): T => (errorAt.has(key) || value[key] == null ? fallback : (value[key] as T));
  const list = <T>(key: string): T[] => pick<T[]>(key, []).filter((_, i) => !errorAt.has(`${key}\u0000${i}`));
  const locales = list<string>('locales');
  const ignore = list<string>('ignore');
  ignore.forEach((glob, i) => {
    if (!glob.startsWith('!')) return;
    issues.push({
      ruleId: 'kb/invalid-value',
      severity: 'warning',
      message: `"${glob}" is a negated glob: it matches every file except these, so they would be the only documents. List the files to ignore instead.`,
      range: locate(['ignore', i], 'value') ?? lines.range(0, 0),
    });
  });
  const defaultLocale = pick<string | undefined>('defaultLocale', undefined);
  if (defaultLocale && locales.length > 0 && !locales.includes(defaultLocale)) {
    issues.push({
      ruleId: 'kb/invalid-value',
      severity: 'warning',
      message: `defaultLocale "${defaultLocale}" is not in locales (${locales.join(', ')}).`,
      range: locate(['defaultLocale'], 'value') ?? lines.range(0, 0),
    });
  }
  sortByPosition(issues);
  return {
    config: {
      name: pick('name', undefined),
      defaultLocale,
      locales,
      ignore,
      rules: pick('rules', {}),
      overrides: list('overrides'),
      customRules: list('customRules'),
    },
    issues,
  };
}
