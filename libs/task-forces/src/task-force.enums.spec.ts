import { SaraStage, TASK_FORCE_TRANSITIONS, TaskForceStatus, saraTransitions } from './task-force.enums';

describe('task force state rules', () => {
  it('SARA moves forward one stage at a time', () => {
    expect(saraTransitions(SaraStage.SCANNING)).toEqual([SaraStage.ANALYSIS]);
    expect(saraTransitions(SaraStage.ANALYSIS)).toEqual([SaraStage.RESPONSE]);
    expect(saraTransitions(SaraStage.RESPONSE)).toEqual([SaraStage.ASSESSMENT]);
  });

  it('assessment can send a problem back to any earlier stage for a new cycle', () => {
    expect(saraTransitions(SaraStage.ASSESSMENT)).toEqual([SaraStage.SCANNING, SaraStage.ANALYSIS, SaraStage.RESPONSE]);
  });

  it('a closed task force is final; a forming one cannot pause', () => {
    expect(TASK_FORCE_TRANSITIONS[TaskForceStatus.CLOSED]).toEqual([]);
    expect(TASK_FORCE_TRANSITIONS[TaskForceStatus.FORMING]).not.toContain(TaskForceStatus.PAUSED);
    expect(TASK_FORCE_TRANSITIONS[TaskForceStatus.PAUSED]).toEqual([TaskForceStatus.ACTIVE, TaskForceStatus.CLOSED]);
  });
});
