import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFromWebview } from '../../src/webview/protocol-check';
import type { FromWebview } from '../../src/webview/protocol';

const doc = 'file:///kb/macros/ru/ack.md';
const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } };

test('every message the page sends passes as it is', () => {
  const valid: FromWebview[] = [
    { type: 'ready' },
    { type: 'selectChannel', channel: 'sms' },
    { type: 'selectSample', sample: 'samples' },
    { type: 'selectSample', sample: 'defaults' },
    { type: 'selectSample', sample: 'file' },
    { type: 'chooseDataFile' },
    { type: 'reveal', document: doc, range },
    { type: 'reveal', document: doc, range: { start: { line: 0, character: 4 }, end: { line: 2, character: 0 } } },
    { type: 'copy', document: doc, channel: 'email' },
    { type: 'configureRemoteImages' },
  ];
  for (const message of valid) {
    const checked = checkFromWebview(message);
    assert.ok(checked.ok, `${JSON.stringify(message)}: ${checked.ok ? '' : checked.reason}`);
    assert.equal(checked.message, message);
  }
});

test('anything that is not a message object is refused with what it was', () => {
  for (const [value, reason] of [
    [null, /not an object \(null\)/],
    [undefined, /not an object \(undefined\)/],
    ['ready', /not an object \(string\)/],
    [42, /not an object \(number\)/],
    [[{ type: 'ready' }], /not an object \(an array\)/],
  ] as const) {
    const checked = checkFromWebview(value);
    assert.ok(!checked.ok, JSON.stringify(value));
    assert.match(checked.reason, reason);
  }
});

test('an unknown or missing type is refused, and a long one is clipped in the reason', () => {
  for (const value of [{}, { type: 1 }, { type: 'openFile', path: '/etc/passwd' }, { type: 'constructor' }, { type: '__proto__' }, { type: 'toString' }]) {
    const checked = checkFromWebview(value);
    assert.ok(!checked.ok, JSON.stringify(value));
    assert.match(checked.reason, /^unknown type /);
  }
  const long = checkFromWebview({ type: 'x'.repeat(100_000) });
  assert.ok(!long.ok);
  assert.ok(long.reason.length < 80, long.reason);
});

test('fields of the wrong type, out of range, missing or extra are refused, naming the field', () => {
  const cases: [unknown, RegExp][] = [
    [{ type: 'selectChannel', channel: 'viber' }, /"selectChannel" has a missing or invalid "channel"/],
    [{ type: 'selectChannel' }, /"channel"/],
    [{ type: 'selectChannel', channel: ['sms'] }, /"channel"/],
    [{ type: 'selectSample', sample: 'FILE' }, /"sample"/],
    [{ type: 'copy', channel: 'sms' }, /"copy" has a missing or invalid "document"/],
    [{ type: 'copy', document: '', channel: 'sms' }, /"document"/],
    [{ type: 'copy', document: 'x'.repeat(10_000), channel: 'sms' }, /"document"/],
    [{ type: 'copy', document: 7, channel: 'sms' }, /"document"/],
    [{ type: 'reveal', document: doc }, /"range"/],
    [{ type: 'reveal', document: doc, range: 'line 3' }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 0, character: 0 }, end: { line: Number.MAX_VALUE, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 0, character: 0 }, end: { line: NaN, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 4, character: 0 }, end: { line: 3, character: 0 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 3, character: 5 }, end: { line: 3, character: 4 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { line: 0, character: 0 }, end: { line: 1 } } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { ...range, extra: true } }, /"range"/],
    [{ type: 'reveal', document: doc, range: { start: { ...range.start, x: 1 }, end: range.end } }, /"range"/],
    [{ type: 'ready', command: 'workbench.action.terminal.new' }, /"ready" has an unexpected field "command"/],
    [{ type: 'copy', document: doc, channel: 'sms', text: 'spoofed' }, /"copy" has an unexpected field "text"/],
  ];
  for (const [value, reason] of cases) {
    const checked = checkFromWebview(value);
    assert.ok(!checked.ok, `${JSON.stringify(value)?.slice(0, 200)} should be refused`);
    assert.match(checked.reason, reason, JSON.stringify(value)?.slice(0, 200));
  }
});
