import type { LineIndex } from '../text/line-index';
import type { Fix, Issue } from '../types';

/** The non-overlapping fixes of `issues`, last first, so applying them in order keeps earlier offsets valid. */
export function fixesToApply(issues: readonly Issue[], lines: LineIndex): { start: number; end: number; text: string }[] {
  const fixes = issues
    .map((i) => i.fix)
    .filter((f): f is Fix => f !== undefined)
    .map((f) => ({ start: lines.offsetAt(f.range.start), end: lines.offsetAt(f.range.end), text: f.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: typeof fixes = [];
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix.start < lastEnd) continue; // overlaps one already taken: the next run fixes it
    chosen.push(fix);
    lastEnd = fix.end;
  }
  return chosen.reverse();
}

export function applyFixes(text: string, issues: readonly Issue[], lines: LineIndex): string {
  let out = text;
  for (const fix of fixesToApply(issues, lines)) out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  return out;
}
