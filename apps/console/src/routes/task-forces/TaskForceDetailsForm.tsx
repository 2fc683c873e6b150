import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { useShell } from '../../app/AgencyContext';
import { StaffPicker } from '../../components/pickers';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { FocusIssue } from '../../graphql/generated/graphql';
import type { Problem } from '../../graphql/problem';
import { tf } from './task-forces.messages';
import { Field } from './task-forces-ui';

const FOCUS_ISSUES: FocusIssue[] = ['DRUG_ABUSE', 'GANG_VIOLENCE', 'HATE_CRIME', 'HUMAN_TRAFFICKING', 'MENTAL_HEALTH_CRISIS', 'YOUTH_SAFETY', 'OTHER'];

export interface TaskForceDetails {
  name: string;
  focusIssue: FocusIssue | '';
  focusIssueOther: string;
  leadOfficerId: string;
  startsOn: string;
  endsOn: string;
  charter: string;
  neighbourhoods: string[];
}

/** The input both createTaskForce and updateTaskForce take, from the form's draft. */
export function detailsInput(d: TaskForceDetails) {
  return {
    name: d.name,
    focusIssue: d.focusIssue as FocusIssue,
    focusIssueOther: d.focusIssue === 'OTHER' ? d.focusIssueOther : null,
    leadOfficerId: d.leadOfficerId,
    startsOn: d.startsOn,
    endsOn: d.endsOn || null,
    charter: d.charter,
    neighbourhoods: d.neighbourhoods,
  };
}

/** Name, focus, lead, dates, charter and neighbourhoods: starting a task force and editing it. */
export function TaskForceDetailsForm({ initial, submitLabel, problem, busy, onSubmit }: {
  initial: TaskForceDetails;
  submitLabel: string;
  problem: Problem | null;
  busy: boolean;
  onSubmit: (details: TaskForceDetails) => void;
}) {
  const intl = useIntl();
  const { agency } = useShell();
  const [d, setD] = useState(initial);
  const [focusMissing, setFocusMissing] = useState(false);
  const errors: Record<string, string> = { ...(problem?.fields ?? {}), ...(focusMissing ? { focusIssue: intl.formatMessage(tf.focusMissing) } : {}) };
  const set = (key: keyof TaskForceDetails) => (e: { target: { value: string } }) => setD((old) => ({ ...old, [key]: e.target.value }));
  const required = (label: string) => intl.formatMessage(tf.required, { label });

  function submit(event: FormEvent) {
    event.preventDefault();
    setFocusMissing(!d.focusIssue);
    if (d.focusIssue) onSubmit(d);
  }

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ProblemAlert problem={problem} />
      <Field id="tf-name" label={required(intl.formatMessage(tf.name))} error={errors.name}>
        {(c) => <input className="usa-input" type="text" {...c} value={d.name} onChange={set('name')} autoComplete="off" />}
      </Field>
      <Field id="tf-focus" label={required(intl.formatMessage(tf.focusIssue))} error={errors.focusIssue}>
        {(c) => (
          <select className="usa-select" {...c} value={d.focusIssue} onChange={set('focusIssue')}>
            <option value="">{intl.formatMessage(tf.chooseOne)}</option>
            {FOCUS_ISSUES.map((f) => (
              <option key={f} value={f}>
                {intl.formatMessage(tf[`focus_${f}`])}
              </option>
            ))}
          </select>
        )}
      </Field>
      {d.focusIssue === 'OTHER' && (
        <Field id="tf-focus-other" label={intl.formatMessage(tf.focusIssueOther)} hint={intl.formatMessage(tf.focusIssueOtherHint)} error={errors.focusIssueOther}>
          {(c) => <input className="usa-input" type="text" {...c} value={d.focusIssueOther} onChange={set('focusIssueOther')} />}
        </Field>
      )}
      <Field id="tf-lead" label={required(intl.formatMessage(tf.leadOfficer))} error={errors.leadOfficerId}>
        {(c) => <StaffPicker id={c.id} labelId={`${c.id}-label`} name="leadOfficerId" withoutRole="ANALYST" value={d.leadOfficerId} onChange={(leadOfficerId) => setD((old) => ({ ...old, leadOfficerId }))} />}
      </Field>
      <Field id="tf-starts" label={required(intl.formatMessage(tf.startsOn))} error={errors.startsOn}>
        {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={d.startsOn} onChange={set('startsOn')} />}
      </Field>
      <Field id="tf-ends" label={intl.formatMessage(tf.endsOn)} error={errors.endsOn}>
        {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={d.endsOn} onChange={set('endsOn')} />}
      </Field>
      <Field id="tf-charter" label={intl.formatMessage(tf.charter)} hint={intl.formatMessage(tf.charterHint)} error={errors.charter}>
        {(c) => <textarea className="usa-textarea" {...c} value={d.charter} onChange={set('charter')} />}
      </Field>
      {agency.neighbourhoods.length > 0 && (
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend">{intl.formatMessage(tf.neighbourhoods)}</legend>
          {errors.neighbourhoods && <span className="usa-error-message">{errors.neighbourhoods}</span>}
          {agency.neighbourhoods.map((n, i) => (
            <div className="usa-checkbox" key={n}>
              <input
                className="usa-checkbox__input"
                type="checkbox"
                id={`tf-hood-${i}`}
                checked={d.neighbourhoods.includes(n)}
                onChange={(e) => setD((old) => ({ ...old, neighbourhoods: e.target.checked ? [...old.neighbourhoods, n] : old.neighbourhoods.filter((x) => x !== n) }))}
              />
              <label className="usa-checkbox__label" htmlFor={`tf-hood-${i}`}>
                {n}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" className="usa-button margin-top-3" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
