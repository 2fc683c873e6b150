import { registerEnumType } from '@nestjs/graphql';

export enum FocusIssue {
  HUMAN_TRAFFICKING = 'HUMAN_TRAFFICKING',
  HATE_CRIME = 'HATE_CRIME',
  GANG_VIOLENCE = 'GANG_VIOLENCE',
  DRUG_ABUSE = 'DRUG_ABUSE',
  MENTAL_HEALTH_CRISIS = 'MENTAL_HEALTH_CRISIS',
  YOUTH_SAFETY = 'YOUTH_SAFETY',
  OTHER = 'OTHER',
}

/** FORMING → ACTIVE ⇄ PAUSED; any open state → CLOSED (final). */
export enum TaskForceStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

export enum MemberRole {
  LEAD_PARTNER = 'LEAD_PARTNER',
  MEMBER = 'MEMBER',
  ADVISOR = 'ADVISOR',
}

/** The SARA problem-solving cycle. */
export enum SaraStage {
  SCANNING = 'SCANNING',
  ANALYSIS = 'ANALYSIS',
  RESPONSE = 'RESPONSE',
  ASSESSMENT = 'ASSESSMENT',
}

export enum IndicatorDirection {
  UP_IS_BETTER = 'UP_IS_BETTER',
  DOWN_IS_BETTER = 'DOWN_IS_BETTER',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

export const TASK_FORCE_TRANSITIONS: Record<TaskForceStatus, TaskForceStatus[]> = {
  [TaskForceStatus.FORMING]: [TaskForceStatus.ACTIVE, TaskForceStatus.CLOSED],
  [TaskForceStatus.ACTIVE]: [TaskForceStatus.PAUSED, TaskForceStatus.CLOSED],
  [TaskForceStatus.PAUSED]: [TaskForceStatus.ACTIVE, TaskForceStatus.CLOSED],
  [TaskForceStatus.CLOSED]: [],
};

const SARA_ORDER = [SaraStage.SCANNING, SaraStage.ANALYSIS, SaraStage.RESPONSE, SaraStage.ASSESSMENT];

/**
 * SARA moves forward one stage at a time; assessment may send the problem back to any
 * earlier stage (the response did not work, or the problem changed), starting a new cycle.
 */
export function saraTransitions(from: SaraStage): SaraStage[] {
  const index = SARA_ORDER.indexOf(from);
  if (from === SaraStage.ASSESSMENT) return SARA_ORDER.slice(0, 3);
  return [SARA_ORDER[index + 1]];
}

registerEnumType(FocusIssue, { name: 'FocusIssue', description: 'OTHER needs focusIssueOther text.' });
registerEnumType(TaskForceStatus, { name: 'TaskForceStatus', description: 'FORMING → ACTIVE ⇄ PAUSED; any open state → CLOSED.' });
registerEnumType(MemberRole, { name: 'TaskForceMemberRole' });
registerEnumType(SaraStage, { name: 'SaraStage', description: 'Scanning, analysis, response, assessment.' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
