import { useMutation, useQuery } from '@apollo/client/react';
import { type ModalRef, ModalToggleButton } from '@trussworks/react-uswds';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { FilterActions } from '../../components/ListResults';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchPicker } from '../../components/SearchPicker';
import { useUrlFilters } from '../../components/useUrlFilters';
import type { ActionItemFieldsFragment, ActionItemStatus } from '../../graphql/generated/graphql';
import { ChangeActionItemStatusMutation, SendActionItemLinkMutation, TaskForceActionsQuery as ActionsQuery } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { AddActionItemForm } from './AddActionItemForm';
import { EditActionItemDialog, ownerValue } from './EditActionItemDialog';
import { Field, Notice, TaskForceScreen, formatDay, useCanWrite, useSubmit, useTaskForceId } from './task-forces-ui';

export const ITEM_STATUSES: ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE'];
const KEYS = ['owner', 'status', 'due', 'overdue'] as const;


/** `/task-forces/:id/actions`: action items with filters in the URL, quick status changes and the partner's status link. */
export default function ActionsPage() {
  const intl = useIntl();
  const id = useTaskForceId();
  const canWrite = useCanWrite();
  const { filters, setFilters } = useUrlFilters(KEYS);
  const { data, error, refetch } = useQuery(ActionsQuery, {
    variables: { id, filter: { status: (filters.status || undefined) as ActionItemStatus | undefined } },
    fetchPolicy: 'cache-and-network',
  });
  const [draft, setDraft] = useState(filters);
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSubmit();
  const [changeStatus] = useMutation(ChangeActionItemStatusMutation);
  const [sendLink] = useMutation(SendActionItemLinkMutation);
  const [chosen, setChosen] = useState<Record<string, ActionItemStatus>>({});
  const editRef = useRef<ModalRef>(null);
  const [editing, setEditing] = useState<ActionItemFieldsFragment | null>(null);
  const ownerName = (item: ActionItemFieldsFragment) =>
    item.ownerStaff ? item.ownerStaff.name : intl.formatMessage(tf.ownerContact, { name: item.ownerContact?.name ?? '' });

  // The owners of the task force's items, one option each (the same list across renders: the picker narrows it by what is typed).
  const actionItems = data?.taskForce.actionItems;
  const ownerOptions = useMemo(() => {
    const owners = new Map<string, string>();
    for (const item of actionItems ?? []) owners.set(ownerValue(item), ownerName(item));
    return [...owners].map(([value, label]) => ({ value, label }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actionItems, intl]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <TaskForceScreen page={intl.formatMessage(tf.tabActions)} data={data} error={error}>
      {(d) => {
        const open = canWrite && d.taskForce.status !== 'CLOSED';
        const items = d.taskForce.actionItems.filter(
          (item) => (!filters.owner || ownerValue(item) === filters.owner) && (!filters.due || item.dueOn <= filters.due) && (!filters.overdue || item.overdue),
        );
        return (
          <>
            <form onSubmit={apply} className="usa-form maxw-none margin-bottom-3">
              <fieldset className="usa-fieldset">
                <legend className="usa-legend">{intl.formatMessage(tf.filtersActions)}</legend>
                <div className="grid-row grid-gap flex-align-end">
                  <div className="tablet:grid-col-3">
                    <Field id="tf-f-owner" label={intl.formatMessage(tf.ownerFilter)}>
                      {(c) => (
                        <SearchPicker
                          id={c.id}
                          name="owner"
                          labelId={`${c.id}-label`}
                          value={draft.owner}
                          options={ownerOptions}
                          onChange={(owner) => setDraft((x) => ({ ...x, owner }))}
                        />
                      )}
                    </Field>
                  </div>
                  <div className="tablet:grid-col-3">
                    <Field id="tf-f-status" label={intl.formatMessage(tf.colStatus)}>
                      {(c) => (
                        <select className="usa-select" {...c} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
                          <option value="">{intl.formatMessage(tf.chooseOne)}</option>
                          {ITEM_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {intl.formatMessage(tf[`item_${s}`])}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <div className="tablet:grid-col-3">
                    <Field id="tf-f-due" label={intl.formatMessage(tf.dueBefore)}>
                      {(c) => <input className="usa-input" type="date" {...c} value={draft.due} onChange={(e) => setDraft({ ...draft, due: e.target.value })} />}
                    </Field>
                  </div>
                  <div className="tablet:grid-col-3">
                    <div className="usa-checkbox margin-top-3">
                      <input className="usa-checkbox__input" type="checkbox" id="tf-f-overdue" checked={draft.overdue === '1'} onChange={(e) => setDraft({ ...draft, overdue: e.target.checked ? '1' : '' })} />
                      <label className="usa-checkbox__label" htmlFor="tf-f-overdue">
                        {intl.formatMessage(tf.overdueOnly)}
                      </label>
                    </div>
                  </div>
                </div>
                <FilterActions
                  onClear={() => {
                    const none = { owner: '', status: '', due: '', overdue: '' };
                    setDraft(none);
                    setFilters(none);
                  }}
                />
              </fieldset>
            </form>
            <Notice message={notice} />
            <ProblemAlert problem={act.problem} />
            <p role="status">{intl.formatMessage(tf.itemCount, { count: items.length })}</p>
            {items.length === 0 ? (
              <p>{intl.formatMessage(tf.noItems)}</p>
            ) : (
              <div className="console-table-wrap">
                <table className="usa-table width-full">
                  <caption>{intl.formatMessage(tf.actionsCaption)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{intl.formatMessage(tf.colTitle)}</th>
                      <th scope="col">{intl.formatMessage(tf.colOwner)}</th>
                      <th scope="col">{intl.formatMessage(tf.colDue)}</th>
                      <th scope="col">{intl.formatMessage(tf.colStatus)}</th>
                      {open && <th scope="col">{intl.formatMessage(tf.colActions)}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.id}>
                        <th scope="row">
                          {item.title}
                          {item.notes && <div className="text-base-dark text-normal">{item.notes}</div>}
                        </th>
                        <td>{ownerName(item)}</td>
                        <td>
                          {formatDay(intl, item.dueOn)}
                          {item.overdue && <span className="usa-tag bg-secondary-dark margin-left-1">{intl.formatMessage(tf.overdue)}</span>}
                        </td>
                        <td>{intl.formatMessage(tf[`item_${item.status}`])}</td>
                        {open && (
                          <td>
                            <ModalToggleButton
                              modalRef={editRef}
                              opener
                              outline
                              className="usa-button--small margin-bottom-1"
                              aria-label={intl.formatMessage(tf.editItemFor, { title: item.title })}
                              onClick={() => setEditing(item)}
                            >
                              {intl.formatMessage(tf.editItem)}
                            </ModalToggleButton>
                            <label className="usa-sr-only" htmlFor={`tf-st-${item.id}`}>
                              {intl.formatMessage(tf.newStatusFor, { title: item.title })}
                            </label>
                            <select className="usa-select usa-select--small" id={`tf-st-${item.id}`} value={chosen[item.id] ?? item.status} onChange={(e) => setChosen({ ...chosen, [item.id]: e.target.value as ActionItemStatus })}>
                              {ITEM_STATUSES.map((s) => (
                                <option key={s} value={s}>
                                  {intl.formatMessage(tf[`item_${s}`])}
                                </option>
                              ))}
                            </select>
                            <button
                              type="button"
                              className="usa-button usa-button--outline usa-button--small margin-top-1"
                              aria-label={intl.formatMessage(tf.changeStatusFor, { title: item.title })}
                              disabled={act.busy || (chosen[item.id] ?? item.status) === item.status}
                              onClick={() =>
                                void act.run(async () => {
                                  const status = chosen[item.id];
                                  await changeStatus({ variables: { id: item.id, status } });
                                  await refetch();
                                  setNotice(intl.formatMessage(tf.statusChangedItem, { title: item.title, status: intl.formatMessage(tf[`item_${status}`]) }));
                                })
                              }
                            >
                              {intl.formatMessage(tf.changeStatus)}
                            </button>
                            {item.ownerContact && item.status !== 'DONE' && (
                              <button
                                type="button"
                                className="usa-button usa-button--unstyled margin-top-1"
                                aria-label={intl.formatMessage(tf.sendLink, { name: item.ownerContact.name, title: item.title })}
                                disabled={act.busy}
                                onClick={() =>
                                  void act.run(async () => {
                                    await sendLink({ variables: { id: item.id } });
                                    setNotice(intl.formatMessage(tf.linkSent, { title: item.title, name: item.ownerContact?.name ?? '' }));
                                  })
                                }
                              >
                                {intl.formatMessage(tf.sendLinkShort)}
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {open && (
              <EditActionItemDialog
                modalRef={editRef}
                item={editing}
                taskForce={d.taskForce}
                onSaved={async (title) => {
                  await refetch();
                  setNotice(intl.formatMessage(tf.itemSaved, { title }));
                }}
              />
            )}
            {open && <AddActionItemForm data={d} onAdded={async (title) => { await refetch(); setNotice(intl.formatMessage(tf.itemAdded, { title })); }} />}
          </>
        );
      }}
    </TaskForceScreen>
  );
}

