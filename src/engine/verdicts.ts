/**
 * The closed vocabulary of verdicts, shown everywhere with the same label, icon and colour
 * (never colour alone). DESIGN.md, "Decision trees".
 */
export const VERDICTS = {
  share: { label: 'You may share', short: 'Share the minimum', icon: 'check' },
  'consent-first': { label: 'Only with permission', short: 'Ask first', icon: 'hand' },
  'do-not-share': { label: 'Do not share', short: 'Do not share', icon: 'cross' },
  'must-report': { label: 'A duty to report may apply', short: 'Report', icon: 'alert' },
  'safety-first': { label: 'Get help now', short: 'Safety first', icon: 'siren' },
  ask: { label: 'Ask before you decide', short: 'Ask', icon: 'question' },
} as const;

export type VerdictId = keyof typeof VERDICTS;
export const VERDICT_IDS = Object.keys(VERDICTS) as VerdictId[];
