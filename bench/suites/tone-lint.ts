import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dump } from 'js-yaml';
import { createLinter, loadTextlintrc } from 'textlint';
import {
  BUILTIN_RULES,
  KnowledgeBase,
  builtinRules,
  compileRule,
  DocumentLinter,
  parseConfig,
  parseDocument,
  type ActiveRule,
  type KbDocument,
  type RuleSpec,
} from '../../src/core';
import { BlockCache } from '../../src/core/lint/block-cache';
import { generateKb, type GeneratedFile } from '../generate-kb';
import { ms, printTable, summarize, type Timing } from '../harness';

const COUNT = 10_000;
const SEED = 42;
const RUNS = 3;
/** Ours is cheap to repeat: more runs, so its median is steadier on a shared machine. */
const OUR_RUNS = 7;
const OUR_WARMUP = 2;
const LONG_LINES = 2_000;
const EDITS = 40;
const PEER_EDITS = 10;
const ROOT = resolve(__dirname, '../..');
const CACHE = resolve(ROOT, '.cache/bench-tone-lint');

/**
 * Tone lint (issue 3).
 *
 * 1. Throughput on the generated 10k-document KB: for every document, parse (front matter, schema,
 *    placeholders) + lint with every built-in rule, in memory, one core. Peer: textlint 15 in the same
 *    process through its documented Node API (`loadTextlintrc` + `createLinter().lintText`, the built-in
 *    Markdown plugin) with textlint-rule-prh loaded with the same phrases as our rules, see `prhRules`.
 * 2. Re-lint latency of one 2,000-line ru+en FAQ after a one-character edit, in a KB holding the 10k
 *    documents: what the editor does after the debounce (`KnowledgeBase.setText` + the document's KB
 *    issues + a kept `DocumentLinter`, as KbLinter does).
 *
 * What is and is not equivalent in the peer's rule set:
 * - Same phrases: every `phrases` entry of our existence rules and every `swap` key of our substitution
 *   rules, `=`/`*` markers stripped, each as a prh pattern with Unicode word boundaries, case-insensitive
 *   (unless the rule is case-sensitive), an optional comma and any whitespace between words (so it finds
 *   what an exact-form phrase of ours finds; see `phrasePattern`). Substitutions
 *   get our replacement as prh's `expected`; existence phrases get `(rule id)` as `expected`, which never
 *   equals the matched text, so every match is reported, once per occurrence. (textlint-rule-ng-word was
 *   not used for them: it tests the whole document source, code and front matter included, with a
 *   case-sensitive `indexOf` and reports once per word per document — «ты» in «работы» — so it is
 *   cheaper and finds something else.) prh's default, plain-string patterns (no boundaries, case
 *   kept) was tried too: no faster (16.4 s against 14.9 s for the 10k documents, 2026-11-25) and 6,347
 *   findings, mostly phrases inside other words.
 * - textlint sees every phrase as an exact string: no Russian stemming (our «в случае если» also finds
 *   «в случаях если»; our plain English words also take -s/-es), no ё→е folding, no exceptions, and
 *   every phrase runs on every text node (ours runs a Russian rule on Russian paragraphs only).
 * - Ours does MORE work per document: parse + validate the front matter (the peer's Markdown plugin
 *   only recognises it), detect the language of each paragraph, and run all built-in rules — the
 *   phrase rules above plus ~200 regex patterns, metrics (sentence and paragraph length), occurrence,
 *   requires (structure by kind and channel) and capitalization rules, and directives.
 * - Both skip code, HTML and front matter. prh checks text nodes of paragraphs, headings, list items
 *   and table cells, skipping link text, emphasis and blockquotes (its defaults); ours checks link text
 *   and emphasis too and skips blockquotes and placeholders.
 */
