import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultTreeAdapter, html as parse5Html, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { MAX_HOSTS, parseSrcset, previewImages, remoteImagePolicy, type PreviewImageOptions } from '../../src/core/render/preview-images';
import { previewCsp, previewHtml } from '../../src/extension/preview/preview-html';
import { fuzz } from './helpers/fuzz';

/** KB files get a scheme of their own here, so a remote address can never pass for one. */
const local = (segments: readonly string[]) => `kb-file:/${segments.join('/')}`;
const block: PreviewImageOptions = { policy: 'block', documentFolder: 'faq/ru', localAddress: local };
const allow: PreviewImageOptions = { ...block, policy: 'allow' };

/** The image sources of each element in `html` (template content included), read with the parser browsers follow. */
function sourcesByElement(html: string): string[][] {
  const out: string[][] = [];
  const visit = (nodes: readonly DefaultTreeAdapterTypes.ChildNode[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const own: string[] = [];
      for (const a of node.attrs) {
        if (a.namespace) continue;
        if (a.name === 'srcset') own.push(...parseSrcset(a.value).map((c) => c.url));
        else if (['src', 'poster', 'background'].includes(a.name) && a.value.trim()) own.push(a.value);
      }
      if (own.length) out.push(own);
      visit(node.childNodes);
      if ('content' in node) visit((node as DefaultTreeAdapterTypes.Template).content.childNodes);
    }
  };
  visit(parseFragment(defaultTreeAdapter.createElement('div', parse5Html.NS.HTML, []), html, {}).childNodes);
  return out;
}

const sources = (html: string) => sourcesByElement(html).flat();

/** Whether a source would load from the network: anything but a KB file (here `kb-file:`) or inline data. */
function isRemote(source: string): boolean {
  try {
    return !/^(?:kb-file|data):/.test(new URL(source, 'https://page.invalid/doc/').href);
  } catch {
    return false; // not an address: nothing loads
  }
}

const remoteSources = (html: string) => sources(html).filter(isRemote);

/** In the HTML given (before any rewriting), a relative address is a KB file, not remote. */
function isRemoteInput(source: string): boolean {
  try {
    const url = new URL(source, 'https://kb.test/faq/ru/');
    return url.protocol !== 'data:' && url.origin !== 'https://kb.test';
  } catch {
    return false;
  }
}

test('HTML without a source attribute comes back as it is, unparsed', () => {
  const html = '<div style="color:#111"><p>Hello <a href="https://example.com/x.png">x</a></p></div>';
  const out = previewImages(html, block);
  assert.equal(out.html, html);
  assert.equal(out.blocked, 0);
  assert.deepEqual(out.hosts, []);
});

test('a tracking pixel loses its src, keeps its alt, and is counted with its host', () => {
  const html = '<p>Hi <img src="https://track.example.com/p.gif?u=42" alt="pixel" style="max-width:100%"> there</p>';
  const out = previewImages(html, block);
  assert.equal(out.html, '<p>Hi <img data-kb-blocked="track.example.com" src="" alt="pixel" style="max-width:100%"> there</p>');
  assert.equal(out.blocked, 1);
  assert.deepEqual(out.hosts, ['track.example.com']);
});

