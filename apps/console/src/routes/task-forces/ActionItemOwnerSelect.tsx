import { useIntl } from 'react-intl';
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
 * current member organisation, grouped so a contact's organisation is plain.
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
  const staff = new Map([[taskForce.leadOfficer.id, taskForce.leadOfficer.name]]);
  for (const s of taskForce.staffMembers) if (!s.leftOn) staff.set(s.staffUser.id, s.staffUser.name);
  const contacts = new Set(taskForce.members.filter((m) => !m.leftOn).flatMap((m) => m.contacts.map((c) => `contact:${c.id}`)));
  const keep = current && !staff.has(current.value.replace(/^staff:/, '')) && !contacts.has(current.value) ? current : null;
  return (
    <select className="usa-select" {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{intl.formatMessage(tf.chooseOne)}</option>
      {keep && <option value={keep.value}>{intl.formatMessage(tf.ownerNow, { name: keep.name })}</option>}
      <optgroup label={intl.formatMessage(tf.staffGroup)}>
        {[...staff].map(([id, name]) => (
          <option key={id} value={`staff:${id}`}>
            {name}
          </option>
        ))}
      </optgroup>
      {taskForce.members
        .filter((m) => !m.leftOn && m.contacts.length > 0)
        .map((m) => (
          <optgroup key={m.id} label={intl.formatMessage(tf.contactsGroup, { organisation: m.organisation.name })}>
            {m.contacts.map((contact) => (
              <option key={contact.id} value={`contact:${contact.id}`}>
                {contact.name}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  );
}
