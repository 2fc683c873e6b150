import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Form, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import { type FormEvent, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useShell } from '../../../app/AgencyContext';
import { common } from '../../../components/common.messages';
import type { ConcernPriority } from '../../../graphql/generated/graphql';
import { type Problem, describeProblem } from '../../../graphql/problem';
import { CONCERN_PRIORITIES, forumLabels } from '../forum-labels.messages';
import { CompleteForumChoicesQuery, CompleteForumMutation } from './forum-detail.graphql';
import { forumDetailMessages as m } from './forum-detail.messages';
import { fieldErrors } from './forum-problems';
import { type ActionDialogProps, DialogButtons, closeDialog, useFocusFirstInvalid } from './ForumActionDialogs';
import { DialogProblem, ForumDialog } from './ForumDialog';
import { ForumField } from './ForumField';

interface ConcernDraft {
  key: number;
  topic: string;
  description: string;
  neighbourhood: string;
  priority: ConcernPriority;
}

/** The completion report: attendance, organisations represented, summary, minutes and community concerns. */
export function CompleteForumDialog({ forum, modalRef, onDone, opened }: ActionDialogProps & { opened: boolean }) {
  const intl = useIntl();
  const { agency } = useShell();
  const [complete, { loading }] = useMutation(CompleteForumMutation);
  const [search, setSearch] = useState('');
  const text = useDeferredValue(search.trim());
  const choices = useQuery(CompleteForumChoicesQuery, { variables: { forumId: forum.id, text: text || undefined }, skip: !opened });
  const shown = choices.data ?? choices.previousData;
  const [attendance, setAttendance] = useState('');
  const [chosen, setChosen] = useState<Map<string, string> | null>(null);
  const [summary, setSummary] = useState('');
  const [minutes, setMinutes] = useState('');
  const [concerns, setConcerns] = useState<ConcernDraft[]>([]);
  const nextKey = useRef(1);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attendanceMissing, setAttendanceMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(problem, intl);
  useFocusFirstInvalid(form, problem ?? (attendanceMissing || null));

  // Organisations whose delegates were checked in at the door start out chosen.
  useEffect(() => {
    if (chosen || !shown) return;
    const present = new Set(shown.invitationSummary.presentOrganisationIds);
    setChosen(new Map(shown.organisations.edges.filter((e) => present.has(e.node.id)).map((e) => [e.node.id, e.node.name])));
  }, [shown, chosen]);

  const picked = chosen ?? new Map<string, string>();
  function toggle(id: string, name: string, on: boolean) {
    const next = new Map(picked);
    if (on) next.set(id, name);
    else next.delete(id);
    setChosen(next);
  }
  function updateConcern(key: number, change: Partial<ConcernDraft>) {
    setConcerns((list) => list.map((c) => (c.key === key ? { ...c, ...change } : c)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const count = Number(attendance);
    const bad = attendance.trim() === '' || !Number.isInteger(count) || count < 0;
    setAttendanceMissing(bad);
    setProblem(null);
    if (bad) return;
    try {
      await complete({
        variables: {
          id: forum.id,
          input: {
            attendanceCount: count,
            organisationIds: [...picked.keys()],
            summary: summary.trim() || undefined,
            minutes: minutes.trim() || undefined,
            concerns: concerns.map((c) => ({ topic: c.topic, description: c.description, neighbourhood: c.neighbourhood || undefined, priority: c.priority })),
          },
        },
      });
      closeDialog(modalRef);
      onDone(intl.formatMessage(m.completed));
    } catch (error) {
      setProblem(describeProblem(error));
    }
  }

  const options = shown?.organisations.edges.map((e) => e.node) ?? [];
  return (
    <ForumDialog modalRef={modalRef} id="complete-forum" heading={intl.formatMessage(m.completeTitle)} description={intl.formatMessage(m.completeBody, { title: forum.title })}>
      <DialogProblem problem={problem} />
      <Form ref={form} onSubmit={(e) => void submit(e)} className="maxw-full" noValidate>
        <ForumField
          id="complete-attendance"
          label={intl.formatMessage(m.attendanceLabel)}
          hint={shown ? intl.formatMessage(m.attendanceHint, { count: shown.invitationSummary.presentHeadcount }) : undefined}
          error={attendanceMissing ? intl.formatMessage(m.attendanceMissing) : errors.attendanceCount}
        >
          {(props) => (
            <TextInput {...props} type="number" name="attendance" min={0} inputMode="numeric" data-focus value={attendance} onChange={(e) => setAttendance(e.target.value)} validationStatus={props['aria-invalid'] ? 'error' : undefined} />
          )}
        </ForumField>
        <Fieldset legend={intl.formatMessage(m.organisationsLegend)} className="margin-top-3">
          <ForumField id="complete-organisation-search" label={intl.formatMessage(m.organisationsSearch)} hint={intl.formatMessage(m.organisationsChosen, { count: picked.size })} error={errors.organisationIds}>
            {(props) => <TextInput {...props} type="search" name="organisationSearch" value={search} onChange={(e) => setSearch(e.target.value)} />}
          </ForumField>
          {[...picked].filter(([id]) => !options.some((o) => o.id === id)).map(([id, name]) => (
            <Checkbox key={id} id={`complete-org-${id}`} name="organisations" label={name} checked onChange={(e) => toggle(id, name, e.target.checked)} />
          ))}
          {options.map((o) => (
            <Checkbox key={o.id} id={`complete-org-${o.id}`} name="organisations" label={o.name} checked={picked.has(o.id)} onChange={(e) => toggle(o.id, o.name, e.target.checked)} />
          ))}
          {shown && options.length === 0 && <p>{intl.formatMessage(m.organisationsNone)}</p>}
        </Fieldset>
        <ForumField id="complete-summary" label={intl.formatMessage(m.summaryLabel)} error={errors.summary}>
          {(props) => <Textarea {...props} name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} />}
        </ForumField>
        <ForumField id="complete-minutes" label={intl.formatMessage(m.minutesLabel)} error={errors.minutes}>
          {(props) => <Textarea {...props} name="minutes" value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </ForumField>
        <Fieldset legend={intl.formatMessage(m.concernsLegend)} className="margin-top-3">
          {concerns.map((c, i) => (
            <Fieldset key={c.key} legend={intl.formatMessage(m.concernLegend, { number: i + 1 })} className="border-1px border-base-lighter padding-2 margin-top-2">
              <ForumField id={`concern-${c.key}-topic`} label={intl.formatMessage(m.concernTopicLabel)} hint={intl.formatMessage(m.concernTopicHint)} error={errors[`concerns.${i}.topic`]}>
                {(props) => <TextInput {...props} type="text" name={`concern-${c.key}-topic`} value={c.topic} onChange={(e) => updateConcern(c.key, { topic: e.target.value })} />}
              </ForumField>
              <ForumField id={`concern-${c.key}-description`} label={intl.formatMessage(m.concernDescriptionLabel)} error={errors[`concerns.${i}.description`]}>
                {(props) => <Textarea {...props} name={`concern-${c.key}-description`} value={c.description} onChange={(e) => updateConcern(c.key, { description: e.target.value })} />}
              </ForumField>
              <ForumField id={`concern-${c.key}-neighbourhood`} label={intl.formatMessage(m.concernNeighbourhoodLabel)} error={errors[`concerns.${i}.neighbourhood`]}>
                {(props) => (
                  <Select {...props} name={`concern-${c.key}-neighbourhood`} value={c.neighbourhood} onChange={(e) => updateConcern(c.key, { neighbourhood: e.target.value })}>
                    <option value="">{intl.formatMessage(common.none)}</option>
                    {agency.neighbourhoods.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </Select>
                )}
              </ForumField>
              <ForumField id={`concern-${c.key}-priority`} label={intl.formatMessage(m.concernPriorityLabel)} error={errors[`concerns.${i}.priority`]}>
                {(props) => (
                  <Select {...props} name={`concern-${c.key}-priority`} value={c.priority} onChange={(e) => updateConcern(c.key, { priority: e.target.value as ConcernPriority })}>
                    {CONCERN_PRIORITIES.map((p) => (
                      <option key={p} value={p}>
                        {intl.formatMessage(forumLabels[p])}
                      </option>
                    ))}
                  </Select>
                )}
              </ForumField>
              <Button type="button" unstyled className="margin-top-2" onClick={() => setConcerns((list) => list.filter((x) => x.key !== c.key))}>
                {intl.formatMessage(m.removeConcern, { number: i + 1 })}
              </Button>
            </Fieldset>
          ))}
          <Button
            type="button"
            outline
            className="margin-top-2"
            onClick={() => {
              const key = nextKey.current++;
              setConcerns((list) => [...list, { key, topic: '', description: '', neighbourhood: '', priority: 'MEDIUM' }]);
              // Focus the new concern's first field once it is on screen.
              setTimeout(() => document.getElementById(`concern-${key}-topic`)?.focus(), 0);
            }}
          >
            {intl.formatMessage(m.addConcern)}
          </Button>
        </Fieldset>
        <DialogButtons modalRef={modalRef} submit={intl.formatMessage(m.completeConfirm)} busy={loading} />
      </Form>
    </ForumDialog>
  );
}
