import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/unfortunately-opener',
  kind: 'existence',
  severity: 'info',
  locale: 'en',
  message: '"%s" as an opener announces bad news before any help. Lead with what you can do, then the limit.',
  description:
    'Principle 3 (say what we can do first): a sentence that opens with "Unfortunately," sets a negative frame. A hint (info): mid-sentence "unfortunately" is not flagged.',
  patterns: [String.raw`(?<=(?:^|[.!?…:]|\n)[\s\u0001*_]{0,40})unfortunately(?!\p{L})`],
  examples: {
    bad: [
      'Unfortunately, we regret to inform you that your request cannot be processed.',
      'Thanks for the details. Unfortunately, the invoice cannot be changed.',
    ],
    good: [
      "Here's what we can do: reissue the invoice under your new name.",
      'The link has, unfortunately, expired — request a new one on the sign-in page.',
      'We reissue the invoice within 2 business days.',
    ],
  },
};

export default rule;
