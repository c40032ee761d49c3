/**
 * How many cases a property test runs, and from which seed.
 *
 * `npm run test:unit` is the loop a developer runs after every change, so each
 * property runs a sample of its full count (a twentieth, at least 50 cases):
 * the four largest properties alone took 150 s of CPU at full size
 * (2026-12-08). `npm run test:fuzz` sets FUZZ=1 and runs the full counts; CI
 * runs both. The seed is fixed so that a run can be repeated and CI does not
 * fail on a case it drew by chance; FUZZ_SEED=random explores new cases
 * (fast-check prints the seed of a failure, and FUZZ_SEED=<that seed> replays
 * it). FUZZ_RUNS=<n> sets the count outright.
 */
export interface FuzzOptions {
  readonly numRuns: number;
  readonly seed: number;
}

const SAMPLE_DIVISOR = 20;
const SAMPLE_MIN = 50;

export function fuzz(fullRuns: number, seed: number, env: NodeJS.ProcessEnv = process.env): FuzzOptions {
  return { numRuns: fuzzRuns(fullRuns, env), seed: fuzzSeed(seed, env) };
}

export function fuzzRuns(fullRuns: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.FUZZ_RUNS) return Number(env.FUZZ_RUNS);
  if (env.FUZZ === '1') return fullRuns;
  return Math.min(fullRuns, Math.max(SAMPLE_MIN, Math.ceil(fullRuns / SAMPLE_DIVISOR)));
}

export function fuzzSeed(seed: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.FUZZ_SEED === 'random') return Math.floor(Math.random() * 2 ** 31);
  return env.FUZZ_SEED ? Number(env.FUZZ_SEED) : seed;
}
