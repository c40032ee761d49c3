import { isSafePattern } from 'redos-detector';
import { emptyReference, withExplicitCase, withNumberedGroups } from './regex-case';

/**
 * Rejects team regexes that could backtrack catastrophically, checking the
 * pattern exactly as the matcher runs it.
 *
 * We keep V8's engine and check statically (redos-detector, pure JS) rather than
 * switch to a linear-time engine such as RE2: RE2 has no look-arounds, which
 * Unicode word boundaries need (every built-in rule uses them, and team rules
 * copy them), and its Node binding is a native module that VS Code extensions
 * can't ship portably.
 *
 * What runs is the ё-folded pattern with the flags `giu` (`gu` for
 * case-sensitive rules). redos-detector refuses `caseInsensitive` together with
 * `unicode`, and a case-sensitive check misses `(?:a|A)+b` or `(?:k|K)+b` with
 * the Kelvin sign, which `iu` folds together. So the pattern is first
 * rewritten with its case spelled out (regex-case.ts: `k` → `[kKK]`).
 *
 * The check is anchored (`^(?:…)`): unanchored, the detector counts the scan
 * over start positions as backtracking and rejects even `в\s+ближайшее`. One
 * attempt from one position is what can explode; the scan over positions
 * (quadratic for `.*Z`) is bounded by the matcher's windows (match-windows.ts).
 * A pattern it cannot prove safe within the time limit is rejected too.
 */
export const SAFETY_TIMEOUT_MS = 400;

export type RegexVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** How the matcher runs a pattern. */
export interface RegexRun {
  /** The source as it runs (ё folded). */
  readonly source: string;
  readonly caseInsensitive: boolean;
}

/**
 * Verdicts are kept per instance: a KB's rules are checked again after every
 * configuration change, and a proof takes 30–200 ms per pattern (up to the
 * time limit for a rejected one). The extension keeps one for its lifetime.
 */
export class RegexSafety {
  private readonly verdicts = new Map<string, RegexVerdict>();

  check(run: RegexRun): RegexVerdict {
    const key = `${run.caseInsensitive ? 'i' : ''}/${run.source}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) this.verdicts.set(key, (verdict = checkRegex(run)));
    return verdict;
  }
}

export function checkRegex({ source, caseInsensitive }: RegexRun): RegexVerdict {
  try {
    new RegExp(source, caseInsensitive ? 'iu' : 'u');
  } catch (error) {
    return { ok: false, reason: `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/\w*: /, '')}` };
  }
  let explicit: string;
  try {
    const empty = emptyReference(source);
    if (empty) return { ok: false, reason: `refers with ${empty} to a group that is not closed before it, so it can only match nothing; refer to an earlier group` };
    explicit = caseInsensitive ? withExplicitCase(source) : withNumberedGroups(source);
  } catch (error) {
    return { ok: false, reason: `cannot be analysed for catastrophic backtracking (${(error as Error).message.split('\n')[0]}); simplify it` };
  }
  let result: ReturnType<typeof isSafePattern>;
  try {
    result = isSafePattern(`^(?:${explicit})`, { unicode: true, timeout: SAFETY_TIMEOUT_MS });
  } catch (error) {
    return { ok: false, reason: `cannot be analysed for catastrophic backtracking (${(error as Error).message.split('\n')[0]}); simplify it` };
  }
  if (result.safe) return { ok: true };
  // One wording whether the proof failed or ran out of time: which one happens depends on the machine's load.
  return {
    ok: false,
    reason: `could backtrack catastrophically: avoid nested or adjacent overlapping quantifiers such as (a+)+ or (\\w+\\s?)*, remembering that case is ignored (or it is too complex to prove safe within ${SAFETY_TIMEOUT_MS} ms)`,
  };
}
