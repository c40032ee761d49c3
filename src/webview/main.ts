/**
 * The channel preview's page: a tab per channel (VS Code Elements), each with
 * the mock, what the channel counts, the exact payload and the channel's
 * warnings. It only displays what the host sends and reports clicks back.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import { CHANNEL_LABELS, mock, smsCharacters, summary } from './mocks';
import type { Channel, ChannelRender, FromWebview, MockHtml, PreviewImages, PreviewState, SampleSource, ToWebview } from './protocol';

type Rendered = Extract<ToWebview, { type: 'render' }>;

const vscode = acquireVsCodeApi<PreviewState>();
const app = document.getElementById('app')!;
let state: PreviewState = vscode.getState() ?? {};
/** The tabs element, kept across updates while the channels stay the same (no flicker, scroll kept). */
let tabs: { element: HTMLElement; channels: string; panels: Map<Channel, HTMLElement>; headers: Map<Channel, HTMLElement> } | undefined;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function remember(next: Partial<PreviewState>): void {
  state = { ...state, ...next };
  vscode.setState(state);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'empty') {
    tabs = undefined;
    const empty = document.createElement('div');
    empty.className = 'empty';
    empty.textContent = message.message;
    app.replaceChildren(empty);
    return;
  }
  remember({ uri: message.document.uri, sample: message.sample, dataFile: message.dataFile?.uri });
  show(message);
});

