import { loadYaml, YamlLocator, type YamlPart, type YamlPath } from '../parse/yaml';
import type { LineIndex } from '../text/line-index';
import type { Issue, Range } from '../types';
import type { Schema, SchemaProblem } from './schema';
import { isPlainObject, validateMapping } from './validate';

export type Locate = (path: YamlPath, part: YamlPart) => Range | undefined;

export type CheckedYaml =
  | { readonly ok: false }
  | {
      readonly ok: true;
      readonly value: Record<string, unknown>;
      readonly problems: readonly SchemaProblem[];
      readonly locate: Locate;
    };

/**
 * Loads a YAML mapping that sits at `offset` in a file and checks it against a
 * schema. Syntax and shape errors are pushed to `issues`; schema problems come
 * back unlocated, so the caller decides which to report and where.
 */
export function checkYamlMapping(
  yaml: string,
  offset: number,
  lines: LineIndex,
  schema: Schema,
  what: string,
  issues: Issue[],
): CheckedYaml {
  const loaded = loadYaml(yaml);
  if (!loaded.ok) {
    issues.push({
      ruleId: 'kb/yaml-syntax',
      severity: 'error',
      message: `YAML syntax error: ${loaded.error.message}`,
      range: lines.range(offset + loaded.error.start, offset + Math.min(loaded.error.end, yaml.length)),
    });
    return { ok: false };
  }
  const value = loaded.value ?? {};
  if (!isPlainObject(value)) {
    issues.push({
      ruleId: 'kb/wrong-type',
      severity: 'error',
      message: `${what} must be a mapping of "key: value" lines.`,
      range: lines.range(offset, offset + yaml.trimEnd().length),
    });
    return { ok: false };
  }
  const locator = new YamlLocator(yaml);
  const locate: Locate = (path, part) => {
    const at = locator.locate(path, part);
    return at && lines.range(offset + at.start, offset + at.end);
  };
  return { ok: true, value, problems: validateMapping(value, schema, `${what.toLowerCase()} key`), locate };
}

/** Places a schema problem; a missing key is shown on the mapping that lacks it (the fallback at the top level). */
export function problemToIssue(problem: SchemaProblem, locate: Locate, fallback: Range): Issue {
  let range = locate(problem.path, problem.part);
  for (let path = problem.path.slice(0, -1); !range && path.length > 0; path = path.slice(0, -1)) range = locate(path, 'value');
  return { ruleId: problem.ruleId, severity: problem.severity, message: problem.message, range: range ?? fallback };
}

const NO_PATHS: ReadonlySet<string> = new Set();

/** The paths (joined with NUL) of the problems that are errors: values to leave out of what was read. */
export function errorPaths(problems: readonly SchemaProblem[]): ReadonlySet<string> {
  // Nearly every document has no problem: no Set, no arrays for it.
  if (problems.length === 0) return NO_PATHS;
  return new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path.join('\u0000')));
}
