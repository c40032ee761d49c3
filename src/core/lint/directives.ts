import type { LineIndex } from '../text/line-index';
import type { HtmlComment } from './prose';
import { lowerBound } from './text/lower-bound';

/**
 * Inline control through HTML comments:
 *   <!-- support-kb-disable rule-a rule-b -->   off from here (all rules when none named)
 *   <!-- support-kb-enable rule-a -->           on again (all when none named)
 *   <!-- support-kb-disable-next-line rule-a --> off for the next line only
 */
export class Directives {
  /**
   * Per rule id ('*': all rules), the disabled ranges' starts in order and the furthest end reached by
   * any range starting there or before: a lookup is one binary search. A scan of every range per
   * finding was directives × findings, quadratic in a document of thousands of directives.
   */
  private readonly byRule = new Map<string, { starts: number[]; reach: number[] }>();

  constructor(comments: readonly HtmlComment[], lines: LineIndex, textLength: number) {
    const ranges: { rule: string; start: number; end: number }[] = [];
    const open = new Map<string, number>();
    for (const comment of comments) {
      const m = /^\s*support-kb-(disable-next-line|disable|enable)\b([^]*)$/.exec(comment.body);
      if (!m) continue;
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      const targets = rules.length ? rules : ['*'];
      if (m[1] === 'disable-next-line') {
        const line = lines.positionAt(comment.end).line + 1;
        if (line >= lines.lineCount) continue;
        const start = lines.offsetAt({ line, character: 0 });
        for (const rule of targets) ranges.push({ rule, start, end: lines.lineEnd(line) + 1 });
      } else if (m[1] === 'disable') {
        for (const rule of targets) if (!open.has(rule)) open.set(rule, comment.end);
      } else {
        const closing = rules.length ? rules : [...open.keys()];
        for (const rule of closing) {
          const start = open.get(rule);
          if (start === undefined) continue;
          ranges.push({ rule, start, end: comment.start });
          open.delete(rule);
        }
      }
    }
    for (const [rule, start] of open) ranges.push({ rule, start, end: textLength + 1 });
    ranges.sort((a, b) => a.start - b.start);
    for (const { rule, start, end } of ranges) {
      let entry = this.byRule.get(rule);
      if (!entry) this.byRule.set(rule, (entry = { starts: [], reach: [] }));
      const n = entry.starts.length;
      entry.starts.push(start);
      entry.reach.push(n > 0 ? Math.max(entry.reach[n - 1] as number, end) : end);
    }
  }

  isDisabled(ruleId: string, offset: number): boolean {
    return this.covers(ruleId, offset) || this.covers('*', offset);
  }

  private covers(rule: string, offset: number): boolean {
    const entry = this.byRule.get(rule);
    if (!entry) return false;
    // The ranges starting at or before `offset` (offsets are integers).
    const n = lowerBound(entry.starts, offset + 1);
    return n > 0 && (entry.reach[n - 1] as number) > offset;
  }
}
