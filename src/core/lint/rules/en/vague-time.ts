import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/vague-time',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" is a vague time the customer can\'t plan around. Give a time frame: "within 24 hours", "by 15:00 UTC", "tomorrow".',
  description:
    'Principle 4 (give a time frame): "shortly", "soon", "in due course", "ASAP" promise nothing. Give a date, a time or a number of business days. "As soon as" followed by an event is not flagged.',
  patterns: [
    String.raw`(?<!\p{L})shortly(?!\p{L})`,
    String.raw`(?<!\p{L})(?<!as\s+)(?<!how\s+)soon(?!\p{L})(?!\s+as(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:as\s+soon\s+as\s+(?:possible|we\s+can|we['’]re\s+able)|asap)(?!\p{L})`,
    String.raw`(?<!\p{L})in\s+due\s+course(?!\p{L})`,
    String.raw`(?<!\p{L})in\s+the\s+(?:near|not\s+too\s+distant)\s+future(?!\p{L})`,
    String.raw`(?<!\p{L})(?:at\s+some\s+point|before\s+long|in\s+a\s+timely\s+(?:manner|fashion)|at\s+the\s+earliest\s+(?:opportunity|possible\s+time)|in\s+a\s+(?:little|short)\s+while)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:get|be|come)\s+back\s+to\s+you\s+later(?!\p{L})`,
  ],
  examples: {
    bad: [
      "We're looking into the issue and will get back to you shortly.",
      'We will update you in due course.',
      "We'll fix it ASAP.",
      'Your refund will arrive soon.',
    ],
    good: [
      "I'll email you by Thursday, 15:00 UTC, with either a fix or a clear status.",
      'As soon as the courier picks up the parcel, the buyer gets a tracking link.',
      'How soon the money arrives depends on the bank: 5–10 business days.',
      'We reply within 4 business hours.',
    ],
  },
};

export default rule;
