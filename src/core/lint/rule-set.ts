import { globMatcher } from '../kb/globs';
import type { KbConfig, RuleOverride } from '../kb/config';
import type { KbDocument } from '../kb/document';
import type { RuleSetting } from '../schema/config-schema';
import type { CompiledRule } from './compiled-rule';
import type { ActiveRule } from './engine';

/**
 * The rules of one KB (built-in + team) with the configuration applied: which
 * are on, at what severity, for a given document.
 */
export class RuleSet {
  readonly byId: ReadonlyMap<string, CompiledRule>;
  private readonly overrides: { override: RuleOverride; matchesFile: (rel: string) => boolean }[];

  constructor(
    rules: readonly CompiledRule[],
    private readonly config: Pick<KbConfig, 'rules' | 'overrides'>,
  ) {
    this.byId = new Map(rules.map((r) => [r.spec.id, r]));
    this.overrides = config.overrides.map((override) => ({
      override,
      matchesFile: override.files?.length ? globMatcher(override.files) : () => true,
    }));
  }

  /**
   * The active rules for `doc`. Documents that the same overrides apply to get the same array, so
   * what the engine keeps per rule set (the literal scanner, the rules per kind and channel) is
   * found by identity instead of being rebuilt or looked up by content for every document.
   */
  forDocument(doc: KbDocument): readonly ActiveRule[] {
    const applying: number[] = [];
    this.overrides.forEach(({ override, matchesFile }, i) => applies(override, matchesFile, doc) && applying.push(i));
    const key = applying.join(',');
    let active = this.activeByOverrides.get(key);
    if (!active) this.activeByOverrides.set(key, (active = this.activeWith(applying)));
    return active;
  }

  private readonly activeByOverrides = new Map<string, readonly ActiveRule[]>();

  private activeWith(overrides: readonly number[]): readonly ActiveRule[] {
    const settings = new Map<string, RuleSetting>(Object.entries(this.config.rules));
    for (const i of overrides) {
      for (const [id, setting] of Object.entries(this.overrides[i].override.rules)) settings.set(id, setting);
    }
    const active: ActiveRule[] = [];
    for (const rule of this.byId.values()) {
      const setting = settings.get(rule.spec.id) ?? rule.spec.severity;
      if (setting !== 'off') active.push({ rule, severity: setting });
    }
    return active;
  }

  /** Rule ids the configuration names that no rule has (typos), with where they are named. */
  unknownIds(): { id: string; path: (string | number)[] }[] {
    const unknown: { id: string; path: (string | number)[] }[] = [];
    for (const id of Object.keys(this.config.rules)) if (!this.byId.has(id)) unknown.push({ id, path: ['rules', id] });
    this.config.overrides.forEach((o, i) => {
      for (const id of Object.keys(o.rules)) if (!this.byId.has(id)) unknown.push({ id, path: ['overrides', i, 'rules', id] });
    });
    return unknown;
  }
}

function applies(o: RuleOverride, matchesFile: (rel: string) => boolean, doc: KbDocument): boolean {
  const { meta } = doc;
  if (!matchesFile(doc.relativePath)) return false;
  if (o.channels && !meta.channels.some((c) => o.channels!.includes(c))) return false;
  if (o.kinds && !(meta.kind && o.kinds.includes(meta.kind))) return false;
  if (o.types && !(meta.type && o.types.includes(meta.type))) return false;
  if (o.locales && !(meta.locale && o.locales.some((l) => meta.locale!.toLowerCase().startsWith(l.toLowerCase())))) return false;
  return true;
}
