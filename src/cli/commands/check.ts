import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findConfigRoot, loadKnowledgeBase } from '../../core';
import { ANSI, formatStylish, PLAIN } from '../format-stylish';
import { nodeFileSystem } from '../node-file-system';
import { countIssues, toJsonIssue, type JsonFileReport } from '../report';
import { UsageError } from '../usage-error';

export interface CheckOptions {
  readonly dir: string;
  readonly format: 'stylish' | 'json';
  readonly cwd: string;
  readonly color: boolean;
}

export const CHECK_HELP = `Usage: support-kb check [DIR] [--format stylish|json]

Validates the knowledge base in DIR (default: the current folder): front matter,
ids, variables and .support-kb.yml. DIR is the KB root when it holds
.support-kb.yml; otherwise the nearest parent that does, or DIR itself (then
only Markdown files with front matter count as documents).

Options:
  --format stylish|json  output format (default: stylish)
  -h, --help             show this help

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.`;

/** Runs `check`; returns the exit code and the text for stdout. */
export async function runCheck(options: CheckOptions): Promise<{ code: number; output: string }> {
  const dir = toPosix(path.resolve(options.cwd, options.dir));
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`not a directory: ${options.dir}`);

  const configRoot = await findConfigRoot(nodeFileSystem, dir);
  const kb = await loadKnowledgeBase(nodeFileSystem, configRoot ?? dir, configRoot !== undefined);
  const reports: JsonFileReport[] = kb.reports().map((r) => ({
    file: toPosix(path.relative(options.cwd, r.path)) || r.relativePath,
    issues: r.issues.map(toJsonIssue),
  }));
  const output = options.format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : formatStylish(reports, options.color ? ANSI : PLAIN);
  const configBroken = kb.issuesFor(kb.configPath).some((i) => i.severity === 'error');
  return { code: configBroken ? 2 : countIssues(reports).errors > 0 ? 1 : 0, output };
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
