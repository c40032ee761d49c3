/**
 * The renderers avoid making full-length copies of a long payload (each costs ~1 ms in V8's
 * large-object space): these check that the ways around them give what the direct way gave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { renderAll } from '../../src/core';
import { visibleLength } from '../../src/core/render/channels/common';
import { kbDoc } from './helpers/render';
import { fuzz } from './helpers/fuzz';

const SAMPLE = join(__dirname, '../../kb-sample');
const sampleDocs = readdirSync(SAMPLE, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md'))
  .map((f) => kbDoc(readFileSync(join(SAMPLE, f), 'utf8'), f));

/** Tags dropped, the four entities as one character each, in one left-to-right pass. */
const referenceLength = (html: string) => html.replace(/<[^>]*>|&(?:amp|lt|gt|quot);/g, (m) => (m[0] === '<' ? '' : '&')).length;

test('visibleLength counts what one pass of "drop tags, entities as one" leaves (fast-check)', () => {
  const piece = fc.constantFrom('<', '>', '<b>', '</b>', '<a href="x&amp;y">', '&', 'amp;', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', 'a', 'б', ' ', '\n', '👍');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
      const html = parts.join('');
      assert.equal(visibleLength(html), referenceLength(html), JSON.stringify(html));
    }),
    fuzz(20_000, 20261202),
  );
  // A run of `<` that never closes is counted in one pass (no search per `<`).
  assert.equal(visibleLength('<'.repeat(200_000)), 200_000);
});

test('visibleLength agrees with dropping tags and then entities on every chat and Telegram payload of kb-sample', () => {
  const twoPass = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot);/g, '&').length;
  let checked = 0;
  for (const doc of sampleDocs) {
    const r = renderAll(doc);
    for (const channel of ['chat', 'telegram'] as const) {
      const output = r[channel]!.output;
      assert.equal(visibleLength(output), twoPass(output), `${doc.relativePath} ${channel}`);
      checked++;
    }
  }
  assert.ok(checked >= 40, `${checked} payloads`);
});