export async function benchToneLint(): Promise<void> {
  const files = generateKb({ count: COUNT, seed: SEED });
  const docs = files.filter((f) => f.path.endsWith('.md'));
  const configText = files.find((f) => f.path === '.support-kb.yml')?.text ?? '';
  const defaultLocale = parseConfig(configText).config.defaultLocale;
  const bytes = docs.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const rules: ActiveRule[] = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const phraseSpecs = phraseOnlySpecs(BUILTIN_RULES);
  const phraseRules: ActiveRule[] = phraseSpecs.map((spec) => ({ rule: compileRule(spec), severity: spec.severity }));

  const parse = (f: GeneratedFile): KbDocument =>
    parseDocument({ path: `/kb/${f.path}`, relativePath: f.path, text: f.text, defaultLocale, requireFrontMatter: true });

  // One linter, kept as a KbLinter keeps it: it holds each rule set's literal scanner (built during
  // the warm-ups, as before, when the engine kept scanners module-wide) and the prose scanner's buffers.
  const linter = new DocumentLinter();

  // Ours: parse + lint every document.
  let ourFindings = 0;
  const ours = await measure(async () => {
    ourFindings = 0;
    for (const f of docs) ourFindings += linter.lint(parse(f), rules).length;
  }, OUR_RUNS, OUR_WARMUP);
  // The two halves, for the profile: parse alone, lint alone (on documents parsed beforehand).
  const parseOnly = await measure(async () => {
    for (const f of docs) parse(f);
  }, OUR_RUNS, OUR_WARMUP);
  let lintOnly: Measured;
  {
    // Scoped, so the 10k parsed documents are garbage before the peer runs.
    const parsed = docs.map(parse);
    lintOnly = await measure(async () => {
      for (const d of parsed) linter.lint(d, rules);
    }, OUR_RUNS, OUR_WARMUP);
  }
  // Ours with only the rules textlint was given (existence phrases without patterns, substitutions).
  let ourPhraseFindings = 0;
  const oursPhrases = await measure(async () => {
    ourPhraseFindings = 0;
    for (const f of docs) ourPhraseFindings += linter.lint(parse(f), phraseRules).length;
  }, OUR_RUNS, OUR_WARMUP);

  // Peer: textlint + prh, same process, one document at a time.
  const peerSetup = await setUpTextlint(phraseSpecs);
  let peerFindings = 0;
  const peer = await measure(async () => {
    peerFindings = 0;
    for (const f of docs) peerFindings += (await peerSetup.linter.lintText(f.text, `/kb/${f.path}`)).messages.length;
  });

  const perSecond = (t: Timing) => Math.round((docs.length / t.median) * 1000);
  const oursRate = perSecond(ours.wall);
  const peerRate = perSecond(peer.wall);
  const speedup = peer.wall.median / ours.wall.median;
  const ok = (pass: boolean) => (pass ? '✓' : '✗');
  printTable(
    `Tone lint throughput — ${docs.length} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${rules.length} built-in rules; peer: textlint + prh with ${peerSetup.patterns} phrases (medians: ours of ${OUR_RUNS} runs after ${OUR_WARMUP} warm-ups, the peer of ${RUNS} after one; one core)`,
    [
      {
        measure: `parse + lint, all ${rules.length} rules, in memory (wall)`,
        ours: ms(ours.wall.median),
        peer: `${ms(peer.wall.median)} (textlint 15 + prh, lintText)`,
        ratio: `${speedup.toFixed(1)}× faster`,
        target: `≥ 20× ${ok(speedup >= 20)}`,
      },
      {
        measure: 'throughput',
        ours: `${oursRate} docs/s`,
        peer: `${peerRate} docs/s`,
        target: `≥ 2000 docs/s ${ok(oursRate >= 2000)}`,
      },
      {
        measure: 'CPU time (user + system), median',
        ours: ms(ours.cpu.median),
        peer: ms(peer.cpu.median),
        ratio: `${(peer.cpu.median / ours.cpu.median).toFixed(1)}× less CPU`,
      },
      { measure: 'findings', ours: `${ourFindings} (all rules)`, peer: `${peerFindings} (prh)` },
      {
        measure: 'ours, only the rules given to textlint: time / findings',
        ours: `${ms(oursPhrases.wall.median)} / ${ourPhraseFindings}`,
        peer: `${ms(peer.wall.median)} / ${peerFindings}`,
        ratio: `${(peer.wall.median / oursPhrases.wall.median).toFixed(1)}× faster`,
      },
      { measure: '  of which parse only (parseDocument)', ours: ms(parseOnly.wall.median) },
      { measure: '  of which lint only (lintDocument, all rules)', ours: ms(lintOnly.wall.median) },
    ],
  );

  await benchRelint(files, configText, rules, peerSetup.linter);
}

