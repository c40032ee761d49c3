import type { KbDocument } from '../kb/document';
import type { Issue } from '../types';
import { scanProse } from './prose';
import { countWords } from './text/words';

export interface Clarity {
  /** 0–10, higher is cleaner; like Главред's «чистота», a density of findings, not a count. */
  readonly score: number;
  readonly words: number;
  /** Rule id → number of findings, most first. */
  readonly byRule: readonly { readonly ruleId: string; readonly count: number }[];
}

const WEIGHT = { error: 3, warning: 2, info: 1 } as const;

/**
 * Clarity of a document from its tone findings: each finding weighs by
 * severity; four weighted findings per 100 words cost the whole score, so a
 * 100-word reply with two info findings scores 5, one with none scores 10.
 */
export function clarity(doc: KbDocument, toneIssues: readonly Issue[]): Clarity {
  let words = 0;
  for (const block of scanProse(doc.text, doc.bodyOffset).blocks) {
    for (const span of block.spans) words += countWords(doc.text, span.start, span.end);
  }
  const counts = new Map<string, number>();
  let weighted = 0;
  for (const issue of toneIssues) {
    weighted += WEIGHT[issue.severity];
    counts.set(issue.ruleId, (counts.get(issue.ruleId) ?? 0) + 1);
  }
  const score = words === 0 ? 10 : Math.max(0, 10 * (1 - Math.min(1, (weighted * 25) / words)));
  return {
    score: Math.round(score * 10) / 10,
    words,
    byRule: [...counts].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
  };
}
