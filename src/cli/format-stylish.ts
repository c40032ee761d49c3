import { countIssues, type JsonFileReport } from './report';

export interface Colors {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: Colors = { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), underline: wrap(4, 24) };
export const PLAIN: Colors = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, blue: (s) => s, underline: (s) => s };

/** ESLint-style report: files with problems, aligned columns, a total line. */
export function formatStylish(reports: readonly JsonFileReport[], c: Colors): string {
  const out: string[] = [];
  for (const report of reports) {
    if (report.issues.length === 0) continue;
    out.push('', c.underline(report.file));
    const rows = report.issues.map((i) => [
      `${i.line}:${i.column}`,
      i.severity === 'error' ? c.red('error') : i.severity === 'warning' ? c.yellow('warning') : c.blue('info'),
      i.message,
      c.dim(i.ruleId),
    ]);
    // A loop, not Math.max(...): spreading 300k issues as arguments overflows the stack.
    const width = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
    const sevWidth = report.issues.reduce((w, i) => Math.max(w, i.severity.length), 0);
    for (const [pos, sev, message, rule] of rows) {
      const sevPad = ' '.repeat(sevWidth - stripAnsi(sev).length);
      out.push(`  ${c.dim(pos.padEnd(width))}  ${sev}${sevPad}  ${message}  ${rule}`);
    }
  }
  const t = countIssues(reports);
  const total = t.errors + t.warnings + t.infos;
  const files = reports.length;
  out.push('');
  if (total === 0) {
    out.push(`✓ ${files} file${files === 1 ? '' : 's'} checked, no problems`);
  } else {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${t.errors} error${t.errors === 1 ? '' : 's'}, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}, ${t.infos} info) in ${files} file${files === 1 ? '' : 's'} checked`;
    out.push(t.errors > 0 ? c.bold(c.red(summary)) : c.bold(c.yellow(summary)));
  }
  return out.join('\n') + '\n';
}

function stripAnsi(s: string): string {
  return s.replace(/\u001b\[\d+m/g, '');
}
