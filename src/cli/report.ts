import type { Issue } from '../core';

/** One file's problems in the CLI's shared JSON format (1-based positions). */
export interface JsonFileReport {
  file: string;
  issues: JsonIssue[];
}

export interface JsonIssue {
  ruleId: string;
  severity: Issue['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { text: string; line: number; column: number; endLine: number; endColumn: number };
}

export function toJsonIssue(issue: Issue): JsonIssue {
  const out: JsonIssue = {
    ruleId: issue.ruleId,
    severity: issue.severity,
    message: issue.message,
    ...oneBased(issue.range),
  };
  if (issue.fix) out.fix = { text: issue.fix.text, ...oneBased(issue.fix.range) };
  return out;
}

function oneBased(range: Issue['range']) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
}

export function countIssues(reports: readonly JsonFileReport[]): Totals {
  const totals = { errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) {
    for (const i of r.issues) {
      if (i.severity === 'error') totals.errors++;
      else if (i.severity === 'warning') totals.warnings++;
      else totals.infos++;
    }
  }
  return totals;
}
