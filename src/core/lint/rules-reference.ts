import type { Example, RuleSpec } from './rule-spec';

/** The anchor of a rule in the reference: `ru/kantselyarit` → `ru-kantselyarit`. */
export function ruleAnchor(id: string): string {
  return id.replace(/\//g, '-');
}

/**
 * The rules reference (docs/RULES.md), generated from the rule definitions so
 * it can't drift from them; a unit test fails when the committed file is stale.
 */
export function rulesReference(rules: readonly RuleSpec[]): string {
  const out: string[] = [
    '# Tone rules',
    '',
    '<!-- Generated from src/core/lint/rules by `npm run rules-doc`; do not edit by hand. -->',
    '',
    'Built-in rules of `support-kb lint` and the editor. Each runs on prose only (code,',
    'URLs, placeholders, HTML and quoted customer text are skipped), on paragraphs in its',
    'language. Change a rule\'s severity or turn it off in `.support-kb.yml`:',
    '',
    '```yaml',
    'rules:',
    '  ru/intensifiers: off',
    '  en/hedges: warning',
    'overrides:',
    '  - channels: [sms]',
    '    rules:',
    '      ru/sentence-length: error',
    '```',
    '',
    'or inline: `<!-- support-kb-disable-next-line ru/intensifiers -->`.',
    '',
    '| rule | kind | severity | applies to |',
    '|---|---|---|---|',
  ];
  for (const r of rules) out.push(`| [${r.id}](#${ruleAnchor(r.id)}) | ${r.kind} | ${r.severity} | ${scope(r)} |`);
  for (const r of rules) {
    out.push('', `## ${ruleAnchor(r.id)}`, '', `**${r.id}** · ${r.kind} · ${r.severity} · ${scope(r)}`, '', r.description.trim(), '', `Message: ${r.message.replace(/%s/g, '…').replace(/%r/g, '…')}`, '');
    out.push('Flags:', '', ...r.examples.bad.map((e) => `- ${quote(e)}`), '', 'Leaves alone:', '', ...r.examples.good.map((e) => `- ${quote(e)}`));
  }
  return `${out.join('\n')}\n`;
}

function scope(r: RuleSpec): string {
  const parts = [r.locale ? `${r.locale} paragraphs` : 'all paragraphs'];
  if (r.kinds) parts.push(`kind ${r.kinds.join(', ')}`);
  if (r.channels) parts.push(`channels ${r.channels.join(', ')}`);
  if (r.types) parts.push(`type ${r.types.join(', ')}`);
  return parts.join('; ');
}

function quote(example: Example): string {
  const text = typeof example === 'string' ? example : example.text;
  const oneLine = text.replace(/\s*\n\s*/g, ' ⏎ ').replace(/\|/g, '\\|');
  const context = typeof example === 'string' ? '' : [example.kind && `kind ${example.kind}`, example.channels && `channels ${example.channels.join(', ')}`].filter(Boolean).join(', ');
  return `«${oneLine}»${context ? ` (${context})` : ''}`;
}
