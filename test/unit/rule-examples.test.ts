import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixes, BUILTIN_RULES, checkExamples, compileRule, exampleDocument, lintDocument, parseDocument, rulesReference } from '../../src/core';

// Every built-in rule keeps its own promises: each bad example is flagged, each good one is not.
describe('built-in rule examples', () => {
  for (const spec of BUILTIN_RULES) {
    test(spec.id, () => {
      const failures = checkExamples(spec);
      assert.deepEqual(
        failures.map((f) => `${f.which} #${f.index + 1}: ${f.text}${f.issues.length ? ` → ${f.issues.map((i) => i.message).join(' | ')}` : ''}`),
        [],
      );
    });
  }
});

test('the packs are big enough and ids are unique and well-formed', () => {
  const ids = BUILTIN_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  assert.ok(ids.filter((id) => id.startsWith('ru/')).length >= 25, 'at least 25 ru rules');
  assert.ok(ids.filter((id) => id.startsWith('en/')).length >= 25, 'at least 25 en rules');
  for (const r of BUILTIN_RULES) {
    assert.match(r.id, /^(ru|en)\/[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(r.examples.bad.length >= 2 && r.examples.good.length >= 2, `${r.id} has at least 2 bad and 2 good examples`);
  }
  for (const kind of ['existence', 'substitution', 'occurrence', 'metric', 'requires', 'capitalization']) {
    assert.ok(BUILTIN_RULES.some((r) => r.kind === kind), `some rule of kind ${kind}`);
  }
});

// Fix-all twice changes nothing the second time: a replacement never triggers its own rule again.
describe('substitution fixes are stable', () => {
  for (const spec of BUILTIN_RULES.filter((r) => r.kind === 'substitution')) {
    test(spec.id, () => {
      const rule = compileRule(spec);
      for (const example of spec.examples.bad) {
        const text = exampleDocument(spec, example);
        const lint = (t: string) => {
          const doc = parseDocument({ path: '/e.md', relativePath: 'e.md', text: t, requireFrontMatter: true });
          return { doc, issues: lintDocument(doc, [{ rule, severity: spec.severity }]) };
        };
        const first = lint(text);
        assert.ok(first.issues.some((i) => i.fix), `${spec.id} offers a fix for: ${text}`);
        const fixed = applyFixes(text, first.issues, first.doc.lines);
        const second = lint(fixed);
        assert.deepEqual(second.issues.filter((i) => i.fix).map((i) => i.message), [], `after fixing: ${fixed}`);
        assert.equal(applyFixes(fixed, second.issues, second.doc.lines), fixed);
      }
    });
  }
});

test('docs/RULES.md is generated from the current rules (run `npm run rules-doc`)', () => {
  const committed = readFileSync(resolve(__dirname, '../../docs/RULES.md'), 'utf8');
  assert.equal(committed, rulesReference(BUILTIN_RULES));
});
