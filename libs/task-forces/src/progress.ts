import { registerEnumType } from '@nestjs/graphql';
import { IndicatorDirection } from './task-force.enums';
import { IsoDate, daysBetween } from './dates';

export enum TrackStatus {
  NO_DATA = 'NO_DATA',
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  OFF_TRACK = 'OFF_TRACK',
}
registerEnumType(TrackStatus, {
  name: 'IndicatorTrackStatus',
  description: 'ON_TRACK when progress is at least the share of time elapsed between baseline and target dates.',
});

export enum Trend {
  IMPROVING = 'IMPROVING',
  WORSENING = 'WORSENING',
  STEADY = 'STEADY',
}
registerEnumType(Trend, { name: 'IndicatorTrendDirection', description: 'How the latest measurement moved from the one before, judged by the indicator direction.' });

/** Whether the last measurement moved towards the target (null with fewer than two measurements). */
export function recentTrend(direction: IndicatorDirection, values: number[]): Trend | null {
  if (values.length < 2) return null;
  const change = values[values.length - 1] - values[values.length - 2];
  if (change === 0) return Trend.STEADY;
  return (change > 0) === (direction === IndicatorDirection.UP_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
}

export interface IndicatorShape {
  unit: string;
  baselineValue: number;
  baselineOn: IsoDate;
  targetValue: number;
  targetOn: IsoDate;
  direction: IndicatorDirection;
}

export interface Progress {
  latestValue: number | null;
  latestOn: IsoDate | null;
  /** (latest − baseline) / (target − baseline), unclamped; null without measurements. */
  rawProgress: number | null;
  /** rawProgress clamped to 0..1. */
  progress: number | null;
  /** Share of the time from baseline date to target date elapsed at the latest measurement, 0..1. */
  expectedProgress: number | null;
  status: TrackStatus;
  explanation: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/\.?0+$/, ''));

/**
 * How far the latest measurement has come from baseline towards target, and whether that
 * keeps pace with the time elapsed. The database guarantees the target lies on the better
 * side of the baseline, so one formula serves both directions.
 */
export function indicatorProgress(indicator: IndicatorShape, latest: { value: number; measuredOn: IsoDate } | null): Progress {
  if (!latest) {
    return { latestValue: null, latestOn: null, rawProgress: null, progress: null, expectedProgress: null, status: TrackStatus.NO_DATA, explanation: 'No measurements yet.' };
  }
  const span = indicator.targetValue - indicator.baselineValue;
  const rawProgress = (latest.value - indicator.baselineValue) / span;
  const progress = Math.min(1, Math.max(0, rawProgress));
  const totalDays = daysBetween(indicator.baselineOn, indicator.targetOn);
  const expectedProgress = Math.min(1, Math.max(0, daysBetween(indicator.baselineOn, latest.measuredOn) / totalDays));
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const moved = latest.value - indicator.baselineValue;
  let explanation: string;
  if (rawProgress > 1) {
    explanation = `${num(latest.value)}${unit} on ${latest.measuredOn} is beyond the target of ${num(indicator.targetValue)}${unit}: shown as 100%.`;
  } else if (rawProgress < 0) {
    explanation = `${num(latest.value)}${unit} on ${latest.measuredOn} has moved away from the target (baseline ${num(indicator.baselineValue)}${unit}): shown as 0%.`;
  } else {
    explanation = `${num(latest.value)}${unit} on ${latest.measuredOn}: moved ${num(Math.abs(moved))} of ${num(Math.abs(span))}${unit} from baseline ${num(indicator.baselineValue)} towards target ${num(indicator.targetValue)} (${pct(progress)}).`;
  }
  let status: TrackStatus;
  if (progress >= 1) status = TrackStatus.ACHIEVED;
  else if (progress >= expectedProgress) status = TrackStatus.ON_TRACK;
  else status = TrackStatus.OFF_TRACK;
  if (status !== TrackStatus.ACHIEVED) {
    explanation += ` ${pct(expectedProgress)} of the time to ${indicator.targetOn} had passed, so it is ${status === TrackStatus.ON_TRACK ? 'on track' : 'off track'}.`;
  }
  return { latestValue: latest.value, latestOn: latest.measuredOn, rawProgress, progress, expectedProgress, status, explanation };
}
