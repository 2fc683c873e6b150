import { Checkbox, Radio, Select, TextInput } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { type Ending, type Every, ORDINALS, type Pattern, WEEKDAYS, type Weekday, weekdayDate } from './pattern';
import { SeriesChoiceGroup, SeriesField } from './SeriesField';
import { seriesMessages as m } from './series.messages';

export type PatternErrors = Partial<Record<'recurrenceRule' | 'weekdays' | 'until' | 'count' | 'startDate' | 'startTime', string>>;

/** The day's name in the user's language, from the locale formatter. */
export function useWeekdayName() {
  const intl = useIntl();
  return (day: Weekday) => intl.formatDate(weekdayDate(day), { weekday: 'long', timeZone: 'UTC' });
}

/**
 * "Every [week | 2 weeks | month] on [days] / on the [second] [Tuesday] of the month, at [time],
 * starting [date], ending [never | on a date | after N times]". `prefix` keeps ids unique
 * when two forms are on one page.
 */
export function PatternFields({
  prefix,
  pattern,
  onPattern,
  startDate,
  onStartDate,
  startTime,
  onStartTime,
  errors,
  fixedStartDate,
}: {
  prefix: string;
  pattern: Pattern;
  onPattern: (pattern: Pattern) => void;
  startDate: string;
  onStartDate?: (value: string) => void;
  startTime: string;
  onStartTime: (value: string) => void;
  errors: PatternErrors;
  /** "This and following": the start is the chosen forum's date, not asked. */
  fixedStartDate?: boolean;
}) {
  const intl = useIntl();
  const dayName = useWeekdayName();
  const set = (patch: Partial<Pattern>) => onPattern({ ...pattern, ...patch });
  const everyOptions: Every[] = ['WEEK', 'TWO_WEEKS', 'MONTH'];
  const endings: Ending[] = ['NEVER', 'ON_DATE', 'AFTER'];
  return (
    <>
      <SeriesChoiceGroup id={`${prefix}-every`} legend={intl.formatMessage(m.every)} error={errors.recurrenceRule}>
        {everyOptions.map((every) => (
          <Radio
            key={every}
            id={`${prefix}-every-${every}`}
            name={`${prefix}-every`}
            value={every}
            checked={pattern.every === every}
            onChange={() => set({ every })}
            label={intl.formatMessage(m[`every${every}`])}
          />
        ))}
      </SeriesChoiceGroup>
      {pattern.every === 'MONTH' ? (
        <SeriesChoiceGroup id={`${prefix}-month-day`} legend={intl.formatMessage(m.onThe)}>
          <div className="display-flex flex-wrap flex-align-end">
            <div className="margin-right-2">
              <SeriesField id={`${prefix}-ordinal`} label={intl.formatMessage(m.ordinal)}>
                {(props) => (
                  <Select {...props} name="ordinal" value={String(pattern.ordinal)} onChange={(e) => set({ ordinal: Number(e.target.value) })}>
                    {ORDINALS.map((n) => (
                      <option key={n} value={n}>
                        {intl.formatMessage(m.ordinalName, { n: String(n) })}
                      </option>
                    ))}
                  </Select>
                )}
              </SeriesField>
            </div>
            <div className="margin-right-2">
              <SeriesField id={`${prefix}-month-weekday`} label={intl.formatMessage(m.monthWeekday)}>
                {(props) => (
                  <Select {...props} name="monthWeekday" value={pattern.monthWeekday} onChange={(e) => set({ monthWeekday: e.target.value as Weekday })}>
                    {WEEKDAYS.map((d) => (
                      <option key={d} value={d}>
                        {dayName(d)}
                      </option>
                    ))}
                  </Select>
                )}
              </SeriesField>
            </div>
          </div>
        </SeriesChoiceGroup>
      ) : (
        <SeriesChoiceGroup id={`${prefix}-weekdays`} legend={intl.formatMessage(m.onDays)} error={errors.weekdays}>
          {WEEKDAYS.map((d) => (
            <Checkbox
              key={d}
              id={`${prefix}-day-${d}`}
              name={`${prefix}-weekdays`}
              value={d}
              label={dayName(d)}
              checked={pattern.weekdays.includes(d)}
              onChange={(e) => set({ weekdays: e.target.checked ? [...pattern.weekdays, d] : pattern.weekdays.filter((x) => x !== d) })}
            />
          ))}
        </SeriesChoiceGroup>
      )}
      <SeriesField id={`${prefix}-start-time`} label={intl.formatMessage(m.startTime)} error={errors.startTime}>
        {(props) => <input className="usa-input" {...props} name="startTime" type="time" value={startTime} onChange={(e) => onStartTime(e.target.value)} />}
      </SeriesField>
      {!fixedStartDate && (
        <SeriesField id={`${prefix}-start-date`} label={intl.formatMessage(m.startDate)} error={errors.startDate}>
          {(props) => <input className="usa-input" {...props} name="startDate" type="date" value={startDate} onChange={(e) => onStartDate?.(e.target.value)} />}
        </SeriesField>
      )}
      <SeriesChoiceGroup id={`${prefix}-ending`} legend={intl.formatMessage(m.ending)}>
        {endings.map((ending) => (
          <Radio
            key={ending}
            id={`${prefix}-ending-${ending}`}
            name={`${prefix}-ending`}
            value={ending}
            checked={pattern.ending === ending}
            onChange={() => set({ ending })}
            label={intl.formatMessage(m[`ending${ending}`])}
          />
        ))}
      </SeriesChoiceGroup>
      {pattern.ending === 'ON_DATE' && (
        <SeriesField id={`${prefix}-until`} label={intl.formatMessage(m.until)} error={errors.until}>
          {(props) => <input className="usa-input" {...props} name="until" type="date" value={pattern.until} onChange={(e) => set({ until: e.target.value })} />}
        </SeriesField>
      )}
      {pattern.ending === 'AFTER' && (
        <SeriesField id={`${prefix}-count`} label={intl.formatMessage(m.count)} error={errors.count}>
          {(props) => <TextInput {...props} name="count" type="number" inputMode="numeric" min={1} value={pattern.count} onChange={(e) => set({ count: e.target.value })} />}
        </SeriesField>
      )}
    </>
  );
}
