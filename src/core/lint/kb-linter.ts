import type { KbFileSystem } from '../kb/file-system';
import type { KbDocument } from '../kb/document';
import type { KnowledgeBase } from '../kb/knowledge-base';
import { readInside } from '../kb/read-inside';
import { readText } from '../kb/read-text';
import { YamlLocator } from '../parse/yaml';
import { didYouMeanSuffix } from '../text/did-you-mean';
import { LineIndex } from '../text/line-index';
import type { Issue, Range } from '../types';
import { BlockCache } from './block-cache';
import { compileRule } from './compile';
import type { CompiledRule } from './compiled-rule';
import { DocumentLinter } from './engine';
import { RuleSet } from './rule-set';
import { BUILTIN_RULES } from './rules';
import { RegexSafety } from './regex-safety';
import { parseTeamRules, patternRuns } from './team-rules';

/** Team rule files are hand-written YAML; a megabyte is thousands of rules. Larger ones are refused unread. */
export const MAX_RULE_FILE_BYTES = 1024 * 1024;

let builtins: CompiledRule[] | undefined;

/**
 * Built-in rules, compiled once per process. A memo, not state lint runs share: every caller
 * gets the same rules whoever asked first, and a search with a rule's regexes sets their position
 * first and runs to its end without calling out, so two runs cannot see each other's.
 */
export function builtinRules(): readonly CompiledRule[] {
  return (builtins ??= BUILTIN_RULES.map(compileRule));
}

export interface KbLinterOptions {
  /** False in an untrusted workspace: team rules with regexes stay off. */
  readonly allowPatterns: boolean;
  /** Keep findings per paragraph so an edit re-lints only what changed (the editor; a one-shot CLI run gains nothing). */
  readonly cacheParagraphs?: boolean;
  /** Verdicts on team patterns kept between loads (see RegexSafety). */
  readonly safety?: RegexSafety;
}

/**
 * Lints the documents of one KB with the built-in rules, the team's rules and
 * the configuration's settings. Problems with the rules themselves (a rule
 * file's YAML, an unsafe regex, an unknown rule id in the config) are issues on
 * those files, listed in `setupIssues`.
 */
export class KbLinter {
  private readonly cache: BlockCache | undefined;
  private readonly linter = new DocumentLinter();

  private constructor(
    readonly ruleSet: RuleSet,
    readonly setupIssues: ReadonlyMap<string, readonly Issue[]>,
    cacheParagraphs: boolean,
  ) {
    this.cache = cacheParagraphs ? new BlockCache() : undefined;
  }

  static async create(fs: KbFileSystem, kb: KnowledgeBase, options: KbLinterOptions): Promise<KbLinter> {
    const issues = new Map<string, Issue[]>();
    const add = (path: string, more: readonly Issue[]) => more.length && issues.set(path, [...(issues.get(path) ?? []), ...more]);
    const locateConfig = configLocator(kb.configText);
    const rules: CompiledRule[] = [...builtinRules()];
    const taken = new Set(rules.map((r) => r.spec.id));
    for (const [index, file] of kb.config.customRules.entries()) {
      const read = await readInside(fs, kb.root, file, MAX_RULE_FILE_BYTES, 'Rule file');
      if (!read.ok) {
        add(kb.configPath, [{ ruleId: 'kb/invalid-value', severity: 'error', message: read.message, range: locateConfig(['customRules', index]) }]);
        continue;
      }
      const decoded = readText(read.bytes);
      if (!decoded.ok) {
        add(read.path, [decoded.issue]);
        continue;
      }
      const { text } = decoded;
      const safety = options.safety ?? new RegexSafety();
      if (options.allowPatterns) {
        // One proof at a time, letting other work run in between (see patternRuns).
        for (const run of patternRuns(text)) {
          safety.check(run);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
      const team = parseTeamRules(text, { allowPatterns: options.allowPatterns, takenIds: taken, safety });
      add(read.path, team.issues);
      for (const rule of team.rules) {
        taken.add(rule.spec.id);
        rules.push(rule);
      }
    }
    const ruleSet = new RuleSet(rules, kb.config);
    add(
      kb.configPath,
      ruleSet.unknownIds().map(({ id, path }) => ({
        ruleId: 'kb/unknown-rule',
        severity: 'warning',
        message: `No rule has the id "${id}".${didYouMeanSuffix(id, ruleSet.byId.keys())}`,
        range: locateConfig(path, 'key'),
      })),
    );
    return new KbLinter(ruleSet, issues, options.cacheParagraphs ?? false);
  }

  lint(doc: KbDocument): Issue[] {
    return this.linter.lint(doc, this.ruleSet.forDocument(doc), this.cache);
  }
}

function configLocator(text: string | undefined): (path: (string | number)[], part?: 'key' | 'value') => Range {
  const lines = new LineIndex(text ?? '');
  const locator = new YamlLocator(text ?? '');
  return (path, part = 'value') => {
    const at = locator.locate(path, part);
    return at ? lines.range(at.start, at.end) : lines.range(0, 0);
  };
}
