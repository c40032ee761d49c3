/**
 * The limits on what the renderers take (src/core/render/parse-limits.ts, tree-limits.ts,
 * channels/common.ts): past each, the rest is text or left out, with one warning at the first
 * place, never an exception. Strings in, renders out; nothing here measures time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, renderAll, renderChannel, type ChannelRender } from '../../src/core';
import { MAX_WARNINGS_PER_CODE } from '../../src/core/render/channels/common';
import { limitMarkdown, MAX_INLINE_MARKS, MAX_LIST_ITEMS, MAX_MARK_RUN, MAX_NESTING, MAX_RENDER_CHARS, MAX_RENDER_LINES } from '../../src/core/render/parse-limits';
import { parseMarkdown } from '../../src/core/render/parse-markdown';
import { MAX_HTML_TAGS, MAX_TABLE_CELLS } from '../../src/core/render/tree-limits';
import { bodyDoc, kbDoc, warningSpans } from './helpers/render';

const codes = (r: ChannelRender) => r.warnings.map((w) => w.code);
const limitWarnings = (r: ChannelRender) => warningSpans(r).filter((w) => w.includes(' render/'));

/** The deepest node of a tree, by an explicit stack. */
function depth(tree: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [{ children?: unknown[] }, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    deepest = Math.max(deepest, d);
    for (const child of node.children ?? []) stack.push([child as { children?: unknown[] }, d + 1]);
  }
  return deepest;
}

