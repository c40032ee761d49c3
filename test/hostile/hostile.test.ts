import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import type { HostileCase, HostileRun } from './case';
import { CASES } from './cases';

/**
 * Every hostile case through the built CLI, each run in its own process. The
 * budgets are a watchdog, not a speed test: a run that needs more than this is
 * hung or blown up (the slowest legitimate run here takes about a second).
 */
const TIME_BUDGET_MS = 30_000;
const HEAP_BUDGET_MB = 768;
/** What a run may print before it counts as unbounded output. */
const OUTPUT_BUDGET_BYTES = 64 * 1024 * 1024;

const REPO = resolve(__dirname, '../..');
const CLI = join(REPO, 'dist', 'cli.js');
/** `search` keeps its index under XDG_CACHE_HOME: here a folder of this run's, never the user's. */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'support-kb-hostile-cache-'));
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));
/** A Node stack frame ("    at fn (file:1:2)"): users get messages, never these. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly ms: number;
  readonly output: string;
  readonly outputBytes: number;
}

function runCli(args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_BUDGET_MB}`, CLI, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: CACHE_HOME },
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIME_BUDGET_MS);
    // Keep the head and tail: a message is at one end, and payloads can be megabytes.
    let head = '';
    let tail = '';
    let outputBytes = 0;
    const take = (chunk: Buffer) => {
      outputBytes += chunk.length;
      if (outputBytes > OUTPUT_BUDGET_BYTES) child.kill('SIGKILL');
      const text = chunk.toString();
      if (head.length < 16_384) head += text.slice(0, 16_384 - head.length);
      tail = (tail + text).slice(-16_384);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const output = outputBytes <= 16_384 ? head : `${head}\n…\n${tail}`;
      resolvePromise({ code, signal, timedOut, ms: Date.now() - started, output, outputBytes });
    });
  });
}

function writeCase(root: string, c: HostileCase): string {
  const dir = join(root, c.name);
  mkdirSync(dir, { recursive: true });
  const own = c.files();
  const files = Object.keys(own).some((p) => p.startsWith('.support-kb.yml')) ? own : { '.support-kb.yml': 'name: Hostile\n', ...own };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  c.setup?.(dir);
  return dir;
}

/** Why a run's result is not an answer, or undefined when it is. */
function problem(run: HostileRun, r: RunResult): string | undefined {
  if (r.timedOut) return `still running after ${TIME_BUDGET_MS / 1000} s (killed)`;
  if (r.outputBytes > OUTPUT_BUDGET_BYTES) return `printed over ${OUTPUT_BUDGET_BYTES / 1024 / 1024} MB (killed)`;
  if (r.signal) return `killed by ${r.signal}`;
  if (/heap limit|out of memory/i.test(r.output)) return 'ran out of memory';
  if (/internal error/i.test(r.output)) return 'internal error';
  if (STACK_FRAME.test(r.output)) return 'printed a stack trace';
  const codes = run.codes ?? [0, 1, 2];
  if (!codes.includes(r.code ?? -1)) return `exit code ${r.code}, expected ${codes.join(' or ')}`;
  for (const re of run.expect ?? []) if (!re.test(r.output)) return `no ${re} in the output`;
  for (const re of run.forbid ?? []) if (re.test(r.output)) return `${re} in the output`;
  return undefined;
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.js" first`);
const scratch = mkdtempSync(join(tmpdir(), 'support-kb-hostile-'));

test('hostile inputs', { concurrency: availableParallelism() }, async (t) => {
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  // HOSTILE_ONLY=regex runs the cases whose name matches (while fixing one area).
  const only = process.env.HOSTILE_ONLY ? new RegExp(process.env.HOSTILE_ONLY) : undefined;
  const all = CASES.filter((c) => !only || only.test(c.name)).map((c) =>
    t.test(c.name, async () => {
      const dir = writeCase(scratch, c);
      const failures: string[] = [];
      for (const run of c.runs) {
        const r = await runCli(run.args, dir);
        const why = problem(run, r);
        if (why) failures.push(`support-kb ${run.args.join(' ')}: ${why} (${r.ms} ms)\n${r.output.slice(-2000)}`);
      }
      if (failures.length) throw new Error(`${c.why}\n\n${failures.join('\n\n')}`);
    }),
  );
  await Promise.all(all);
});
