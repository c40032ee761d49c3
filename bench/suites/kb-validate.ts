import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import matter from 'gray-matter';
import { KnowledgeBase, loadKnowledgeBase } from '../../src/core';
import { nodeFileSystem } from '../../src/cli/node-file-system';
import { toPosix } from '../../src/cli/commands/check';
import { generateKb, type GeneratedFile } from '../generate-kb';
import { ms, printTable, time, timeAsync } from '../harness';
import { writeKb } from '../write-kb';

const COUNT = 10_000;
const SEED = 42;

/**
 * Parse + validate of 10k generated documents (target ≤ 1.5 s on one core).
 * Peer: gray-matter (front-matter split + js-yaml, no validation, no
 * positions), the usual way extensions read front matter — the floor for
 * "read every document's metadata".
 */
export async function benchKbValidate(): Promise<void> {
  const files = generateKb({ count: COUNT, seed: SEED });
  const docs = files.filter((f) => f.path.endsWith('.md'));
  const config = files.find((f) => f.path === '.support-kb.yml')?.text ?? '';
  const bytes = docs.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

  let issues = 0;
  const ours = time(() => {
    issues = 0;
    const kb = buildKb(docs, config);
    for (const r of kb.reports()) issues += r.issues.length;
  });
  let run = 0;
  const peer = time(() => {
    run++;
    for (const f of docs) {
      // gray-matter caches by content; a string new to each run defeats the cache, as new files would.
      matter(`${f.text}\n${run}`);
    }
  });

  const dir = resolve(__dirname, '../../.cache/bench-kb-10k');
  mkdirSync(dir, { recursive: true });
  writeKb(dir, { count: COUNT, seed: SEED });
  const root = toPosix(dir);
  const fromDisk = await timeAsync(async () => {
    await loadKnowledgeBase(nodeFileSystem, root, true);
  }, 3);

  printTable(`KB parse + validate — ${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${issues} issues found`, [
    {
      measure: 'parse + validate, in memory (median of 5)',
      ours: ms(ours.median),
      peer: `${ms(peer.median)} (gray-matter, no validation)`,
      ratio: `${(ours.median / peer.median).toFixed(2)}× the peer's time`,
      target: '≤ 1500 ms',
    },
    { measure: 'throughput', ours: `${Math.round((docs.length / ours.median) * 1000)} docs/s`, peer: `${Math.round((docs.length / peer.median) * 1000)} docs/s` },
    { measure: 'load from disk: scan + read + parse + validate (median of 3)', ours: ms(fromDisk.median) },
  ]);
}

function buildKb(docs: readonly GeneratedFile[], config: string): KnowledgeBase {
  const kb = new KnowledgeBase('/kb', true);
  kb.setConfigText(config);
  // As loadKnowledgeBase does: a bulk load announces no neighbours.
  for (const f of docs) kb.setText(`/kb/${f.path}`, f.text, false);
  return kb;
}