test('the limits leave every offset where it was: stand-ins are one code unit, like what they stand for', () => {
  const text = `${'> '.repeat(MAX_NESTING + 20)}x\n\n${'[a]('.repeat(MAX_INLINE_MARKS + 10)}\n\n${'*'.repeat(MAX_MARK_RUN + 1)}b`;
  const limited = limitMarkdown(text);
  assert.ok(limited.changed);
  assert.equal(limited.text.length, text.length);
  for (let i = 0; i < text.length; i++) {
    if (limited.text[i] !== text[i]) assert.match(text[i]!, /[>\-+*.)_~`[\]<]/, `only syntax characters are swapped (at ${i})`);
  }
  // Nothing to limit: the same string back.
  assert.deepEqual(limitMarkdown('# Title\n\n- a *b*\n\n> q'), { text: '# Title\n\n- a *b*\n\n> q', changed: false, hits: [] });
});

test('containers past the nesting limit on one line are text, with a warning at the first marker past it', () => {
  for (const body of [`${'>'.repeat(2000)} deep`, `${'- '.repeat(2000)}deep`, `${'> - '.repeat(1000)}deep`, `${'1. '.repeat(2000)}deep`]) {
    const all = renderAll(bodyDoc(body));
    for (const channel of CHANNELS) {
      const r = all[channel]!;
      assert.ok(codes(r).includes('render/too-deep'), `${channel}: ${body.slice(0, 8)}`);
      assert.match(channel === 'email' ? r.text! : r.output, /deep/, `${channel} keeps the text`);
    }
    assert.ok(depth(parseMarkdown(limitMarkdown(body).text)) <= MAX_NESTING + 2, body.slice(0, 8));
  }
  // The quote markers past the limit are shown as the characters they are.
  const sms = renderChannel(bodyDoc(`${'>'.repeat(MAX_NESTING + 3)} deep`), 'sms');
  assert.equal(sms.output, '>>> deep');
  // Line 5: the body starts after bodyDoc's four lines of front matter.
  assert.deepEqual(limitWarnings(sms), [`5:${MAX_NESTING + 1}-5:${MAX_NESTING + 2} render/too-deep`]);
});

test('the tree is held to the nesting limit too: lists nested by indentation, 400 levels', () => {
  const body = Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n');
  const all = renderAll(bodyDoc(body));
  const sms = all.sms!;
  assert.ok(codes(sms).includes('render/too-deep'));
  assert.match(sms.output, /level 399/, 'the deepest text is kept');
  assert.match(all.email!.output, /level 399/);
});

test('list items past the limit in one part are text, and the list keeps the ones before', () => {
  const body = '- a\n'.repeat(MAX_LIST_ITEMS + 5);
  const tree = parseMarkdown(limitMarkdown(body).text);
  const list = tree.children[0];
  assert.equal(list?.type, 'list');
  assert.equal(list.type === 'list' && list.children.length, MAX_LIST_ITEMS);
  const r = renderChannel(bodyDoc(body), 'sms');
  const line = MAX_LIST_ITEMS + 5; // the first item past the limit, after four lines of front matter
  assert.deepEqual(limitWarnings(r), [`${line}:1-${line}:2 render/too-many-list-items`]);
  assert.match(r.warnings.find((w) => w.code === 'render/too-many-list-items')!.message, /\(5 places\)/);
  // A blank line and a paragraph start a new part, and the count starts again.
  const parts = `${'- a\n'.repeat(MAX_LIST_ITEMS)}\nText.\n\n${'- b\n'.repeat(10)}`;
  assert.deepEqual(limitWarnings(renderChannel(bodyDoc(parts), 'sms')), []);
});

test('inline marks of one kind past the limit in a paragraph are text; a blank line starts the count again', () => {
  const links = '[a](https://x.example) '.repeat(MAX_INLINE_MARKS / 2 + 5);
  const r = renderChannel(bodyDoc(links), 'slack');
  assert.ok(codes(r).includes('render/too-many-marks'));
  assert.equal(r.output.match(/<https:\/\/x\.example\|a>/g)?.length, MAX_INLINE_MARKS / 2, 'the links before the limit stay links');
  // The ones after are their text (the address in it a bare link, as GFM reads it).
  assert.match(r.output, /\[a\]\(<https:\/\/x\.example>\)$/);
  const paragraphs = `${'*a* '.repeat(MAX_INLINE_MARKS / 2)}\n\n${'*b* '.repeat(10)}`;
  assert.deepEqual(limitWarnings(renderChannel(bodyDoc(paragraphs), 'slack')), []);
  // Escaped characters are no syntax and do not count.
  assert.deepEqual(limitWarnings(renderChannel(bodyDoc('\\*'.repeat(MAX_INLINE_MARKS + 10)), 'sms')), []);
});

test('a run of * longer than the limit opens nothing; a thematic break of any length stays one; fences are no inline marks', () => {
  const run = `${'*'.repeat(MAX_MARK_RUN + 1)}a${'*'.repeat(MAX_MARK_RUN + 1)}`;
  const r = renderChannel(bodyDoc(run), 'sms');
  assert.equal(r.output, run);
  assert.ok(codes(r).includes('render/too-many-marks'));
  assert.equal(renderChannel(bodyDoc(`${'*'.repeat(MAX_MARK_RUN)}a${'*'.repeat(MAX_MARK_RUN)}`), 'sms').output, 'a');
  const email = renderChannel(bodyDoc(`a\n\n${'*'.repeat(80)}\n\nb`), 'email');
  assert.match(email.output, /<hr /);
  assert.deepEqual(limitWarnings(email), []);
  const fences = `${'`x` '.repeat(MAX_INLINE_MARKS)}\n${'```'}\ncode\n${'```'}`;
  assert.match(renderChannel(bodyDoc(fences), 'slack').output, /```\ncode\n```/);
});

test('characters in the stand-in range that the author typed become U+FFFD, so they are never taken for syntax', () => {
  assert.equal(renderChannel(bodyDoc('a\ue001b\ue00cc'), 'sms').output, 'a\ufffdb\ufffdc');
});

test('a table past the cell limit keeps its first rows (and columns), with a warning on the table', () => {
  const body = `|${'a|'.repeat(2000)}\n|${'-|'.repeat(2000)}\n${'|x\n'.repeat(2000)}`;
  const all = renderAll(bodyDoc(body));
  const email = all.email!;
  const cells = email.output.match(/<t[dh][ >]/g)?.length ?? 0;
  assert.ok(cells > 0 && cells <= MAX_TABLE_CELLS, `${cells} cells`);
  const warning = email.warnings.find((w) => w.code === 'render/table-too-large');
  assert.ok(warning);
  assert.match(warning.message, /2,001 rows of 2,000 columns, 4,002,000 cells/);
  assert.match(warning.message, /the first 5 rows/);
  assert.deepEqual(warning.range && [warning.range.start.line, warning.range.start.character], [4, 0]);
  // Wider than the limit by itself: the header is cut to the limit.
  const wide = renderChannel(bodyDoc(`|${'a|'.repeat(MAX_TABLE_CELLS + 10)}\n|${'-|'.repeat(MAX_TABLE_CELLS + 10)}\n|x|`), 'email');
  assert.equal(wide.output.match(/<th[ >]/g)?.length, MAX_TABLE_CELLS);
  assert.match(wide.warnings.find((w) => w.code === 'render/table-too-large')!.message, /the first 1 rows and 10,000 columns/);
  // A table within the limit is left alone.
  assert.deepEqual(limitWarnings(renderChannel(bodyDoc(`|a|b|\n|-|-|\n${'|x|y|\n'.repeat(100)}`), 'email')), []);
});

test('raw HTML past the tag limit is left out of every channel; the Markdown around it stays', () => {
  // In paragraphs of their own: within one paragraph the `<` past the inline limit are text already.
  const body = `Before.\n\n${'<b>x</b>\n\n'.repeat(MAX_HTML_TAGS / 2 + 1)}After.`;
  const all = renderAll(bodyDoc(body));
  for (const channel of CHANNELS) {
    const r = all[channel]!;
    assert.ok(codes(r).includes('render/too-much-html'), channel);
    assert.match(r.output, /Before[\s\S]*After/, channel);
  }
  assert.doesNotMatch(all.email!.output, /<b>/);
  assert.deepEqual(limitWarnings(renderChannel(bodyDoc(`Before.\n\n${'<b>x</b> '.repeat(10)}`), 'email')), []);
});

test('raw HTML nested past the nesting limit is text from there on', () => {
  const r = renderChannel(bodyDoc(`${'<i>'.repeat(MAX_NESTING + 50)}deep`), 'email');
  assert.ok(codes(r).includes('render/too-deep'));
  assert.match(r.output, /deep/);
  assert.ok((r.output.match(/<em>|<i>/g)?.length ?? 0) < MAX_NESTING + 50);
  assert.doesNotThrow(() => renderAll(bodyDoc('<div>'.repeat(20_000))));
});

test('one warning code is listed at most MAX_WARNINGS_PER_CODE times, then counted', () => {
  const r = renderChannel(bodyDoc(`Hi ${'😀 '.repeat(MAX_WARNINGS_PER_CODE + 50)}`), 'sms');
  const emoji = r.warnings.filter((w) => w.code === 'channel/sms-emoji');
  assert.equal(emoji.length, MAX_WARNINGS_PER_CODE + 1);
  assert.match(emoji.at(-1)!.message, /^50 more warnings like the one before \(channel\/sms-emoji\)/);
});

test('nothing in kb-sample reaches a limit', () => {
  const root = join(__dirname, '../../kb-sample');
  const files = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
  assert.ok(files.length > 10);
  for (const file of files) {
    const all = renderAll(kbDoc(readFileSync(join(root, file), 'utf8'), file));
    for (const channel of CHANNELS) assert.deepEqual(limitWarnings(all[channel]!), [], `${file} ${channel}`);
  }
});

test('a text past the length limits is cut at a line start, with a warning there', () => {
  const lines = renderChannel(bodyDoc('a\n'.repeat(MAX_RENDER_LINES + 10)), 'sms');
  assert.equal(lines.output, Array.from({ length: MAX_RENDER_LINES }, () => 'a').join(' '));
  const line = MAX_RENDER_LINES + 5; // after four lines of front matter
  assert.deepEqual(limitWarnings(lines), [`${line}:1-${line}:2 render/too-long`]);
  const chars = renderChannel(bodyDoc(`${'x'.repeat(MAX_RENDER_CHARS - 1)}\nnot shown`), 'sms');
  assert.doesNotMatch(chars.output, /not shown/);
  assert.ok(codes(chars).includes('render/too-long'));
});

test('one line longer than the limit is cut inside it, never between the halves of a surrogate pair', () => {
  // The limit falls between 😀's halves: the cut moves before the pair.
  const limited = limitMarkdown(`${'a'.repeat(MAX_RENDER_CHARS - 1)}😀 and more`);
  assert.equal(limited.text, 'a'.repeat(MAX_RENDER_CHARS - 1));
  assert.deepEqual(limited.hits.map((h) => [h.code, h.start]), [['render/too-long', MAX_RENDER_CHARS - 1]]);
  const sms = renderChannel(bodyDoc(`${'word '.repeat(MAX_RENDER_CHARS)}end`), 'sms');
  assert.ok(sms.output.length <= MAX_RENDER_CHARS, `${sms.output.length}`);
  assert.doesNotMatch(sms.output, /end/);
  assert.ok(codes(sms).includes('render/too-long'));
});
