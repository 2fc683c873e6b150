import { type ReactNode, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, NavLink, useParams } from 'react-router';
import { useShell } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TaskForceHeaderFragment } from '../../graphql/generated/graphql';
import { describeProblem, type Problem } from '../../graphql/problem';
import { tf } from './task-forces.messages';
import './task-forces.css';

/** The task force these pages show, from the route. */
export function useTaskForceId(): string {
  return useParams().id ?? '';
}

/** Analysts read; the actions they may not take are not offered. */
export function useCanWrite(): boolean {
  return useShell().me.role !== 'ANALYST';
}

/** Today (YYYY-MM-DD) in the agency's time zone. */
export function todayIn(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A calendar day (YYYY-MM-DD) in words; noon UTC keeps it the same day everywhere. */
export function formatDay(intl: IntlShape, day: string): string {
  return intl.formatDate(`${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
}

export function focusLabel(intl: IntlShape, t: Pick<TaskForceHeaderFragment, 'focusIssue' | 'focusIssueOther'>): string {
  return t.focusIssue === 'OTHER' && t.focusIssueOther ? t.focusIssueOther : intl.formatMessage(tf[`focus_${t.focusIssue}`]);
}

const TABS = [
  ['', tf.tabWorkspace],
  ['members', tf.tabMembers],
  ['meetings', tf.tabMeetings],
  ['problems', tf.tabProblems],
  ['objectives', tf.tabObjectives],
  ['actions', tf.tabActions],
  ['report', tf.tabReport],
] as const;

/** Every task-force page: the h1 names the page and the task force, then its status and the links between its pages. */
export function TaskForceFrame({ taskForce, page, children }: { taskForce: TaskForceHeaderFragment; page: string; children: ReactNode }) {
  const intl = useIntl();
  const base = `/task-forces/${taskForce.id}`;
  return (
    <>
      <PageHeading title={`${page} · ${taskForce.name}`}>
        {page}
        <span className="usa-sr-only">{' · '}</span>
        <span className="display-block font-sans-md text-normal">{taskForce.name}</span>
      </PageHeading>
      <p className="margin-y-1">
        {intl.formatMessage(tf.frameSummary, {
          focus: focusLabel(intl, taskForce),
          status: intl.formatMessage(tf[`status_${taskForce.status}`]),
          startsOn: formatDay(intl, taskForce.startsOn),
        })}
        {' · '}
        <Link to="/task-forces">{intl.formatMessage(tf.backToList)}</Link>
      </p>
      <nav aria-label={intl.formatMessage(tf.tabs)} className="no-print">
        <ul className="console-tabs">
          {TABS.map(([path, label]) => (
            <li key={path}>
              <NavLink to={path ? `${base}/${path}` : base} end>
                {intl.formatMessage(label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ReadOnlyNote />
      {children}
    </>
  );
}

function ReadOnlyNote() {
  const intl = useIntl();
  if (useCanWrite()) return null;
  return <p className="text-base-dark no-print">{intl.formatMessage(tf.readOnly)}</p>;
}

/** A page's first paint: the problem, loading, or the frame around the page's content. */
export function TaskForceScreen<T extends { taskForce: TaskForceHeaderFragment }>({
  page,
  data,
  error,
  children,
}: {
  page: string;
  data: T | undefined;
  error: unknown;
  children: (data: T) => ReactNode;
}) {
  const intl = useIntl();
  if (!data) {
    if (!error) return <Loading />;
    return (
      <>
        <PageHeading title={page}>{page}</PageHeading>
        <ProblemAlert problem={describeProblem(error)} />
        <Link to="/task-forces">{intl.formatMessage(tf.backToList)}</Link>
      </>
    );
  }
  return (
    <TaskForceFrame taskForce={data.taskForce} page={page}>
      {children(data)}
    </TaskForceFrame>
  );
}

/** What a form sends: the API's problem (shown beside its fields) and a success message (announced). */
export function useSubmit() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      setProblem(null);
      return true;
    } catch (error) {
      setProblem(describeProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { problem, busy, run, fields: problem?.fields ?? {} };
}

/** A polite status region, present before its message so screen readers announce it. */
export function Notice({ message }: { message: string | null }) {
  return (
    <div role="status" className="no-print">
      {message && (
        <div className="usa-alert usa-alert--success usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message}</p>
          </div>
        </div>
      )}
    </div>
  );
}

export interface FieldControl {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A labelled field with its hint and the API's message for it. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (control: FieldControl) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {hint && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
