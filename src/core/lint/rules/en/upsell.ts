import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/upsell',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  kinds: ['refusal', 'incident'],
  message: '"%s" sells inside a refusal or a complaint. Solve the problem first; offer the bigger plan later, in a separate message.',
  description:
    'Principle 14 (upsell only after the problem is solved): an upgrade, a premium plan or a discount offered inside a refusal or an incident message reads as profiting from the customer\'s bad day. Moving to a cheaper plan is an alternative, not an upsell.',
  patterns: [
    String.raw`(?<!\p{L})upgrad(?:e|ing)\s+(?:to|your)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:try|switch\s+to|move\s+to|get|buy|subscribe\s+to|go)\s+(?:our\s+|the\s+)?(?:premium|pro|business|paid|higher|bigger|plus)\s+(?:plan|tier|version|subscription|add-on|package)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:special|exclusive|limited[- ]time)\s+(?:offer|discount|deal|price)(?!\p{L})`,
  ],
  examples: {
    bad: [
      { text: 'Hourly sync is the limit on your plan. Upgrade to Pro and sync every 5 minutes!', kind: 'refusal' },
      { text: 'Sorry for the outage. Try our premium plan with priority support — a special offer this month.', kind: 'incident' },
    ],
    good: [
      { text: "Here's what we can do instead: move you to Start with your balance recalculated, or pause your subscription.", kind: 'refusal' },
      { text: 'We added 3 days to your subscription.', kind: 'incident' },
      { text: 'Your promo code SALE20 gives buyers 20% off; it expired on Sunday, so create a new one.', kind: 'refusal' },
      { text: 'Upgrade to Pro to sync every 5 minutes.', kind: 'answer' },
    ],
  },
};

export default rule;
