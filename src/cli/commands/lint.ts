import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findConfigRoot, isMarkdownPath, KbLinter, loadKnowledgeBase, sortByPosition, type Issue, type KnowledgeBase } from '../../core';
import { ANSI, formatStylish, PLAIN } from '../format-stylish';
import { nodeFileSystem } from '../node-file-system';
import { countIssues, toJsonIssue, type JsonFileReport } from '../report';
import { UsageError } from '../usage-error';
import { toPosix } from './check';

export interface LintOptions {
  readonly paths: readonly string[];
  readonly format: 'stylish' | 'json';
  readonly config?: string;
  /** Text read from standard input, linted as `stdinFilename`. */
  readonly stdin?: string;
  readonly stdinFilename?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly cwd: string;
  readonly color: boolean;
  /** False would leave team regex rules off (the CLI trusts the folder it is pointed at). */
  readonly allowPatterns?: boolean;
}

export const LINT_HELP = `Usage: support-kb lint [paths…] [options]

Checks the tone and structure of KB documents (built-in ru/en rules and the
team's rules from .support-kb.yml), plus the front-matter checks of "check".
Folders are searched for .md files; the KB of each file is the nearest folder
holding .support-kb.yml.

Options:
  --format stylish|json    output format (default: stylish)
  --config FILE            use FILE instead of the KB's .support-kb.yml
  --stdin                  lint standard input
  --stdin-filename NAME    the file name standard input stands for (default: stdin.md)
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  -h, --help               show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 otherwise,
2 usage or configuration error.`;

interface Target {
  readonly file: string;
  /** A folder argument: every document of the KB below it. */
  readonly folder: boolean;
}

export async function runLint(o: LintOptions): Promise<{ code: number; output: string }> {
  const configPath = o.config ? toPosix(path.resolve(o.cwd, o.config)) : undefined;
  if (configPath && !(await isFile(configPath))) throw new UsageError(`config file not found: ${o.config}`);
  const targets = o.stdin !== undefined ? [{ file: abs(o.cwd, o.stdinFilename ?? 'stdin.md'), folder: false }] : await resolveTargets(o);

  // Group by KB root so each KB is read (and its cross-file checks run) once.
  const groups = new Map<string, Target[]>();
  for (const t of targets) {
    const start = t.folder ? t.file : path.posix.dirname(t.file);
    const root = configPath ? path.posix.dirname(configPath) : ((await findConfigRoot(nodeFileSystem, start)) ?? start);
    groups.set(root, [...(groups.get(root) ?? []), t]);
  }

  const reports: JsonFileReport[] = [];
  let configBroken = false;
  for (const [root, group] of groups) {
    const overrides = o.stdin !== undefined ? new Map([[group[0].file, o.stdin]]) : undefined;
    // Anything by that name counts: a config that is a pipe or a link must be reported, not skipped.
    const hasConfig = configPath !== undefined || (await nodeFileSystem.exists(path.posix.join(root, '.support-kb.yml')));
    const kb = await loadKnowledgeBase(nodeFileSystem, root, hasConfig, { overrides, configPath });
    if (o.stdin !== undefined) kb.setText(group[0].file, o.stdin);
    const linter = await KbLinter.create(nodeFileSystem, kb, { allowPatterns: o.allowPatterns ?? true });
    const setup = new Map(linter.setupIssues);
    setup.set(kb.configPath, [...kb.issuesFor(kb.configPath), ...(setup.get(kb.configPath) ?? [])]);
    for (const [file, issues] of setup) {
      if (issues.length === 0) continue;
      configBroken ||= issues.some((i) => i.severity === 'error');
      reports.push(report(o, file, issues));
    }
    for (const file of filesOf(kb, group)) {
      const doc = kb.document(file);
      const issues = [...kb.issuesFor(file), ...(doc ? linter.lint(doc) : [])];
      reports.push(report(o, file, sortByPosition(issues)));
    }
  }

  const totals = countIssues(reports);
  const output = o.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : formatStylish(reports, o.color ? ANSI : PLAIN);
  const tooManyWarnings = o.maxWarnings !== undefined && totals.warnings > o.maxWarnings;
  const code = configBroken ? 2 : totals.errors > 0 || tooManyWarnings ? 1 : 0;
  const note = tooManyWarnings && o.format === 'stylish' ? `Too many warnings (${totals.warnings}, at most ${o.maxWarnings} allowed).\n` : '';
  return { code, output: output + note };
}

async function resolveTargets(o: LintOptions): Promise<Target[]> {
  const paths = o.paths.length ? o.paths : ['.'];
  const targets: Target[] = [];
  for (const p of paths) {
    const file = abs(o.cwd, p);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) throw new UsageError(`no such file or folder: ${p}`);
    targets.push({ file, folder: stat.isDirectory() });
  }
  return targets;
}

/** The files to report for a group: named files, and every document (or unreadable file) under named folders. */
function filesOf(kb: KnowledgeBase, group: readonly Target[]): string[] {
  const files = new Set<string>();
  const all = kb.reports().map((r) => r.path).filter((p) => p !== kb.configPath);
  for (const t of group) {
    if (!t.folder) files.add(t.file);
    else for (const p of all) if (p === t.file || p.startsWith(`${t.file}/`) || t.file === kb.root) files.add(p);
  }
  return [...files].filter((f) => isMarkdownPath(f) || kb.has(f)).sort();
}

function report(o: LintOptions, file: string, issues: readonly Issue[]): JsonFileReport {
  const shown = o.quiet ? issues.filter((i) => i.severity === 'error') : issues;
  return { file: toPosix(path.relative(o.cwd, file)) || file, issues: shown.map(toJsonIssue) };
}


function abs(cwd: string, p: string): string {
  return toPosix(path.resolve(cwd, p));
}

async function isFile(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isFile() ?? false;
}
