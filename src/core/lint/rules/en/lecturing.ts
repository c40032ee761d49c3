import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/lecturing',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" lectures the customer. Explain the rule in one plain sentence and give a link or a next step.',
  description:
    'Principles 3 and 8 (no lecturing, no blame): "you should understand", "please read the documentation before contacting support", "as clearly stated" talk down to the customer.',
  patterns: [
    String.raw`(?<!\p{L})you\s+(?:should|must|need\s+to|have\s+to|ought\s+to)\s+(?:understand|realise|realize|be\s+aware)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:please\s+)?read\s+(?:the|our)\s+(?:documentation|docs|instructions|terms|faq|guide)\s+(?:carefully\s+)?before(?!\p{L})`,
    String.raw`(?<!\p{L})(?:which|as|this)\s+is\s+(?:clearly|plainly|explicitly)\s+(?:stated|mentioned|explained|described|written)(?!\p{L})`,
    String.raw`(?<!\p{L})you\s+should\s+have\s+(?:read|checked|known|noticed)(?!\p{L})`,
    String.raw`(?<!\p{L})it\s+is\s+(?:your|the\s+customer['’]s)\s+responsibility(?!\p{L})`,
    String.raw`(?<!\p{L})(?:read|check)\s+(?:[a-z]+\s+)?more\s+carefully(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Please read the documentation before contacting support again.',
      'You forgot https://, which is clearly mentioned in our documentation.',
      'You should understand that refunds after 14 days are not provided.',
    ],
    good: [
      'The webhook URL needs to start with https:// — details: https://developers.skladno.ru/webhooks',
      'To understand your payout, open Payments → Payouts.',
      'We refund yearly plans in full within 14 days of payment.',
    ],
  },
};

export default rule;