/** Re-lint latency after a one-character edit in the middle of a 2,000-line FAQ. */
async function benchRelint(files: readonly GeneratedFile[], configText: string, rules: readonly ActiveRule[], textlint: TextlintLinter): Promise<void> {
  const long = longFaq(files, LONG_LINES);
  // Kept for profiling drivers: the exact document measured here.
  writeFileSync(resolve(CACHE, 'long-faq-ru.md'), long);
  const path = '/kb/faq/ru/long-faq-ru.md';
  // The editor's KB holds every document: an edit also re-checks ids and translations across it.
  const kb = new KnowledgeBase('/kb', true);
  kb.setConfigText(configText);
  for (const f of files) if (f.path.endsWith('.md')) kb.setText(`/kb/${f.path}`, f.text, false);
  kb.setText(path, long);

  // Type into a prose line in the middle: each edit inserts one letter after the previous one.
  const lines = long.split('\n');
  let lineStart = 0;
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i >= lines.length / 2 && /^\p{L}/u.test(lines[i]) && lines[i].length > 60) {
      at = lineStart + lines[i].indexOf(' ') + 1;
      break;
    }
    lineStart += lines[i].length + 1;
  }
  if (at < 0) throw new Error('no prose line in the second half of the long FAQ');

  const edits = function* (): Generator<string> {
    let text = long;
    for (let i = 0; ; i++) {
      text = `${text.slice(0, at + i)}ы${text.slice(at + i)}`;
      yield text;
    }
  };
  const sample = async (run: (text: string) => Promise<void> | void, count = EDITS, warmup = 5): Promise<Timing> => {
    const samples: number[] = [];
    const texts = edits();
    for (let i = 0; i < warmup + count; i++) {
      const text = texts.next().value as string;
      const start = performance.now();
      await run(text);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return summarize(samples);
  };

  let findings = 0;
  // The editor keeps a paragraph cache (KbLinter with cacheParagraphs): only the edited paragraph is linted again.
  const paragraphCache = new BlockCache();
  const editorLinter = new DocumentLinter();
  editorLinter.lint(kb.document(path)!, rules, paragraphCache);
  const editor = await sample((text) => {
    kb.setText(path, text);
    const doc = kb.document(path)!;
    findings = kb.issuesFor(path).length + editorLinter.lint(doc, rules, paragraphCache).length;
  });
  // lintDocument alone: the edited text parsed outside the timer.
  const lintAlone: number[] = [];
  const parseAlone: number[] = [];
  {
    const texts = edits();
    for (let i = 0; i < 5 + EDITS; i++) {
      const text = texts.next().value as string;
      const t0 = performance.now();
      kb.setText(path, text);
      const t1 = performance.now();
      const doc = kb.document(path)!;
      editorLinter.lint(doc, rules);
      const t2 = performance.now();
      // (no cache here: the cost of linting every paragraph of the document)
      if (i >= 5) {
        parseAlone.push(t1 - t0);
        lintAlone.push(t2 - t1);
      }
    }
  }
  const lint = summarize(lintAlone);
  const parse = summarize(parseAlone);
  // textlint takes seconds per edit on this document: fewer samples.
  let peerFindings = 0;
  const peer = await sample(
    async (text) => {
      peerFindings = (await textlint.lintText(text, path)).messages.length;
    },
    PEER_EDITS,
    1,
  );

  const pp = (t: Timing) => `${ms(t.median)} / ${ms(t.p95)}`;
  const lineCount = long.split('\n').length - 1;
  printTable(
    `Re-lint after a one-character edit — one FAQ of ${lineCount} lines, ${(Buffer.byteLength(long) / 1024).toFixed(0)} KB, ru + en, in the ${kb.documentCount}-document KB; p50 / p95 over ${EDITS} edits`,
    [
      {
        measure: 'parse + lint the document as the editor does (KnowledgeBase.setText + issues + lintDocument with the paragraph cache)',
        ours: pp(editor),
        peer: `${pp(peer)} (textlint + prh, lintText, ${PEER_EDITS} edits)`,
        ratio: `${(peer.median / editor.median).toFixed(1)}× faster (p50)`,
        target: `≤ 20 ms ${editor.median <= 20 && editor.p95 <= 20 ? '✓' : '✗'}`,
      },
      { measure: '  lintDocument alone (all rules, no cache)', ours: pp(lint) },
      { measure: '  parse alone (KnowledgeBase.setText)', ours: pp(parse) },
      { measure: 'findings in the document', ours: `${findings}`, peer: `${peerFindings}` },
    ],
  );
}

