import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRules, DocumentLinter, KnowledgeBase, type ActiveRule } from '../../src/core';
import { ARTICLES_CONFIG_PATH, describeArticles, generateArticles, MAX_ARTICLE_BYTES, MIN_ARTICLE_BYTES } from '../../bench/generate-articles';

// One corpus for the tests that look at it as a whole: a few hundred articles (~1.5 MB) are enough
// for the shares below and take a fraction of a second to make, where the bench makes 2,000.
const COUNT = 300;
const files = generateArticles({ count: COUNT, seed: 42 });
const articles = files.slice(1);
const KB_ROOT = '/kb';

test('the same seed gives the same articles, a prefix for a smaller count; another seed, others', () => {
  assert.deepEqual(generateArticles({ count: 40, seed: 42 }), files.slice(0, 41));
  const other = generateArticles({ count: 40, seed: 43 }).slice(1);
  const differing = other.filter((f, i) => f.text !== articles[i]?.text).length;
  assert.ok(differing >= 38, `most articles differ between seeds (${differing} of 40)`);
});

test('the config file comes first, then `count` articles; bad options are refused', () => {
  assert.equal(files[0]?.path, ARTICLES_CONFIG_PATH);
  assert.equal(articles.length, COUNT);
  assert.ok(articles.every((f) => /^faq\/(?:ru|en)\/[a-z0-9-]+\/[a-z0-9-]+\.md$/.test(f.path)), 'paths are faq/<locale>/<topic>/<id>.md');
  assert.throws(() => generateArticles({ count: -1, seed: 1 }), RangeError);
  assert.throws(() => generateArticles({ count: 10, seed: Number.NaN }), RangeError);
  assert.throws(() => generateArticles({ count: 10, seed: 1, ruShare: 2 }), RangeError);
});

test('every article is a valid FAQ: no issue from the parser or the KB (front matter, ids, placeholders)', () => {
  const kb = new KnowledgeBase(KB_ROOT, true);
  kb.setConfigText(files[0]?.text);
  for (const f of articles) kb.setText(`${KB_ROOT}/${f.path}`, f.text, false);
  let declaring = 0;
  for (const f of articles) {
    const path = `${KB_ROOT}/${f.path}`;
    const doc = kb.document(path);
    assert.ok(doc?.hasFrontMatter, `${f.path}: front matter`);
    assert.equal(doc.meta.type, 'faq', f.path);
    assert.ok(doc.meta.locale === 'ru' || doc.meta.locale === 'en', f.path);
    assert.deepEqual(kb.issuesFor(path), [], f.path);
    if (doc.placeholders.length > 0) declaring++;
  }
  assert.deepEqual(kb.issuesFor(`${KB_ROOT}/${ARTICLES_CONFIG_PATH}`), []);
  assert.ok(declaring >= COUNT * 0.2, `placeholders, declared, in ${declaring} articles`);
});

test('the shape of a help centre: 2–20 KB with a long tail, and the constructs in stated shares', () => {
  const shape = describeArticles(articles.map((f) => f.text));
  assert.ok(shape.minBytes >= MIN_ARTICLE_BYTES && shape.maxBytes <= MAX_ARTICLE_BYTES, `sizes ${shape.minBytes}–${shape.maxBytes} bytes`);
  assert.ok(shape.p50Bytes >= 3.5 * 1024 && shape.p50Bytes <= 7 * 1024, `p50 ${shape.p50Bytes} bytes`);
  assert.ok(shape.p95Bytes >= 1.6 * shape.p50Bytes && shape.p95Bytes <= 16 * 1024, `p95 ${shape.p95Bytes} bytes`);
  // Minimums near the real help centre's (tables 6 %, code 10 %, links 86 %, definitions 6 %,
  // HTML 26 %, images 46 %, quotes 27 % of its 414 articles), with room for a sample of 300.
  const minimums = { tables: 0.05, code: 0.05, links: 0.9, definitions: 0.02, html: 0.15, images: 0.35, quotes: 0.15, steps: 0.5 };
  for (const [what, min] of Object.entries(minimums)) {
    const share = shape.share[what as keyof typeof minimums];
    assert.ok(share >= min, `${what}: ${Math.round(share * 100)} % of articles, at least ${min * 100} %`);
  }
  assert.ok(shape.perArticle.headings >= 2.5, `${shape.perArticle.headings} headings per article`);
  const acronyms = articles.filter((f) => /\b(?:USB|API|SSO|2FA|VPN|SMS|CSV|DNS)\b/.test(f.text)).length;
  assert.ok(acronyms >= COUNT * 0.5, `acronyms in ${acronyms} articles`);
  const ru = articles.filter((f) => f.path.startsWith('faq/ru/')).length;
  assert.ok(ru >= COUNT * 0.45 && ru <= COUNT * 0.75, `${ru} Russian articles of ${COUNT}`);
});

test('one article in 20 carries a tone problem, and the tone lint flags it there', () => {
  const seeded = articles.filter((f) => f.toneProblem);
  assert.equal(seeded.length, COUNT / 20);
  const kb = new KnowledgeBase(KB_ROOT, true);
  const rules: ActiveRule[] = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const linter = new DocumentLinter();
  for (const f of seeded) {
    const at = f.text.indexOf(f.toneProblem as string);
    assert.ok(at > 0, `${f.path}: the sentence is in the text`);
    kb.setText(`${KB_ROOT}/${f.path}`, f.text, false);
    const line = f.text.slice(0, at).split('\n').length - 1;
    const found = linter.lint(kb.document(`${KB_ROOT}/${f.path}`)!, rules);
    assert.ok(
      found.some((issue) => issue.range.start.line === line),
      `${f.path}: "${f.toneProblem}" flagged (found ${found.map((i) => i.ruleId).join(', ') || 'nothing'})`,
    );
  }
});
