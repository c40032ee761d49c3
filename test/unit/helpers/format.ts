import type { Issue } from '../../../src/core';

/** `line:col-line:col severity message (rule)`, 1-based like the CLI, one line per issue, in order. */
export function formatIssues(issues: readonly Issue[]): string[] {
  return [...issues]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map(
      (i) =>
        `${i.range.start.line + 1}:${i.range.start.character + 1}-${i.range.end.line + 1}:${i.range.end.character + 1} ${i.severity} ${i.message} (${i.ruleId})`,
    );
}

/** Just `line:col-line:col rule` — for tests about positions, not wording. */
export function issueSpans(issues: readonly Issue[]): string[] {
  return formatIssues(issues).map((line) => {
    const [span] = line.split(' ');
    const rule = /\(([^)]+)\)$/.exec(line)![1];
    return `${span} ${rule}`;
  });
}

/** The exact source text an issue's range covers. */
export function coveredText(text: string, issue: Issue): string {
  const lines = text.split(/\r\n|\r|\n/);
  const { start, end } = issue.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}