export interface Measured {
  readonly wall: Timing;
  readonly cpu: Timing;
}

/** Wall and CPU time (the machine is shared: CPU time shows how much of the wall time was ours). */
export async function measure(fn: () => Promise<void>, runs = RUNS, warmup = 1): Promise<Measured> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: summarize(wall), cpu: summarize(cpu) };
}

/** Our built-in rules cut down to what textlint is given: existence phrases (no patterns) and substitutions. */
export function phraseOnlySpecs(specs: readonly RuleSpec[]): RuleSpec[] {
  const out: RuleSpec[] = [];
  for (const spec of specs) {
    if (spec.kind === 'substitution') out.push(spec);
    else if (spec.kind === 'existence' && spec.phrases?.length) out.push({ ...spec, patterns: undefined });
  }
  return out;
}

interface PrhRule {
  readonly expected: string;
  readonly patterns: string[];
}

/** One prh rule per replacement (substitutions) or per existence rule, patterns from our phrases. */
function prhRules(specs: readonly RuleSpec[]): PrhRule[] {
  const byExpected = new Map<string, PrhRule>();
  const add = (expected: string, phrase: string, caseSensitive = false) => {
    let rule = byExpected.get(expected);
    if (!rule) byExpected.set(expected, (rule = { expected, patterns: [] }));
    rule.patterns.push(phrasePattern(phrase, caseSensitive));
  };
  for (const spec of specs) {
    if (spec.kind === 'substitution') {
      for (const [phrase, to] of Object.entries(spec.swap)) add(typeof to === 'string' ? to : to[0], phrase);
    } else if (spec.kind === 'existence') {
      for (const phrase of spec.phrases ?? []) add(`(${spec.id})`, phrase, spec.caseSensitive);
    }
  }
  return [...byExpected.values()];
}

/**
 * An exact phrase as a prh regex string: markers stripped, Unicode word boundaries, case ignored
 * (unless the rule is case-sensitive), and between words what ours allows (an optional comma, then
 * whitespace), so the peer finds what an all-exact-forms phrase of ours finds.
 */
function phrasePattern(phrase: string, caseSensitive: boolean): string {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^=/, '').replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  // prh reads `/source/flags` (flags g, i, m, y) and adds `gmu` itself, so \p{…} works.
  return `/(?<![\\p{L}\\p{N}_])${words.join(',?[\\s\\u00a0]+')}(?![\\p{L}\\p{N}_])/${caseSensitive ? '' : 'i'}`;
}

