import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/hold-cliche',
  kind: 'existence',
  severity: 'error',
  locale: 'en',
  message: '"%s" is a call-centre script line. Say how long the wait is instead: "This takes about two minutes" or "I can call you back by 15:00".',
  description:
    'Principle 5 (no call-centre holding clichés): "your call is important to us" and "the next available agent" signal a script, not a person. Give the wait time or offer a callback.',
  patterns: [
    String.raw`(?<!\p{L})your\s+(?:call|request|enquiry|inquiry|message|email|business|feedback|query)\s+is\s+(?:very\s+|extremely\s+|really\s+|truly\s+)?important\s+to\s+us(?!\p{L})`,
    String.raw`(?<!\p{L})(?:the\s+)?(?:next|first)\s+available\s+(?:agent|representative|operator|advisor|adviser|team\s+member|associate)(?!\p{L})`,
    String.raw`(?<!\p{L})all\s+(?:of\s+)?our\s+(?:agents|representatives|operators|advisors|advisers|lines|associates)\s+are\s+(?:currently\s+)?(?:busy|assisting\s+other\s+customers)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:calls?|requests?)\s+(?:will\s+be|are)\s+(?:answered|handled|processed)\s+in\s+the\s+order\s+(?:they\s+(?:were|are)\s+)?received(?!\p{L})`,
    String.raw`(?<!\p{L})we\s+value\s+your\s+(?:call|business|custom|patience)(?!\p{L})`,
  ],
  examples: {
    bad: [
      'Your call is important to us. Please stay on the line.',
      'The next available agent will be with you.',
      'All our agents are currently busy.',
    ],
    good: [
      'Rather than keep you on hold, can I call you back on this number by half past three?',
      'I want to check this with our billing team. That takes about fifteen minutes.',
      'Keeping your data safe is important to us, so we delete exports after 7 days.',
      'The next available delivery slot is tomorrow, 10:00–13:00.',
    ],
  },
};

export default rule;
