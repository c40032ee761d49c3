import type { Issue, Range } from './types';

/** The rule id of every "read approximately / not all listed" notice, in lint and in check. */
export const TOO_COMPLEX_RULE = 'kb/too-complex';

/**
 * Issues one rule lists in one document; past it, one notice. A 2 MB paragraph of `!` is a million
 * "extra exclamation mark" findings, 300k `{{x}}` as many "undeclared" ones (hundreds of megabytes
 * as issues, more as output), and nobody reads past the first few hundred.
 */
export const MAX_ISSUES_PER_RULE = 500;

/** Counts the issues of each rule going into `issues`, and says when to stop listing them. */
export class IssueCap {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly issues: Issue[],
    private readonly max = MAX_ISSUES_PER_RULE,
  ) {}

  /** Whether another issue of `ruleId` may be listed; the first refused adds the notice at its `range`. */
  admits(ruleId: string, range: () => Range): boolean {
    const count = (this.counts.get(ruleId) ?? 0) + 1;
    this.counts.set(ruleId, count);
    if (count <= this.max) return true;
    if (count === this.max + 1) {
      this.issues.push({
        ruleId: TOO_COMPLEX_RULE,
        severity: 'info',
        message: `${ruleId} found more than ${this.max} problems in this document; only the first ${this.max} are shown.`,
        range: range(),
      });
    }
    return false;
  }
}
