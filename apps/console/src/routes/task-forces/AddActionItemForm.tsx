import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TaskForceActionsQuery } from '../../graphql/generated/graphql';
import { ActionItemOwnerSelect, ownerInput } from './ActionItemOwnerSelect';
import { CreateActionItemMutation } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { Field, useSubmit } from './task-forces-ui';

/** A new action item: owned by the lead, a current staff member, or a designated contact of a current member organisation. */
export function AddActionItemForm({ data, onAdded }: { data: TaskForceActionsQuery; onAdded: (title: string) => Promise<void> }) {
  const intl = useIntl();
  const t = data.taskForce;
  const [create] = useMutation(CreateActionItemMutation);
  const { problem, busy, run, fields } = useSubmit();
  const [v, setV] = useState({ title: '', dueOn: '', owner: '', objectiveId: '', notes: '' });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((o) => ({ ...o, [k]: e.target.value }));
  const objectives = t.problems.flatMap((p) => p.objectives);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await create({
        variables: {
          taskForceId: t.id,
          input: {
            title: v.title,
            dueOn: v.dueOn,
            notes: v.notes,
            objectiveId: v.objectiveId || null,
            ...ownerInput(v.owner),
          },
        },
      });
      setV({ title: '', dueOn: '', owner: '', objectiveId: '', notes: '' });
      await onAdded(v.title);
    });
  }

  return (
    <form className="usa-form maxw-tablet margin-top-4" onSubmit={submit} noValidate>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend usa-legend--large">{intl.formatMessage(tf.addItemHeading)}</legend>
        <ProblemAlert problem={problem} />
        <Field id="tf-item-title" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.itemTitle) })} error={fields.title}>
          {(c) => <input className="usa-input" type="text" {...c} value={v.title} onChange={set('title')} />}
        </Field>
        <Field id="tf-item-due" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.dueOn) })} error={fields.dueOn}>
          {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={v.dueOn} onChange={set('dueOn')} />}
        </Field>
        <Field id="tf-item-owner" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.owner) })} hint={intl.formatMessage(tf.ownerHint)} error={fields.owner ?? fields.ownerContactId ?? fields.ownerStaffId}>
          {(c) => <ActionItemOwnerSelect taskForce={t} control={c} value={v.owner} onChange={(owner) => setV((o) => ({ ...o, owner }))} />}
        </Field>
        {objectives.length > 0 && (
          <Field id="tf-item-objective" label={intl.formatMessage(tf.objective)} error={fields.objectiveId}>
            {(c) => (
              <select className="usa-select" {...c} value={v.objectiveId} onChange={set('objectiveId')}>
                <option value="">{intl.formatMessage(tf.noObjective)}</option>
                {objectives.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="tf-item-notes" label={intl.formatMessage(tf.notes)} error={fields.notes}>
          {(c) => <textarea className="usa-textarea" {...c} value={v.notes} onChange={set('notes')} />}
        </Field>
        <button type="submit" className="usa-button margin-top-2" disabled={busy}>
          {intl.formatMessage(tf.addItem)}
        </button>
      </fieldset>
    </form>
  );
}
