import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { type PickerOption, SearchPicker } from '../../components/SearchPicker';
import type { TaskForceActionsQuery } from '../../graphql/generated/graphql';
import { tf } from './task-forces.messages';
import type { FieldControl } from './task-forces-ui';

/** `staff:<id>` or `contact:<id>`: the owner an action item's form chose. */
export function ownerInput(owner: string): { ownerStaffId: string | null; ownerContactId: string | null } {
  const [kind, id] = owner.split(':');
  return { ownerStaffId: kind === 'staff' ? id : null, ownerContactId: kind === 'contact' ? id : null };
}

/**
 * Who may own an action item: the lead, a current staff member, or a designated contact of a
 * current member organisation (named with it, so a contact's organisation is plain), found by typing.
 */
export function ActionItemOwnerSelect({
  taskForce,
  control,
  value,
  onChange,
  current,
}: {
  taskForce: TaskForceActionsQuery['taskForce'];
  control: FieldControl;
  value: string;
  onChange: (value: string) => void;
  /** An item's owner now, kept as a choice even when they have since left the task force. */
  current?: { value: string; name: string };
}) {
  const intl = useIntl();
  const options = useMemo(() => {
    const staff = new Map([[taskForce.leadOfficer.id, taskForce.leadOfficer.name]]);
    for (const s of taskForce.staffMembers) if (!s.leftOn) staff.set(s.staffUser.id, s.staffUser.name);
    const list: PickerOption[] = [...staff].map(([id, name]) => ({ value: `staff:${id}`, label: intl.formatMessage(tf.staffOwner, { name }) }));
    for (const m of taskForce.members.filter((m) => !m.leftOn)) {
      for (const contact of m.contacts) list.push({ value: `contact:${contact.id}`, label: intl.formatMessage(tf.contactOwner, { name: contact.name, organisation: m.organisation.name }) });
    }
    if (current && !list.some((o) => o.value === current.value)) list.unshift({ value: current.value, label: intl.formatMessage(tf.ownerNow, { name: current.name }) });
    return list;
  }, [taskForce, current?.value, current?.name, intl]);
  return <SearchPicker id={control.id} name="owner" labelId={`${control.id}-label`} value={value} options={options} onChange={(owner) => onChange(owner)} />;
}
