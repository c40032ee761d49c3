#!/usr/bin/env node
// What `require` of each extension bundle costs in Node, split into compiling and running its top
// level, with a stand-in for the `vscode` module (the bundles only reach it inside functions, or
// in constants the stand-in answers). Beside them, the design not taken: one bundle holding the
// KB features behind a lazy require (esbuild wraps such a module to run on first call), to show
// what separate files save. Runs alternate between the bundles, medians of --runs (default 11).
//
//   node esbuild.js --production && node scripts/require-times.mjs [--runs N] [EXTRA_BUNDLE...]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({ options: { runs: { type: 'string', default: '11' } }, allowPositionals: true });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'support-kb-require-'));
const lazyEntry = path.join(tmp, 'lazy-entry.ts');
fs.writeFileSync(lazyEntry, `export function load(): unknown {\n  return require(${JSON.stringify(path.join(ROOT, 'src/extension/kb-features'))});\n}\n`);
const oneBundle = path.join(tmp, 'one-bundle-lazy-require.js');
await esbuild.build({ entryPoints: [lazyEntry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, external: ['vscode'], outfile: oneBundle, logLevel: 'error' });

const bundles = [...['extension.js', 'kb-features.js', 'plain-reply.js'].map((name) => path.join(ROOT, 'dist', name)), oneBundle, ...positionals.map((p) => path.resolve(p))];

// One child process per measurement, so that nothing is cached between them.
const child = `
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const standIn = () => new Proxy(function () {}, { get: (_, key) => (key === 'then' ? undefined : standIn()), apply: () => standIn(), construct: () => standIn() });
// esbuild's __toESM copies own keys onto an object whose prototype is the module's: lookups fall through to the stand-in.
const vscode = Object.assign(Object.create(standIn()), { __esModule: true });
const load = Module._load;
Module._load = function (request) { return request === 'vscode' ? vscode : load.apply(this, arguments); };
const file = process.argv[1];
const source = fs.readFileSync(file, 'utf8');
let t = performance.now();
const script = new vm.Script(Module.wrap(source), { filename: file });
const compileMs = performance.now() - t;
t = performance.now();
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, require, module, file, path.dirname(file));
console.log(JSON.stringify({ compileMs, runMs: performance.now() - t }));
`;

const results = new Map(bundles.map((b) => [b, []]));
for (let run = 0; run < Number(options.runs); run++) {
  for (const bundle of bundles) results.get(bundle).push(JSON.parse(execFileSync(process.execPath, ['-e', child, bundle], { encoding: 'utf8' })));
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}; medians of ${options.runs} runs\n`);
console.log('| bundle | size | compile | run top level | require, median (min) |\n|---|---|---|---|---|');
for (const [bundle, runs] of results) {
  const total = runs.map((r) => r.compileMs + r.runMs);
  const name = bundle === oneBundle ? 'one bundle, KB features behind a lazy require (not taken)' : path.relative(ROOT, bundle);
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(`| ${name} | ${(fs.statSync(bundle).size / 1024).toFixed(0)} KB | ${ms(median(runs.map((r) => r.compileMs)))} | ${ms(median(runs.map((r) => r.runMs)))} | ${ms(median(total))} (${ms(Math.min(...total))}) |`);
}
fs.rmSync(tmp, { recursive: true, force: true });
