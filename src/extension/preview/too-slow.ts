/**
 * What a channel's tab shows when its render was stopped for taking too long (render-client.ts):
 * an empty payload and one warning in the channel's warning list, like any other warning.
 */
import type { Channel, ChannelRender, LengthUnit, RenderFormat, RenderWarning, RenderWarningCode } from '../../core';

/**
 * Not one of core's codes: core never stops a render, the preview does. The page shows the
 * message and severity, not the code; the cast is the one place this code enters the type.
 */
export const TOO_SLOW_CODE = 'preview/too-slow' as RenderWarningCode;

/** The format and length unit each channel's render has (core/render/channels/*.ts), so the tab reads as that channel's. */
const SHAPES: Readonly<Record<Channel, { readonly format: RenderFormat; readonly lengthUnit: LengthUnit }>> = {
  email: { format: 'html', lengthUnit: 'bytes' },
  chat: { format: 'html', lengthUnit: 'utf16' },
  sms: { format: 'text', lengthUnit: 'utf16' },
  telegram: { format: 'telegram-html', lengthUnit: 'utf16' },
  whatsapp: { format: 'whatsapp', lengthUnit: 'utf16' },
  slack: { format: 'slack-mrkdwn', lengthUnit: 'utf16' },
  phone: { format: 'text', lengthUnit: 'utf16' },
};

/** A render per channel that says it was stopped after `timeoutMs`; `hasSubject`: the front matter has a subject (email). */
export function tooSlowRenders(channels: readonly Channel[], timeoutMs: number, hasSubject: boolean): ChannelRender[] {
  const warning: RenderWarning = {
    code: TOO_SLOW_CODE,
    severity: 'warning',
    message:
      `Too slow to preview: rendering this document took longer than ${(timeoutMs / 1000).toLocaleString('en-US')} s, so it was stopped. ` +
      'The preview tries again after the next change; `support-kb render` renders it without a time limit.',
  };
  return channels.map((channel) => ({
    channel,
    ...SHAPES[channel],
    output: '',
    warnings: [warning],
    length: 0,
    // An empty subject rather than none: "no subject in the front matter" would be wrong.
    ...(channel === 'email' && hasSubject ? { subject: '' } : {}),
  }));
}

/** Whether `render` is a stand-in for a stopped render (Copy then has no payload to copy). */
export function isTooSlow(render: ChannelRender): boolean {
  return render.warnings.some((w) => w.code === TOO_SLOW_CODE);
}
