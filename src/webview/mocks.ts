/**
 * What each channel looks like to the person who receives the reply: an
 * email with its subject, a chat bubble, an SMS bubble with its segments, a
 * Telegram, WhatsApp or Slack message, a phone script. The HTML payloads come
 * from core's renderers, which allow only each channel's tags and drop
 * anything executable; the page's CSP (scripts by nonce only) is the second
 * line of defence.
 */
import { escapeHtml, slackToHtml, whatsappToHtml } from './display-format';
import type { ChannelRender } from './protocol';

export const CHANNEL_LABELS: Record<string, string> = {
  email: 'Email',
  chat: 'Chat',
  sms: 'SMS',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  slack: 'Slack',
  phone: 'Phone',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where a blocked image was: a dashed frame with its alt text, so the layout reads as sent. */
const BLOCKED_IMAGE_STYLE = '<style>img[data-kb-blocked]{display:inline-block;min-width:24px;min-height:16px;outline:1px dashed #8c8c8c;outline-offset:-1px;color:#6e6e6e}</style>';

/**
 * HTML from core's renderers, inside a shadow root so the email's own styles stay in the mock.
 * The host has taken remote image sources out of it already (PreviewImages).
 */
function htmlBox(className: string, html: string): HTMLElement {
  const box = el('div', className);
  const root = box.attachShadow({ mode: 'open' });
  root.innerHTML = BLOCKED_IMAGE_STYLE + html;
  for (const img of root.querySelectorAll('[data-kb-blocked]')) {
    if (!img.hasAttribute('title')) img.setAttribute('title', `Remote image blocked (${img.getAttribute('data-kb-blocked')})`);
  }
  return box;
}

/** One line under the mock: how the channel measures this reply. */
export function summary(render: ChannelRender): string {
  const n = (v: number) => v.toLocaleString('en-US');
  switch (render.channel) {
    case 'sms': {
      const sms = render.sms;
      if (!sms) return `${n(render.length)} characters`;
      return `${sms.segments} SMS · ${sms.encoding} · ${n(sms.units)} ${sms.encoding === 'GSM-7' ? 'septets' : 'chars'}`;
    }
    case 'phone':
      return render.phone ? `${n(render.phone.words)} words · about ${formatSeconds(render.phone.seconds)} to read aloud` : '';
    case 'email':
      return `${(render.length / 1024).toFixed(1)} KB of HTML${render.limit ? ` (Gmail clips above ${Math.round(render.limit / 1024)} KB)` : ''}`;
    default:
      return render.limit ? `${n(render.length)} / ${n(render.limit)} characters` : `${n(render.length)} characters`;
  }
}

function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * The mock of one channel. `html` is what the HTML channels (email, chat, Telegram) show: their
 * payload as the host prepared it for display; without it the payload shows as text, never as
 * HTML that nobody checked for remote images.
 */
export function mock(render: ChannelRender, html: string | undefined): HTMLElement {
  const shown = html ?? escapeHtml(render.output);
  const frame = el('div', `mock mock-${render.channel}`);
  switch (render.channel) {
    case 'email': {
      const head = el('div', 'email-head');
      const subject = el('div', 'email-subject');
      subject.append(el('span', 'email-label', 'Subject'), el('span', undefined, render.subject ?? '(no subject in the front matter)'));
      if (!render.subject) subject.classList.add('missing');
      head.append(subject);
      frame.append(head, htmlBox('email-body', shown));
      break;
    }
    case 'chat':
      frame.append(bubble('bubble bubble-agent', htmlBox('bubble-content', preWrap(shown))));
      break;
    case 'telegram':
      frame.append(bubble('bubble bubble-telegram', htmlBox('bubble-content', preWrap(shown))));
      break;
    case 'whatsapp':
      frame.append(bubble('bubble bubble-whatsapp', htmlBox('bubble-content', whatsappToHtml(render.output))));
      break;
    case 'slack': {
      const message = el('div', 'slack-message');
      message.append(el('div', 'slack-avatar', 'S'));
      const body = el('div', 'slack-body');
      body.append(el('div', 'slack-name', 'Support'), htmlBox('slack-text', slackToHtml(render.output)));
      message.append(body);
      frame.append(message);
      break;
    }
    case 'sms': {
      const parts = render.sms?.parts ?? [render.output];
      parts.forEach((part, i) => {
        const b = el('div', 'bubble bubble-sms');
        b.append(el('div', 'sms-text', part));
        if (parts.length > 1) b.append(el('div', 'sms-part', `part ${i + 1} of ${parts.length}`));
        frame.append(b);
      });
      break;
    }
    case 'phone':
      frame.append(el('div', 'phone-script', render.output));
      break;
    default:
      frame.append(el('pre', 'payload', render.output));
  }
  return frame;
}

function bubble(className: string, content: HTMLElement): HTMLElement {
  const b = el('div', className);
  b.append(content);
  return b;
}

/** Chat widgets and Telegram (HTML parse mode) show the payload's line breaks as they are. */
function preWrap(payload: string): string {
  return `<div style="white-space: pre-wrap">${payload}</div>`;
}

/** SMS characters that forced UCS-2 or cost two units, as a list under the mock. */
export function smsCharacters(render: ChannelRender): HTMLElement | undefined {
  const sms = render.sms;
  if (!sms || (sms.ucs2Characters.length === 0 && sms.doubleCharacters.length === 0)) return undefined;
  const box = el('div', 'sms-characters');
  const row = (label: string, chars: typeof sms.ucs2Characters) => {
    if (chars.length === 0) return;
    const line = el('div', 'sms-characters-row');
    line.append(el('span', 'sms-characters-label', label));
    const unique = new Map<string, string>();
    for (const c of chars) unique.set(c.char, c.codePoint);
    // Cyrillic text is UCS-2 whatever you do: one chip for all its letters, so the characters
    // a writer can replace (a dash, curly quotes, an emoji) stand out.
    const cyrillic = [...unique.keys()].filter((c) => /^[\u0400-\u04FF]$/.test(c));
    if (cyrillic.length > 2) {
      const chip = el('span', 'char-chip char-chip-group', `Cyrillic letters (${cyrillic.length})`);
      chip.title = cyrillic.join(' ');
      line.append(chip);
      for (const c of cyrillic) unique.delete(c);
    }
    for (const [char, codePoint] of unique) {
      const chip = el('code', 'char-chip', char === ' ' || char === '\u00a0' ? '␣' : char);
      chip.title = codePoint;
      line.append(chip);
    }
    box.append(line);
  };
  row('Forced UCS-2:', sms.ucs2Characters);
  row('Cost 2 units:', sms.doubleCharacters);
  return box;
}
