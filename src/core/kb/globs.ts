import picomatch from 'picomatch';

/**
 * Globs of `.support-kb.yml` (`ignore`, `overrides[].files`), which a KB from
 * someone else writes and which run in Restricted Mode on every file path.
 * picomatch turns each `*` into a lazy `[^/]*?`, so a segment with several
 * stars backtracks polynomially on a long file name: `*a*a*a*a*b` took 61 s on
 * one 254-character name, `**\/+(a)+(a)+(a)+(a)b` 6 s on a deep path. With at
 * most one `*` per path segment (a whole `**` segment aside) and no extglobs,
 * the worst of those paths takes a millisecond. Globs a KB needs —
 * `drafts/**`, `**\/*.draft.md`, `**\/_*`, `templates/*\/*.md` — fit.
 */
const OPTIONS = { dot: true, noextglob: true } as const;

/** Extglob syntax: `+(…)`, `*(…)`, `?(…)`, `@(…)`, `!(…)`. */
const EXTGLOB = /[+*?@!]\(/;

/** Why a glob is refused, or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (EXTGLOB.test(glob)) return `"${glob}" uses an extglob such as +(…) or !(…), which Support KB does not support; list the names instead, e.g. {a,b}`;
  for (const segment of glob.split('/')) {
    if (segment === '**') continue;
    const stars = segment.split('*').length - 1;
    if (stars > 1) return `"${glob}" has ${stars} "*" in the segment "${segment}"; at most one per segment keeps matching fast on long file names (use "**" for any depth)`;
  }
  try {
    picomatch.makeRe(glob, OPTIONS);
  } catch (error) {
    return `"${glob}" is not a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

/** Whether a KB-relative path matches any of the globs; refused globs (reported on the config) match nothing. */
export function globMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const usable = globs.filter((g) => globProblem(g) === undefined);
  return usable.length ? picomatch(usable, OPTIONS) : () => false;
}
