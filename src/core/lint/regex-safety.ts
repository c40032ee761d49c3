import { isSafePattern } from 'redos-detector';

/**
 * Rejects team regexes that could backtrack catastrophically. We use
 * redos-detector (static analysis, pure JS) rather than a linear-time engine
 * such as RE2: RE2 has no look-arounds, which Unicode word boundaries need,
 * and its Node binding is a native module that VS Code extensions can't ship
 * portably. The pattern is checked anchored (`^(?:…)`): unanchored, the
 * detector counts the scan over start positions as backtracking and rejects
 * even `в\s+ближайшее`; one attempt from one position is what can explode.
 * A pattern it cannot prove safe within the time limit is rejected too.
 */
export const SAFETY_TIMEOUT_MS = 400;

export type RegexVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const verdicts = new Map<string, RegexVerdict>();

export function checkRegex(pattern: string): RegexVerdict {
  const cached = verdicts.get(pattern);
  if (cached) return cached;
  let verdict: RegexVerdict;
  try {
    new RegExp(pattern, 'iu');
    const result = isSafePattern(`^(?:${pattern})`, { unicode: true, timeout: SAFETY_TIMEOUT_MS });
    verdict = result.safe
      ? { ok: true }
      : {
          ok: false,
          reason:
            result.error === 'timedOut'
              ? `could not be proven safe from catastrophic backtracking within ${SAFETY_TIMEOUT_MS} ms; simplify it (avoid nested or adjacent overlapping quantifiers)`
              : 'can backtrack catastrophically (nested or overlapping quantifiers such as (a+)+ or (\\w+\\s?)*); rewrite it without them',
        };
  } catch (error) {
    verdict = { ok: false, reason: `is not a valid regular expression: ${(error as Error).message}` };
  }
  verdicts.set(pattern, verdict);
  return verdict;
}
