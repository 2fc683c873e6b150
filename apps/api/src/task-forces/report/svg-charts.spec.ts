import { barChart, lineChart } from './svg-charts';

describe('server-rendered SVG charts', () => {
  it('draws measurements as a path with baseline, target and plan lines, and describes itself for screen readers', () => {
    const svg = lineChart({
      title: 'Reports <script>',
      unit: 'reports',
      baseline: { on: '2026-01-01', value: 40 },
      target: { on: '2026-12-31', value: 20 },
      points: [
        { on: '2026-02-01', value: 38 },
        { on: '2026-03-01', value: 33 },
      ],
    }).value;
    expect(svg).toContain('<path class="measurements" d="M');
    expect(svg).toMatch(/class="baseline"[\s\S]*class="target"[\s\S]*class="plan"/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('latest 33');
    expect(svg).not.toContain('<script>');
  });

  it('draws one labelled bar per value', () => {
    const svg = barChart('Action items', [
      { label: 'Done on time', value: 3 },
      { label: 'Overdue', value: 1, color: '#a4161a' },
    ]).value;
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('Done on time');
    expect(svg).toContain('Action items: Done on time 3, Overdue 1.');
  });
});
