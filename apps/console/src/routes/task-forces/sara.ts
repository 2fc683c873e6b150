import type { SaraStage } from '../../graphql/generated/graphql';

export const SARA: SaraStage[] = ['SCANNING', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT'];

/** Forward one stage at a time; assessment may send a problem back to any earlier stage (as the API allows). */
export function nextStages(stage: SaraStage): SaraStage[] {
  return stage === 'ASSESSMENT' ? SARA.slice(0, 3) : [SARA[SARA.indexOf(stage) + 1]];
}
