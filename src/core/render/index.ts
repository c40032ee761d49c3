/**
 * Channel preview: one document rendered for every channel it may be sent
 * in, with each channel's problems. `renderAll` parses once and renders all
 * seven; `renderChannel` renders one.
 */
import type { KbDocument } from '../kb/document';
import { CHANNELS, type Channel } from '../kb/vocabulary';
import { renderChat } from './channels/chat';
import { renderEmail } from './channels/email';
import { renderPhone } from './channels/phone';
import { renderSlack } from './channels/slack';
import { renderSms } from './channels/sms';
import { renderTelegram } from './channels/telegram';
import { renderWhatsapp } from './channels/whatsapp';
import { prepareDocument, type PreparedDocument } from './prepare';
import type { ChannelRender, RenderOptions } from './types';

const RENDERERS: Readonly<Record<Channel, (p: PreparedDocument) => ChannelRender>> = {
  email: renderEmail,
  chat: renderChat,
  sms: renderSms,
  telegram: renderTelegram,
  whatsapp: renderWhatsapp,
  slack: renderSlack,
  phone: renderPhone,
};

export function renderChannel(doc: KbDocument, channel: Channel, options?: RenderOptions): ChannelRender {
  return RENDERERS[channel](prepareDocument(doc, options));
}

/** Every channel (or those in `channels`), from one parse, in the order of `CHANNELS`. */
export function renderAll(doc: KbDocument, options?: RenderOptions & { readonly channels?: readonly Channel[] }): Partial<Record<Channel, ChannelRender>> {
  const prepared = prepareDocument(doc, options);
  const wanted = options?.channels ?? CHANNELS;
  const out: Partial<Record<Channel, ChannelRender>> = {};
  for (const channel of CHANNELS) if (wanted.includes(channel)) out[channel] = RENDERERS[channel](prepared);
  return out;
}

export type { ChannelRender, LengthUnit, PhoneInfo, RenderFormat, RenderOptions, RenderWarning, RenderWarningCode, SmsCharacter, SmsInfo } from './types';
export { measureSms, gsm7Class, SMS_LIMITS, type SmsMeasure } from './sms-encoding';
export { DEFAULT_MAX_SMS_SEGMENTS } from './channels/sms';
export { MarkdownPartCache } from './part-cache';
