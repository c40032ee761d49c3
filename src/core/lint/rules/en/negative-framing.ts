import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/negative-framing',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" leads with what we won\'t do. Start with what we can do, then give the limit and its reason.',
  description:
    'Principle 3 (say what we can do, not what we won\'t): a reply that opens with "we can\'t" or "it\'s not possible" reads as a wall. A sentence that goes on with "but", "however" or "instead" is not flagged.',
  patterns: [
    String.raw`(?<!\p{L})we\s+(?:can['’]t|cannot|can\s+not|are\s+unable\s+to|['’]re\s+unable\s+to|are\s+not\s+able\s+to|won['’]t\s+be\s+able\s+to)(?!\p{L})(?![^.!?\n]{0,150}(?<!\p{L})(?:but|however|instead)(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:it['’]s|it\s+is|this\s+is|that['’]s|that\s+is)\s+(?:simply\s+|just\s+)?(?:not\s+possible|impossible)(?!\p{L})`,
    String.raw`(?<!\p{L})can(?:not|['’]t|\s+not)\s+be\s+(?:processed|granted|approved|refunded|done|accepted|honou?red)(?!\p{L})`,
  ],
  examples: {
    bad: [
      "We can't refund a yearly plan after 14 days.",
      'Your request for a refund cannot be processed at this time.',
      "It's not possible to edit an issued invoice.",
    ],
    good: [
      "Here's what we can do instead: move you to Start with your balance recalculated, or pause your subscription.",
      "We can't edit an issued invoice, but we can reissue it under your new name within 2 business days.",
      "If you can't find the email, check your Spam folder.",
      'Once an invoice has been issued, we don\'t edit it: we issue a credit note and a new invoice instead.',
    ],
  },
};

export default rule;