type TextlintLinter = ReturnType<typeof createLinter>;

/**
 * Writes .cache/bench-tone-lint/{prh.yml,.textlintrc.json}: the phrases of our built-in rules as
 * prh rules (the whole-process suite runs the textlint CLI with it). Returns the config's path.
 */
export function writeTextlintConfig(specs: readonly RuleSpec[] = phraseOnlySpecs(BUILTIN_RULES)): string {
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(resolve(CACHE, 'prh.yml'), `# Generated by bench/suites/tone-lint.ts from the built-in rules.\n${dump({ version: 1, rules: prhRules(specs) }, { lineWidth: -1 })}`);
  const configFilePath = resolve(CACHE, '.textlintrc.json');
  writeFileSync(configFilePath, `${JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }, null, 2)}\n`);
  return configFilePath;
}

/** Writes the textlint config and loads it the way the textlint CLI does. */
export async function setUpTextlint(specs: readonly RuleSpec[]): Promise<{ linter: TextlintLinter; patterns: number }> {
  const rules = prhRules(specs);
  const configFilePath = writeTextlintConfig(specs);
  const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: resolve(ROOT, 'node_modules') });
  // loadTextlintrc falls back to "no rules" on any config problem: make sure prh is really loaded.
  if (descriptor.rule.lintableDescriptors.length !== 1) throw new Error(`textlint: expected the prh rule, got ${descriptor.rule.lintableDescriptors.length} rules`);
  const linter = createLinter({ descriptor, cwd: CACHE });
  const probe = await linter.lintText('---\ntitle: x\n---\n\nВ случае если заказ не пришёл, напишите нам.\n', '/kb/probe.md');
  if (probe.messages.length !== 1) throw new Error(`textlint probe: expected 1 message, got ${JSON.stringify(probe.messages)}`);
  return { linter, patterns: rules.reduce((n, r) => n + r.patterns.length, 0) };
}

/**
 * A realistic long FAQ: the bodies of generated ru and en FAQs, alternating, under one front matter
 * that declares every placeholder they use, cut at a blank line to exactly `lines` lines.
 */
export function longFaq(files: readonly GeneratedFile[], lines: number): string {
  const faqs = files.filter((f) => f.path.startsWith('faq/'));
  const ru = faqs.filter((f) => f.path.startsWith('faq/ru/'));
  const en = faqs.filter((f) => f.path.startsWith('faq/en/'));
  const variables = new Set<string>();
  const body: string[] = [];
  for (let i = 0; body.length < lines; i++) {
    const f = (i % 2 === 0 ? ru : en)[Math.floor(i / 2) % (i % 2 === 0 ? ru.length : en.length)];
    const doc = parseDocument({ path: `/kb/${f.path}`, relativePath: f.path, text: f.text, requireFrontMatter: true });
    for (const p of doc.placeholders) variables.add(p.name);
    body.push(...doc.text.slice(doc.bodyOffset).trim().split('\n'), '');
  }
  const head = [
    '---',
    'id: long-faq-ru',
    'title: Большой FAQ магазина — все вопросы на одной странице',
    'type: faq',
    'locale: ru',
    'tags: [faq]',
    'owner: support-l2',
    'reviewed: 2025-11-01',
    'variables:',
    ...[...variables].sort().map((name) => `  ${name}: { description: ${name} }`),
    '---',
    '',
  ];
  const total = lines - head.length;
  let end = total;
  while (end > 0 && body[end - 1] !== '') end--;
  const kept = body.slice(0, end);
  // Pad with short paragraphs to the exact count: the document is `lines` newline-terminated lines.
  for (let i = 0; kept.length < total; i++) kept.push(i % 2 === 0 ? '' : 'Если остались вопросы, ответьте на это письмо.');
  return `${[...head, ...kept].join('\n')}\n`;
}