function show(message: Rendered): void {
  const channels = message.renders.map((r) => r.channel);
  // The user's last tab when this document has it, else the first channel.
  const active = [state.channel, message.channel].find((c) => c !== undefined && channels.includes(c)) ?? channels[0];
  const key = channels.join(',');
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  if (!tabs || tabs.channels !== key) {
    tabs = buildTabs(channels);
    app.replaceChildren(header(message), tabs.element);
  } else {
    app.firstElementChild?.replaceWith(header(message));
  }
  for (const render of message.renders) {
    tabs.panels.get(render.channel)?.replaceChildren(...panelContent(render, message));
    const badge = tabs.headers.get(render.channel)?.querySelector('vscode-badge');
    const problems = render.warnings.filter((w) => w.severity === 'warning').length;
    if (badge) {
      badge.textContent = String(problems);
      badge.toggleAttribute('hidden', problems === 0);
    }
  }
  tabs.element.setAttribute('selected-index', String(Math.max(0, channels.indexOf(active))));
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function header(message: Rendered): HTMLElement {
  const head = document.createElement('header');
  const title = document.createElement('div');
  title.className = 'doc-title';
  title.textContent = message.document.title ?? message.document.name;
  const file = document.createElement('div');
  file.className = 'doc-file';
  file.textContent = message.document.name;
  head.append(title, file);
  if (message.hasVariables) head.append(variablesPicker(message));
  return head;
}

/** Where the placeholders' values come from; "Choose a data file…" asks the host for a file. */
function variablesPicker(message: Rendered): HTMLElement {
  const label = document.createElement('label');
  label.className = 'sample-picker';
  label.textContent = 'Variables: ';
  const select = document.createElement('vscode-single-select');
  select.setAttribute('aria-label', 'Values for the variables');
  const options: [SampleSource | 'choose', string][] = [];
  if (message.hasSamples) options.push(['samples', 'Sample values']);
  options.push(['defaults', 'Defaults only']);
  if (message.dataFile) options.push(['file', `Data: ${message.dataFile.name}`]);
  options.push(['choose', message.dataFile ? 'Choose another data file…' : 'Choose a data file…']);
  // Without samples "Sample values" is not offered; the samples source then shows as defaults would.
  const selected = options.some(([value]) => value === message.sample) ? message.sample : 'defaults';
  for (const [value, text] of options) {
    const option = document.createElement('vscode-option');
    option.setAttribute('value', value);
    option.textContent = text;
    if (value === selected) option.setAttribute('selected', '');
    select.append(option);
  }
  select.addEventListener('change', () => {
    const value = (select as unknown as { value: string }).value as SampleSource | 'choose';
    if (value === 'choose') {
      post({ type: 'chooseDataFile' });
      return;
    }
    remember({ sample: value });
    post({ type: 'selectSample', sample: value });
  });
  label.append(select);
  return label;
}

function buildTabs(channels: readonly Channel[]): NonNullable<typeof tabs> {
  const element = document.createElement('vscode-tabs');
  const panels = new Map<Channel, HTMLElement>();
  const headers = new Map<Channel, HTMLElement>();
  for (const channel of channels) {
    const tab = document.createElement('vscode-tab-header');
    tab.setAttribute('slot', 'header');
    tab.dataset.channel = channel;
    tab.append(CHANNEL_LABELS[channel] ?? channel);
    const badge = document.createElement('vscode-badge');
    badge.setAttribute('variant', 'counter');
    badge.setAttribute('hidden', '');
    tab.append(badge);
    const panel = document.createElement('vscode-tab-panel');
    panel.dataset.channel = channel;
    element.append(tab, panel);
    panels.set(channel, panel);
    headers.set(channel, tab);
  }
  element.addEventListener('vsc-tabs-select', (event) => {
    const channel = channels[(event as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex];
    if (!channel || channel === state.channel) return;
    remember({ channel });
    post({ type: 'selectChannel', channel });
  });
  return { element, channels: channels.join(','), panels, headers };
}

function panelContent(render: ChannelRender, message: Rendered): HTMLElement[] {
  const html = message.images.mocks.find((m) => m.channel === render.channel);
  const out: HTMLElement[] = [];
  if (html && html.blocked > 0) out.push(imagesNote(html, message.images));
  out.push(mock(render, html?.html));
  const measure = document.createElement('div');
  measure.className = 'measure';
  measure.textContent = summary(render);
  out.push(measure);
  const chars = smsCharacters(render);
  if (chars) out.push(chars);
  out.push(warningList(render, message.document.uri));

  const payload = document.createElement('section');
  payload.className = 'payload-section';
  const bar = document.createElement('div');
  bar.className = 'payload-bar';
  const caption = document.createElement('span');
  caption.textContent = `Payload (${render.format})`;
  const copy = document.createElement('vscode-button');
  copy.setAttribute('secondary', '');
  copy.textContent = `Copy for ${CHANNEL_LABELS[render.channel] ?? render.channel}`;
  copy.addEventListener('click', () => post({ type: 'copy', document: message.document.uri, channel: render.channel }));
  bar.append(caption, copy);
  const pre = document.createElement('pre');
  pre.className = 'payload';
  pre.textContent = render.output;
  payload.append(bar, pre);
  if (render.text !== undefined) {
    const plain = document.createElement('pre');
    plain.className = 'payload';
    plain.textContent = render.text;
    const plainCaption = document.createElement('div');
    plainCaption.className = 'payload-bar';
    plainCaption.textContent = 'Plain-text alternative';
    payload.append(plainCaption, plain);
  }
  out.push(payload);
  return out;
}

/**
 * Above a mock that left images out: how many, from where, and a way to the setting (or to
 * workspace trust, which is what decides in Restricted Mode).
 */
function imagesNote(html: MockHtml, images: PreviewImages): HTMLElement {
  const note = document.createElement('div');
  note.className = 'images-note';
  note.setAttribute('role', 'status');
  const n = html.blocked;
  const what = images.policy === 'allow' ? `${n === 1 ? 'image' : 'images'} not loaded (only https: images load)` : `remote ${n === 1 ? 'image' : 'images'} blocked`;
  const text = document.createElement('span');
  text.className = 'images-note-text';
  text.textContent = `${n} ${what}${images.restricted ? ' in Restricted Mode' : ''}`;
  const hosts = document.createElement('span');
  hosts.className = 'images-note-hosts';
  hosts.textContent = html.hosts.join(', ');
  note.title =
    images.policy === 'allow'
      ? 'Remote images are allowed over https: only; these use another scheme.'
      : 'An image from the internet tells whoever serves it that this reply was opened, when and from where (a tracking pixel). ' +
        (images.restricted
          ? 'In Restricted Mode the preview shows only the knowledge base’s own images.'
          : 'The preview shows only the knowledge base’s own images unless supportKb.preview.remoteImages is "allow".');
  const button = document.createElement('vscode-button');
  button.setAttribute('secondary', '');
  button.textContent = images.restricted ? 'Manage Workspace Trust…' : 'Settings…';
  button.addEventListener('click', () => post({ type: 'configureRemoteImages' }));
  note.append(text, hosts, button);
  return note;
}

function warningList(render: ChannelRender, documentUri: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'warnings';
  if (render.warnings.length === 0) {
    section.classList.add('none');
    section.textContent = `No problems for ${CHANNEL_LABELS[render.channel] ?? render.channel}.`;
    return section;
  }
  const list = document.createElement('ul');
  for (const warning of render.warnings) {
    const item = document.createElement('li');
    item.className = `warning ${warning.severity}`;
    const text = document.createElement(warning.range ? 'a' : 'span');
    text.textContent = warning.message;
    if (warning.range) {
      const range = warning.range;
      text.setAttribute('href', '#');
      text.title = `Line ${range.start.line + 1}: show in the editor`;
      text.addEventListener('click', (event) => {
        event.preventDefault();
        post({ type: 'reveal', document: documentUri, range });
      });
      const line = document.createElement('span');
      line.className = 'line';
      line.textContent = `line ${range.start.line + 1}`;
      item.append(text, line);
    } else {
      item.append(text);
    }
    list.append(item);
  }
  section.append(list);
  return section;
}

post({ type: 'ready' });
