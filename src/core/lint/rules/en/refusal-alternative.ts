import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/refusal-alternative',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  kinds: ['refusal'],
  scope: 'document',
  message: 'The refusal offers no alternative. Say what you can do instead: "Here\'s what we can do instead: …".',
  description:
    'Principles 3 and 13 (say what we can do; structure by kind): a refusal gives the reason and an alternative — another option, a workaround or a next step ("instead", "we can offer", "what we can do").',
  anyOf: {
    patterns: [
      String.raw`(?<!\p{L})instead(?!\p{L})`,
      String.raw`(?<!\p{L})what\s+(?:we|I|you)\s+can\s+(?:do|offer|try)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:we|I)\s+can\s+(?:also\s+)?(?:offer|suggest|help|do|reissue|issue|move|switch|pause|set\s+up|arrange|recommend|refund|credit)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:we['’]d|we\s+would|I['’]d|I\s+would)\s+(?:suggest|recommend|be\s+happy\s+to)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:we\s+(?:suggest|recommend|offer)|you\s+can\s+(?:also\s+)?(?:use|try|switch|move|choose|pause|downgrade))(?!\p{L})`,
      String.raw`(?<!\p{L})(?:alternatives?|options?|workaround|here['’]s\s+how)(?!\p{L})`,
    ],
  },
  examples: {
    bad: [
      { text: 'Your request for a refund cannot be processed at this time. All refund requests are handled under our Terms of Service.', kind: 'refusal' },
      { text: "We don't refund yearly plans after 14 days.", kind: 'refusal' },
    ],
    good: [
      { text: "A full refund is no longer available. Here's what we can do instead: move you to Start or pause your subscription.", kind: 'refusal' },
      { text: "We can reissue invoice SK-INV-2026-10-0412 under your new name — here's how it works.", kind: 'refusal' },
      { text: 'We do not build custom features for one shop. We suggest the standard 1C sync or one of our partners.', kind: 'refusal' },
      { text: "We don't refund yearly plans after 14 days.", kind: 'answer' },
    ],
  },
};

export default rule;
