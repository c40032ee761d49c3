import type { MarkdownPartCache } from './part-cache';
import type { Channel } from '../kb/vocabulary';
import type { Range } from '../types';

/** What `output` is: the payload each channel's API or widget takes. */
export type RenderFormat = 'html' | 'text' | 'telegram-html' | 'slack-mrkdwn' | 'whatsapp';

/** What `length` counts: UTF-8 bytes (email, where Gmail clips by size), SMS units, or UTF-16 code units. */
export type LengthUnit = 'bytes' | 'septets' | 'utf16';

export interface RenderOptions {
  /**
   * Values for the placeholders (e.g. from `--data FILE`): nested objects
   * (`{ ticket: { id: 1 } }`) or dotted keys (`{ "ticket.id": 1 }`). Without
   * it the front matter's `sample` values are used. Either way a placeholder
   * with no value falls back to its `| default: "…"`, then to the declared
   * `default`, else it is missing.
   */
  readonly data?: Readonly<Record<string, unknown>>;
  /** SMS segments above this are a warning (default 3). */
  readonly maxSmsSegments?: number;
  /**
   * Parsed parts kept from earlier renders (the preview keeps one per panel and
   * renders the same document after every edit); without it every render parses all.
   */
  readonly partCache?: MarkdownPartCache;
}

export type RenderWarningCode =
  | 'channel/missing-variable'
  | 'channel/over-limit'
  | 'channel/sms-segments'
  | 'channel/sms-link'
  | 'channel/sms-emoji'
  | 'channel/sms-ucs2'
  | 'channel/unsupported'
  | 'channel/relative-link'
  | 'channel/unsafe-html'
  /** Past a limit on what the renderers take (docs/channel-preview.md, "Limits"): the rest is shown as text or left out. */
  | 'render/too-deep'
  | 'render/too-many-list-items'
  | 'render/too-many-marks'
  | 'render/table-too-large'
  | 'render/too-much-html'
  | 'render/too-long';

export interface RenderWarning {
  readonly code: RenderWarningCode;
  /** `info` for what the channel shows differently (a heading as a bold line); `warning` for what needs a change. */
  readonly severity: 'warning' | 'info';
  readonly message: string;
  /** Where in the file; absent only when nothing in the source can be pointed at. */
  readonly range?: Range;
}

/** A character that forced UCS-2 or costs two units, with every place it comes from. */
export interface SmsCharacter {
  readonly char: string;
  /** `U+2014`, for characters that look alike (a no-break space, a dash). */
  readonly codePoint: string;
  /** How often it occurs in the message. */
  readonly count: number;
  /**
   * Where the occurrences come from (the character itself, or the placeholder
   * whose value holds it): the first 20, so a Cyrillic message does not list
   * every letter.
   */
  readonly ranges: readonly Range[];
}

export interface SmsInfo {
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  readonly units: number;
  readonly segments: number;
  /** Units one segment holds: 160/153 (GSM-7) or 70/67 (UCS-2). */
  readonly perSegment: number;
  /** The text of each segment as sent. */
  readonly parts: readonly string[];
  /** Characters outside GSM-7 that made the message UCS-2 (empty for GSM-7), in order of first use. */
  readonly ucs2Characters: readonly SmsCharacter[];
  /** Characters that cost two units: GSM-7 extension characters, or characters outside the BMP in UCS-2. */
  readonly doubleCharacters: readonly SmsCharacter[];
}

export interface PhoneInfo {
  readonly words: number;
  /** At 150 words per minute, rounded to whole seconds. */
  readonly seconds: number;
}

export interface ChannelRender {
  readonly channel: Channel;
  readonly format: RenderFormat;
  /** The payload as the channel receives it. */
  readonly output: string;
  readonly warnings: readonly RenderWarning[];
  /** The length the channel limits, in `lengthUnit`. */
  readonly length: number;
  readonly lengthUnit: LengthUnit;
  /** The channel's hard limit in `lengthUnit`, when it has one. */
  readonly limit?: number;
  /** Email: the plain-text alternative. */
  readonly text?: string;
  /** Email: the subject line with variables resolved (absent without front-matter `subject`). */
  readonly subject?: string;
  readonly sms?: SmsInfo;
  readonly phone?: PhoneInfo;
}
