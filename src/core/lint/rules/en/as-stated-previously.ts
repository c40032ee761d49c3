import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/as-stated-previously',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" reproaches the customer for not reading. Just repeat what matters, briefly, as if for the first time.',
  description:
    'Principle 8 (no reproach): "as stated previously", "as I said", "as we already explained" remind the customer they missed something. If it needs repeating, repeat it plainly.',
  patterns: [
    String.raw`(?<!\p{L})as\s+(?:I|we)\s+(?:already\s+|previously\s+|have\s+already\s+)?(?:stated|said|mentioned|explained|told\s+you|advised|wrote|pointed\s+out|noted)(?!\p{L})`,
    String.raw`(?<!\p{L})as\s+(?:previously|already|stated|mentioned|explained|advised|noted)\s+(?:stated|said|mentioned|explained|advised|noted|previously|before|earlier|above)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:I|we)\s+(?:have\s+)?already\s+(?:told|explained\s+(?:this|that|it)|said)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:yet\s+again|for\s+the\s+(?:second|third|fourth|last)\s+time)(?!\p{L})`,
  ],
  examples: {
    bad: [
      "As stated previously, you didn't enter the webhook URL correctly.",
      'As I said, refunds take 5–10 days.',
      'We have already explained this in our last email.',
    ],
    good: [
      'Refunds take 5–10 business days; the bank sets the exact date.',
      'As you asked, we moved the delivery to Friday.',
      'As mentioned in the table above, Pro includes a shared Slack channel.',
      'Thanks once again for the export file.',
    ],
  },
};

export default rule;
