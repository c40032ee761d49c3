import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/empty-apology',
  kind: 'requires',
  severity: 'warning',
  locale: 'en',
  scope: 'paragraph',
  message: 'An apology without an action: next to "%s", say what you will do (refund, fix, credit) or what the customer can choose.',
  description:
    'Principle 2 (an apology comes with an action or a choice): "sorry" with no fix, refund, compensation or next step is empty. The action must be in the same paragraph as the apology; a plain admission ("this was our mistake") or a bridge to the next paragraph ("here is what we did") also counts.',
  when: {
    patterns: [
      String.raw`(?<!\p{L})(?:sorry|apologi[sz]e[sd]?|apologies)(?!\p{L})`,
    ],
  },
  anyOf: {
    patterns: [
      String.raw`(?<!\p{L})(?:we['’]ll|we\s+will|I['’]ll|I\s+will|we['’]ve|we\s+have|I['’]ve)\s+(?!not\s|never\s|been\s)[a-z]+`,
      String.raw`(?<!\p{L})(?:refund[a-z]*|credit[a-z]*|compensat[a-z]*|replace[a-z]*|reissu[a-z]*|resen[dt]|fixed|restored|waived?|extended|added)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:reply\s+to\s+this|here['’]s\s+what|what\s+we\s+can\s+do|we\s+can\s+(?!not(?!\p{L})))`,
      String.raw`(?<!\p{L})(?:reply|write|select|open|choose|request|call|tap|click|try|send)\s+(?:to\s+|us|the|a|it|your|this|again|another|in)(?!\p{L})`,
      // A bridge to the next paragraph, or a plain admission (DOMAIN §1.2: admitting a mistake plainly is good).
      String.raw`(?<!\p{L})(?:here['’]?s|here\s+is)\s+(?:what|how)\s+(?:we|we['’]re|we['’]ve)(?!\p{L})`,
      String.raw`(?<!\p{L})(?:this|that|it)\s+(?:was|is)\s+our\s+(?:mistake|fault|error)(?!\p{L})`,
    ],
  },
  examples: {
    bad: [
      'We apologize for the delay. We value every customer.',
      "I'm so sorry this happened to you.",
      "We're sorry about the wait.\n\nYour order is important.",
    ],
    good: [
      "We're sorry for the sales you lost. If the outage cost you a large order, reply to this email and we'll look at your case within 2 business days.",
      "Sorry — that's our mistake. We've reissued the invoice with the right company name.",
      'Sorry, this link has expired. Request a new one on the sign-in page.',
      'Sorry for the trouble; here is what we did about it.',
      'This was our mistake, and we are sorry.\n\nThe fix went live at 17:30.',
      '> Sorry to bother you on a weekend.\n\nThanks for writing in. Your order ships tomorrow.',
    ],
  },
};

export default rule;
