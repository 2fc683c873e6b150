import { useMutation } from '@apollo/client/react';
import { Modal, ModalHeading, type ModalRef } from '@trussworks/react-uswds';
import { type FormEvent, type RefObject, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../components/common.messages';
import { DialogButtons } from '../../components/DialogButtons';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ActionItemFieldsFragment, TaskForceActionsQuery } from '../../graphql/generated/graphql';
import { ActionItemOwnerSelect, ownerInput } from './ActionItemOwnerSelect';
import { UpdateActionItemMutation } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { Field, useSubmit } from './task-forces-ui';

const DIALOG_ID = 'tf-edit-item';

export const ownerValue = (item: ActionItemFieldsFragment) => (item.ownerStaff ? `staff:${item.ownerStaff.id}` : `contact:${item.ownerContact?.id ?? ''}`);

/**
 * One dialog for the whole table: a row's "Edit" button fills it with that item and opens it.
 * Focus goes to the title, and back to the row's button when the dialog closes.
 */
export function EditActionItemDialog({
  modalRef,
  item,
  taskForce,
  onSaved,
}: {
  modalRef: RefObject<ModalRef | null>;
  item: ActionItemFieldsFragment | null;
  taskForce: TaskForceActionsQuery['taskForce'];
  onSaved: (title: string) => Promise<void>;
}) {
  const intl = useIntl();
  const closeLabel = intl.formatMessage(common.close);
  // The library names its close button in English; ours comes from the catalog.
  useEffect(() => {
    document.getElementById(DIALOG_ID)?.querySelector('.usa-modal__close')?.setAttribute('aria-label', closeLabel);
  }, [closeLabel]);
  return (
    <Modal ref={modalRef} id={DIALOG_ID} aria-labelledby={`${DIALOG_ID}-heading`} aria-describedby={`${DIALOG_ID}-description`} isLarge>
      <ModalHeading id={`${DIALOG_ID}-heading`}>{item ? intl.formatMessage(tf.editItemTitle, { title: item.title }) : intl.formatMessage(tf.editItemHeading)}</ModalHeading>
      <p id={`${DIALOG_ID}-description`}>{intl.formatMessage(tf.editItemBody)}</p>
      {item && <EditActionItemForm key={item.id} modalRef={modalRef} item={item} taskForce={taskForce} onSaved={onSaved} />}
    </Modal>
  );
}

function EditActionItemForm({
  modalRef,
  item,
  taskForce,
  onSaved,
}: {
  modalRef: RefObject<ModalRef | null>;
  item: ActionItemFieldsFragment;
  taskForce: TaskForceActionsQuery['taskForce'];
  onSaved: (title: string) => Promise<void>;
}) {
  const intl = useIntl();
  const [update] = useMutation(UpdateActionItemMutation);
  const { problem, busy, run, fields } = useSubmit();
  const owner = ownerValue(item);
  const [v, setV] = useState({ title: item.title, dueOn: item.dueOn, owner, notes: item.notes ?? '' });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((o) => ({ ...o, [k]: e.target.value }));
  const ownerName = item.ownerStaff?.name ?? item.ownerContact?.name ?? '';

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      // The owner is sent only when it changed: an owner who has since left may keep what they hold.
      const input = { title: v.title, dueOn: v.dueOn, notes: v.notes, ...(v.owner !== owner ? ownerInput(v.owner) : {}) };
      await update({ variables: { id: item.id, input } });
      modalRef.current?.toggleModal(undefined, false);
      await onSaved(v.title);
    });
  }

  return (
    <form className="usa-form maxw-none" onSubmit={submit} noValidate>
      <ProblemAlert problem={problem} />
      <Field id="tf-edit-title" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.itemTitle) })} error={fields.title}>
        {(c) => <input className="usa-input" type="text" data-focus {...c} value={v.title} onChange={set('title')} />}
      </Field>
      <Field id="tf-edit-due" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.dueOn) })} error={fields.dueOn}>
        {(c) => <input className="usa-input usa-input--medium" type="date" {...c} value={v.dueOn} onChange={set('dueOn')} />}
      </Field>
      <Field id="tf-edit-owner" label={intl.formatMessage(tf.required, { label: intl.formatMessage(tf.owner) })} hint={intl.formatMessage(tf.ownerHint)} error={fields.owner ?? fields.ownerContactId ?? fields.ownerStaffId}>
        {(c) => <ActionItemOwnerSelect taskForce={taskForce} control={c} value={v.owner} current={{ value: owner, name: ownerName }} onChange={(o) => setV((x) => ({ ...x, owner: o }))} />}
      </Field>
      <Field id="tf-edit-notes" label={intl.formatMessage(tf.notes)} error={fields.notes}>
        {(c) => <textarea className="usa-textarea" {...c} value={v.notes} onChange={set('notes')} />}
      </Field>
      <DialogButtons modalRef={modalRef} submit={intl.formatMessage(tf.saveItem)} busy={busy} />
    </form>
  );
}
