import { IndicatorDirection } from './task-force.enums';
import { TrackStatus, Trend, indicatorProgress, recentTrend } from './progress';

const down = { unit: 'reports', baselineValue: 40, baselineOn: '2026-01-01', targetValue: 20, targetOn: '2026-12-31', direction: IndicatorDirection.DOWN_IS_BETTER };
const up = { unit: '%', baselineValue: 50, baselineOn: '2026-01-01', targetValue: 90, targetOn: '2026-05-01', direction: IndicatorDirection.UP_IS_BETTER };

describe('indicator progress', () => {
  it('is the share of the way from baseline to target, for a down-is-better metric', () => {
    const p = indicatorProgress(down, { value: 30, measuredOn: '2026-02-01' });
    expect(p.progress).toBeCloseTo(0.5);
    expect(p.explanation).toContain('moved 10 of 20 reports');
  });

  it('is the same formula for an up-is-better metric', () => {
    expect(indicatorProgress(up, { value: 60, measuredOn: '2026-01-15' }).progress).toBeCloseTo(0.25);
  });

  it('clamps to 0 when the metric moved away from the target, and says so', () => {
    const p = indicatorProgress(down, { value: 48, measuredOn: '2026-03-01' });
    expect(p.rawProgress).toBeCloseTo(-0.4);
    expect(p.progress).toBe(0);
    expect(p.status).toBe(TrackStatus.OFF_TRACK);
    expect(p.explanation).toContain('moved away from the target');
  });

  it('clamps to 1 beyond the target and counts as achieved', () => {
    const p = indicatorProgress(up, { value: 95, measuredOn: '2026-03-01' });
    expect(p.progress).toBe(1);
    expect(p.status).toBe(TrackStatus.ACHIEVED);
    expect(p.explanation).toContain('beyond the target');
  });

  it('is on track when progress keeps pace with the time elapsed between baseline and target dates', () => {
    // 120 days from baseline to target; 50% progress is on track after 30 days (25% of the time), off track after 90 (75%).
    expect(indicatorProgress(up, { value: 70, measuredOn: '2026-01-31' }).status).toBe(TrackStatus.ON_TRACK);
    expect(indicatorProgress(up, { value: 70, measuredOn: '2026-04-01' }).status).toBe(TrackStatus.OFF_TRACK);
  });

  it('has no status without measurements', () => {
    expect(indicatorProgress(up, null)).toMatchObject({ status: TrackStatus.NO_DATA, progress: null });
  });
});

describe('recent trend', () => {
  it('judges the last change by the indicator direction', () => {
    expect(recentTrend(IndicatorDirection.DOWN_IS_BETTER, [40, 35, 33])).toBe(Trend.IMPROVING);
    expect(recentTrend(IndicatorDirection.UP_IS_BETTER, [40, 35, 33])).toBe(Trend.WORSENING);
    expect(recentTrend(IndicatorDirection.UP_IS_BETTER, [5, 5])).toBe(Trend.STEADY);
    expect(recentTrend(IndicatorDirection.UP_IS_BETTER, [5])).toBeNull();
  });
});
