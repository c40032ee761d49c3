import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/formulaic-apology',
  kind: 'existence',
  severity: 'warning',
  locale: 'en',
  message: '"%s" is a stock apology. Say sorry plainly ("Sorry, that was our mistake") and say what you fixed.',
  description:
    'Principle 2 (an apology comes with an action) and stock phrases: "apologies for any inconvenience caused" reads as a template and promises nothing. Own the mistake in plain words and name the action.',
  patterns: [
    String.raw`(?<!\p{L})(?:(?:we|I)\s+(?:sincerely\s+|deeply\s+|truly\s+)?apologi[sz]e|(?:our|my|sincere|many)\s+apologies|apologies|(?:we['’]re|we\s+are|I['’]m|I\s+am)\s+(?:very\s+|so\s+|truly\s+)?sorry|sorry)\s+for\s+(?:any|the)\s+inconvenience(?:\s+(?:this\s+)?(?:may\s+have\s+|has\s+|might\s+have\s+)?caused)?(?!\p{L})`,
    String.raw`(?<!\p{L})(?:any|the)\s+inconvenience\s+(?:this\s+)?(?:may\s+have\s+|has\s+|might\s+have\s+)?caused(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Apologies for any inconvenience caused.',
      'We apologize for the inconvenience.',
      "We're sorry for any inconvenience this may have caused.",
    ],
    good: [
      "We're sorry for the sales you lost. Reply to this email and we'll look at your case.",
      'Sorry, that was our mistake: the invoice used your old company name. The new one is in Documents.',
      'To avoid inconvenience during the sale, plan your import for Sunday.',
      'Sorry for the trouble — we fixed the template and resent the emails.',
    ],
  },
};

export default rule;
