/** A tiny timing harness: warm up, run N times, report median and p95. No assertions: numbers only. */
export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly runs: number;
}

export function time(fn: () => void, runs = 5, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export async function timeAsync(fn: () => Promise<void>, runs = 5, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], runs: sorted.length };
}

export interface Row {
  readonly measure: string;
  readonly ours: string;
  readonly peer?: string;
  readonly ratio?: string;
  readonly target?: string;
}

export function printTable(title: string, rows: readonly Row[]): void {
  const header: Row = { measure: 'measure', ours: 'Support KB', peer: 'peer', ratio: 'ratio', target: 'target' };
  const all = [header, ...rows];
  const cols: (keyof Row)[] = ['measure', 'ours', 'peer', 'ratio', 'target'];
  const widths = cols.map((c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: Row) => cols.map((c, i) => (r[c] ?? '').padEnd(widths[i])).join(' | ');
  console.log(`\n## ${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
