import type { RuleSpec } from '../../rule-spec';

const rule: RuleSpec = {
  id: 'en/csat-leading',
  kind: 'existence',
  severity: 'error',
  locale: 'en',
  message: '"%s" is a leading question: it suggests the answer and skews the score. Ask neutrally: "How did we do?"',
  description:
    'Principle 11 (neutral feedback questions): "how great was our support" or "how satisfied were you with our excellent service" already contain the answer. A rating question must welcome "poor" as much as "excellent". Checks documents of every kind: such questions often get appended to ordinary replies.',
  patterns: [
    String.raw`(?<!\p{L})how\s+(?:great|amazing|awesome|excellent|wonderful|fantastic|brilliant|outstanding)\s+(?:was|were|did|is)(?!\p{L})`,
    String.raw`(?<!\p{L})how\s+good\s+(?:was|were|is)\s+(?:our|we|the\s+(?:support|service|help|agent|team|reply|answer))(?!\p{L})`,
    String.raw`(?<!\p{L})how\s+(?:satisfied|happy|pleased|delighted)\s+(?:were|are)\s+you\s+with\s+(?:our|the)\s+(?:excellent|great|amazing|outstanding|fantastic|fast|quick|friendly|wonderful|brilliant)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:did|do)\s+(?:we|you\s+think\s+we)\s+(?:do\s+)?(?:a\s+)?(?:great|amazing|excellent|fantastic|brilliant)\s+job(?!\p{L})`,
    String.raw`(?<!\p{L})(?:wasn['’]t|isn['’]t)\s+(?:our|that|this|it)\s+(?:[a-z]+\s+)?(?:great|amazing|excellent|fantastic|brilliant)(?!\p{L})`,
  ],
  examples: {
    bad: [
      { text: 'How great was our support today?', kind: 'csat' },
      { text: 'How satisfied were you with our excellent service?', kind: 'csat' },
      { text: 'Did we do a great job? Rate us from 1 to 5.', kind: 'csat' },
      { text: 'Your order is with the courier.\n\nHow great was our support today?', kind: 'answer' },
    ],
    good: [
      { text: 'How did we do? Reply with a number from 1 (poor) to 5 (excellent).', kind: 'csat' },
      { text: 'How satisfied were you with our reply? Rate it from 1 to 5.', kind: 'csat' },
      { text: "We've closed request #48213. How did we do?", kind: 'csat' },
      { text: 'How good was the signal on your phone when the app crashed?', kind: 'answer' },
    ],
  },
};

export default rule;