test('every spelling of a remote address is blocked: schemes, case, entities, whitespace, protocol-relative, backslashes, unquoted', () => {
  const spellings = [
    '<img src="http://a.example/1.gif">',
    '<IMG SRC="HTTPS://b.example/2.gif">',
    '<img src="https&#58;//c.example/3.gif">',
    '<img src="ht&#9;tps://d.example/4.gif">',
    '<img src="  https://e.example/5.gif  ">',
    '<img src="//f.example/6.gif">',
    '<img src="\\\\g.example/7.gif">',
    '<img src=https://h.example/8.gif>',
    '<img/src="https://i.example/9.gif">',
    '<img alt="x"src="https://j.example/10.gif">',
    '<img src="ftp://k.example/11.gif">',
    '<img src="file:///etc/passwd">',
    '<video poster="https://l.example/p.jpg"></video>',
    '<table background="https://m.example/bg.gif"><tr><td>x</td></tr></table>',
    '<input type="image" src="https://n.example/i.gif">',
  ];
  for (const html of spellings) {
    const out = previewImages(html, block);
    assert.deepEqual(remoteSources(out.html), [], `${html} → ${out.html}`);
    assert.equal(out.blocked, 1, html);
    assert.match(out.html, /data-kb-blocked="/, html);
  }
});

test('KB images point at the KB files; a path cannot climb out of the KB', () => {
  const out = previewImages(
    [
      '<img src="../../assets/screen.png" alt="a">',
      '<img src="img/a%20b.png">',
      '<img src="/assets/root.png">',
      '<img src="../../../../../../etc/x.png">',
      '<img src="..%2F..%2F..%2Fetc%2Fpasswd">',
      '<img src="%2e%2e/%2e%2e/%2e%2e/up.png">',
    ].join(''),
    block,
  );
  assert.deepEqual(sources(out.html), ['kb-file:/assets/screen.png', 'kb-file:/faq/ru/img/a b.png', 'kb-file:/assets/root.png', 'kb-file:/etc/x.png', 'kb-file:/up.png']);
  assert.equal(out.blocked, 0, 'KB files are not remote');
  assert.doesNotMatch(out.html, /data-kb-blocked/);
});

test('a KB file the host will not serve is left out, not counted', () => {
  const out = previewImages('<img src="secret.png" alt="s">', { ...block, localAddress: () => undefined });
  assert.deepEqual(sources(out.html), []);
  assert.equal(out.blocked, 0);
});

test('data: images stay as they are and are not counted (they send no request)', () => {
  const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">';
  const out = previewImages(html, block);
  assert.equal(out.html, html);
  assert.equal(out.blocked, 0);
});

test('srcset keeps its KB and data candidates with their descriptors and drops remote ones', () => {
  const out = previewImages('<img src="a.png" srcset="a.png 1x, https://cdn.example/a@2x.png 2x, data:image/png;base64,AA 3x">', block);
  assert.match(out.html, /srcset="kb-file:\/faq\/ru\/a\.png 1x, data:image\/png;base64,AA 3x"/);
  assert.equal(out.blocked, 1);
  assert.deepEqual(out.hosts, ['cdn.example']);

  const remoteOnly = previewImages('<picture><source srcset="https://cdn.example/a.webp 1x, https://cdn.example/b.webp 2x"><img src="https://cdn.example/a.png"></picture>', block);
  assert.deepEqual(remoteSources(remoteOnly.html), []);
  assert.match(remoteOnly.html, /<source data-kb-blocked="cdn.example" srcset="">/);
  assert.equal(remoteOnly.blocked, 2, 'the <source> and the <img>');
});

test('a blocked source is emptied, not removed, so a duplicate attribute stays ignored', () => {
  const out = previewImages('<img src="https://a.example/1.png" src="https://b.example/2.png" SRC="later.png">', block);
  assert.equal(out.html, '<img data-kb-blocked="a.example" src="" src="https://b.example/2.png" SRC="later.png">');
  assert.deepEqual(remoteSources(out.html), []);
});

test('an element with several remote sources counts once; hosts are distinct and capped', () => {
  assert.equal(previewImages('<img src="https://a.example/1.png" srcset="https://b.example/2.png 2x">', block).blocked, 1);
  const many = Array.from({ length: 9 }, (_, i) => `<img src="https://h${i % 7}.example/x.png">`).join('');
  const out = previewImages(many, block);
  assert.equal(out.blocked, 9);
  assert.equal(out.hosts.length, MAX_HOSTS);
  assert.deepEqual(out.hosts, ['h0.example', 'h1.example', 'h2.example', 'h3.example', 'h4.example']);
});

test('a tag the browser reads as text (inside <textarea>) is taken out too: more is blocked, never less', () => {
  const out = previewImages('<textarea><img src="https://t.example/a.png"></textarea>', block);
  assert.equal(out.html, '<textarea><img data-kb-blocked="t.example" src=""></textarea>');
  assert.equal(out.blocked, 1);
});

test('text that only talks about src= is left alone', () => {
  const html = '<p>Write &#x3C;img src="https://x.example/a.png"> in the template.</p><pre><code>src = "https://y.example"</code></pre>';
  const out = previewImages(html, block);
  assert.equal(out.html, html);
  assert.equal(out.blocked, 0);
});

test('with remote images allowed, https images load and the rest still do not', () => {
  const out = previewImages('<img src="https://cdn.example/a.png"><img src="//cdn.example/b.png"><img src="http://plain.example/c.png"><img src="local.png">', allow);
  assert.deepEqual(sources(out.html), ['https://cdn.example/a.png', 'https://cdn.example/b.png', 'kb-file:/faq/ru/local.png']);
  assert.equal(out.blocked, 1);
  assert.deepEqual(out.hosts, ['plain.example']);
});

test('Restricted Mode blocks whatever the setting says; only a trusted "allow" allows', () => {
  assert.equal(remoteImagePolicy('allow', false), 'block');
  assert.equal(remoteImagePolicy('allow', true), 'allow');
  assert.equal(remoteImagePolicy('block', true), 'block');
  for (const junk of [undefined, null, 'ALLOW', true, 1, ['allow']]) assert.equal(remoteImagePolicy(junk, true), 'block', String(junk));
});

test('the page CSP allows https: images only when remote images are allowed', () => {
  const imgSrc = (csp: string) => csp.split('; ').find((d) => d.startsWith('img-src '));
  assert.equal(imgSrc(previewCsp('https://*.vscode-cdn.net', 'n0nce', 'block')), 'img-src https://*.vscode-cdn.net data:');
  assert.equal(imgSrc(previewCsp('https://*.vscode-cdn.net', 'n0nce', 'allow')), 'img-src https://*.vscode-cdn.net data: https:');
  const csp = previewCsp('https://*.vscode-cdn.net', 'n0nce', 'block');
  assert.match(csp, /^default-src 'none'; /, 'media and everything else not listed stay off');
  assert.match(csp, /script-src 'nonce-n0nce'/);
  const page = previewHtml({ cspSource: 'https://*.vscode-cdn.net', script: 'https://x/preview.js', style: 'https://x/preview.css', remoteImages: 'block' });
  assert.match(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*img-src https:\/\/\*\.vscode-cdn\.net data:;?"/);
});

test('srcset is split as the HTML standard splits it', () => {
  assert.deepEqual(parseSrcset(' a.png 1x ,b.png  2x,, c.png, d.png 640w'), [
    { url: 'a.png', descriptors: '1x' },
    { url: 'b.png', descriptors: '2x' },
    { url: 'c.png', descriptors: '' },
    { url: 'd.png', descriptors: '640w' },
  ]);
  // A comma inside an address is part of it unless it ends the address.
  assert.deepEqual(parseSrcset('c.png,d.png 640w, e.png,, f.png'), [
    { url: 'c.png,d.png', descriptors: '640w' },
    { url: 'e.png', descriptors: '' },
    { url: 'f.png', descriptors: '' },
  ]);
  assert.deepEqual(parseSrcset('x.png (a, b) 1x, y.png'), [
    { url: 'x.png', descriptors: '(a, b) 1x' },
    { url: 'y.png', descriptors: '' },
  ]);
  assert.deepEqual(parseSrcset('data:image/png;base64,AA 1x'), [{ url: 'data:image/png;base64,AA', descriptors: '1x' }]);
  assert.deepEqual(parseSrcset('  , , '), []);
});

test('property: whatever the markup, no remote source survives and nothing remote is missed in the count', () => {
  const piece = fc.constantFrom(
    '<img src="https://t.example/p.gif">',
    '<img src=//t.example/p.gif>',
    '<IMG\tSRC=\'http://t.example/p.gif\'>',
    '<source srcset="https://t.example/a.png 2x, b.png">',
    '<img src="b.png" alt="&quot;src=https://t.example">',
    '<img src="data:image/gif;base64,R0lGOD">',
    '<p>text src="https://t.example/x" </p>',
    '<table background=https://t.example/bg><td>',
    '<svg><image href="https://t.example/s.png"></image></svg>',
    '<template><img src="https://t.example/in-template.png"></template>',
    '<img src="https://t.example/a.png" src="b.png">',
    '<!-- <img src="https://t.example/c.png"> -->',
    '<textarea><img src="https://t.example/raw.png"></textarea>',
    '</p>',
    '<div>',
    ' ',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const html = pieces.join('');
      const out = previewImages(html, block);
      assert.deepEqual(remoteSources(out.html), [], `${html}\n→ ${out.html}`);
      // Every element the browser would build with a remote source is counted; start tags it reads as text
      // (inside <textarea>) may be counted too, but never more than there are tags.
      const remoteElements = sourcesByElement(html).filter((own) => own.some(isRemoteInput)).length;
      assert.ok(out.blocked >= remoteElements, `${html}: ${out.blocked} counted, ${remoteElements} elements with a remote source`);
      assert.ok(out.blocked <= (html.match(/<[a-z]/gi) ?? []).length, `${html}: ${out.blocked} counted`);
    }),
    fuzz(300, 20261210),
  );
});
