import type { LineIndex } from '../text/line-index';
import type { HtmlComment } from './prose';

/**
 * Inline control through HTML comments:
 *   <!-- support-kb-disable rule-a rule-b -->   off from here (all rules when none named)
 *   <!-- support-kb-enable rule-a -->           on again (all when none named)
 *   <!-- support-kb-disable-next-line rule-a --> off for the next line only
 */
export class Directives {
  private readonly ranges: { rule: string; start: number; end: number }[] = [];

  constructor(comments: readonly HtmlComment[], lines: LineIndex, textLength: number) {
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
        for (const rule of targets) this.ranges.push({ rule, start, end: lines.lineEnd(line) + 1 });
      } else if (m[1] === 'disable') {
        for (const rule of targets) if (!open.has(rule)) open.set(rule, comment.end);
      } else {
        const closing = rules.length ? rules : [...open.keys()];
        for (const rule of closing) {
          const start = open.get(rule);
          if (start === undefined) continue;
          this.ranges.push({ rule, start, end: comment.start });
          open.delete(rule);
        }
      }
    }
    for (const [rule, start] of open) this.ranges.push({ rule, start, end: textLength + 1 });
  }

  isDisabled(ruleId: string, offset: number): boolean {
    return this.ranges.some((r) => (r.rule === ruleId || r.rule === '*') && offset >= r.start && offset < r.end);
  }
}
