import { doc, type HostileCase, type HostileRun } from '../case';

const ISSUE = 'issue 16, "Rules that are bounded by construction"';
const CONFIG = 'name: x\ncustomRules: [rules/team.yml]\n';

/** Text that makes backtracking patterns explode: long runs of one character, then a miss. */
const RUNS = ['a'.repeat(30_000), 'A'.repeat(30_000), 'k'.repeat(30_000), 'K'.repeat(30_000), 'ё'.repeat(15_000) + 'е'.repeat(15_000), '1'.repeat(30_000), ' '.repeat(30_000)].join(' ! ');
/** One 100 KB paragraph: quadratic patterns take seconds on it. */
const LONG_PARAGRAPH = 'ab '.repeat(34_000);

function teamRules(rules: string[]): string {
  return `rules:\n${rules.join('\n')}\n`;
}

function existence(id: string, field: 'phrases' | 'patterns', values: string[], examples = ''): string {
  return [
    `  - id: kb/${id}`,
    '    kind: existence',
    '    severity: warning',
    '    message: "%s"',
    `    ${field}: ${JSON.stringify(values)}`,
    examples,
  ]
    .filter(Boolean)
    .join('\n');
}

const lintRuns = (extra: Omit<HostileRun, 'args'> = {}): HostileRun[] => [{ args: ['lint'], ...extra }, { args: ['check'] }];

export const RULE_CASES: HostileCase[] = [
  {
    name: 'star-phrase-examples-no-documents',
    why: `${ISSUE}: a "*" phrase word backtracks polynomially on spaces, and examples run at load (over 30 s with no documents)`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': teamRules([
        existence('stars', 'phrases', ['* * * * * * * * x'], `    examples:\n      bad: [${JSON.stringify(`a${' '.repeat(20_000)}b`)}]\n      good: [${JSON.stringify(' '.repeat(50_000))}]`),
      ]),
    }),
    runs: lintRuns(),
  },
  {
    name: 'star-phrases-on-spaces',
    why: `${ISSUE}: the same phrase on a document`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': teamRules([existence('stars', 'phrases', ['* * * * * * x', '*', '= =', '*,'])]),
      'doc.md': doc(`a${' '.repeat(50_000)}b ${'a '.repeat(20_000)}`),
    }),
    runs: lintRuns(),
  },
  {
    name: 'case-folding-redos',
    why: `${ISSUE}: the guard checks case-sensitive and before ё folding; these pass it and hang`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': teamRules([
        existence('a', 'patterns', ['(?:a|A)+b']),
        existence('kelvin', 'patterns', ['(?:k|\u212a)+b', '(?:k|K)+b']),
        existence('classes', 'patterns', ['(?:[a-z]|[A-Z])+1']),
        existence('yo', 'patterns', ['(?:ё+е+)+ж']),
      ]),
      'doc.md': doc(RUNS),
    }),
    runs: lintRuns(),
  },
  {
    name: 'quadratic-patterns-long-paragraph',
    why: `${ISSUE}: .*Z and \\d*x are quadratic on long paragraphs (100 KB: 12 s)`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': teamRules([existence('dotstar', 'patterns', ['.*Z']), existence('digits', 'patterns', ['\\d*x']), existence('spaces', 'patterns', ['\\s*!'])]),
      'doc.md': doc(`${LONG_PARAGRAPH}\n\n${'1'.repeat(100_000)}\n\n${' 1'.repeat(50_000)}`),
    }),
    runs: lintRuns(),
  },
  {
    name: 'backreferences-and-named-groups',
    why: `${ISSUE}: wrapping patterns in groups breaks (b)\\1; named groups are rejected showing the wrapper`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': teamRules([
        existence('other', 'patterns', ['(x)(y)z']),
        existence('repeat', 'patterns', ['(?<![\\p{L}])(\\p{L}+) \\1(?![\\p{L}])', '(?<w>b)\\k<w>'], '    examples:\n      bad: ["the the", "bb"]\n      good: ["the then"]'),
      ]),
      'doc.md': doc('Say the the word. And bb.'),
    }),
    runs: [{ args: ['lint', '--format', 'json'], expect: [/kb\/repeat[\s\S]*kb\/repeat/], forbid: [/\(\?:\(/, /kb\/rule-example/] }],
  },
  {
    name: 'substitution-unstable',
    why: `${ISSUE}: a replacement containing its trigger, a pair of swaps, a replacement with "\\n---"`,
    files: () => ({
      '.support-kb.yml': CONFIG,
      'rules/team.yml': `rules:
  - id: kb/grows
    kind: substitution
    severity: warning
    message: "%s → %r"
    swap: { "кабинет": "личный кабинет" }
  - id: kb/flips
    kind: substitution
    severity: warning
    message: "%s → %r"
    swap: { "настройки": "параметры", "параметры": "настройки" }
  - id: kb/front-matter
    kind: substitution
    severity: warning
    message: "%s → %r"
    swap: { "тариф": "тариф\\n---\\ntitle: pwned\\n---\\n" }
`,
      'doc.md': doc('Кабинет, настройки, тариф.'),
    }),
    runs: [{ args: ['lint'], expect: [/kb\/grows: the replacement "личный кабинет" is flagged by the rule itself/, /kb\/flips: the replacement/, /kb\/front-matter: the replacement for "тариф" has a line break/] }],
  },
];
