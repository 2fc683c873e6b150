import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, Fieldset, Form, FormGroup, Label, Radio, Select, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { PromotionMode, RsvpSettingsFieldsFragment } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { InvitationsSettingsQuery, SetRsvpSettingsMutation } from './invitations.graphql';
import { inv } from './invitations.messages';
import { InvitationsFrame, useForumId } from './InvitationsFrame';
import { useCanWrite } from '../../app/AgencyContext';

type Unit = 'minutes' | 'hours' | 'days';
const MINUTES: Record<Unit, number> = { minutes: 1, hours: 60, days: 1_440 };
interface Duration {
  amount: string;
  unit: Unit;
}

/** A number of minutes in the largest unit that divides it (1440 → 1 day, 90 → 90 minutes). */
function toDuration(minutes: number): Duration {
  const unit: Unit = minutes % 1_440 === 0 ? 'days' : minutes % 60 === 0 ? 'hours' : 'minutes';
  return { amount: String(minutes / MINUTES[unit]), unit };
}

/** Minutes, or null when the amount is not a whole number above 0. */
function toMinutes(d: Duration): number | null {
  const n = Number(d.amount);
  return d.amount.trim() && Number.isInteger(n) && n > 0 ? n * MINUTES[d.unit] : null;
}

interface Draft {
  promotionMode: PromotionMode;
  offerWindow: Duration;
  reminders: Duration[];
  nudge: Duration;
}

function draftOf(s: RsvpSettingsFieldsFragment): Draft {
  return {
    promotionMode: s.promotionMode,
    offerWindow: toDuration(s.offerWindowMinutes),
    reminders: s.reminderOffsetsMinutes.map(toDuration),
    nudge: toDuration(s.nudgeBeforeDeadlineMinutes),
  };
}

/** Waitlist promotion (automatic or timed offers), the offer window, reminders and the nudge before the RSVP deadline. */
export default function SettingsPage() {
  const intl = useIntl();
  // Analysts see the settings read-only: the fields are disabled and nothing is offered to change them.
  const canWrite = useCanWrite();
  const forumId = useForumId();
  const { data, error } = useQuery(InvitationsSettingsQuery, { variables: { forumId } });
  const [save, saving] = useMutation(SetRsvpSettingsMutation);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);

  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const d = draft ?? draftOf(data.forumRsvpSettings);
  const problem = describeProblem(saving.error);
  const errors = { ...(problem?.fields ?? {}), ...localErrors };
  const change = (next: Partial<Draft>) => {
    setDraft({ ...d, ...next });
    setSaved(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong: Record<string, string> = {};
    const offerWindowMinutes = toMinutes(d.offerWindow);
    const nudgeBeforeDeadlineMinutes = toMinutes(d.nudge);
    const reminderOffsetsMinutes = d.reminders.map(toMinutes);
    const whole = intl.formatMessage(inv.wholeNumber);
    if (offerWindowMinutes === null) wrong.offerWindowMinutes = whole;
    if (nudgeBeforeDeadlineMinutes === null) wrong.nudgeBeforeDeadlineMinutes = whole;
    reminderOffsetsMinutes.forEach((m, i) => {
      if (m === null) wrong[`reminderOffsetsMinutes.${i}`] = whole;
    });
    setLocalErrors(wrong);
    if (Object.keys(wrong).length) return;
    const result = await save({
      variables: {
        forumId,
        input: {
          promotionMode: d.promotionMode,
          offerWindowMinutes: offerWindowMinutes!,
          nudgeBeforeDeadlineMinutes: nudgeBeforeDeadlineMinutes!,
          reminderOffsetsMinutes: reminderOffsetsMinutes as number[],
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDraft(draftOf(result.data.setForumRsvpSettings));
      setSaved(true);
      requestAnimationFrame(() => savedRef.current?.focus());
    }
  }

  return (
    <InvitationsFrame forum={data.forum} page={intl.formatMessage(inv.settingsTitle)}>
      <h2>{intl.formatMessage(inv.settingsTitle)}</h2>
      <div ref={savedRef} tabIndex={-1} role="status">
        {saved && (
          <Alert type="success" slim>
            {intl.formatMessage(inv.settingsSaved)}
          </Alert>
        )}
      </div>
      <ProblemAlert problem={problem} />
      <Form onSubmit={(e) => void submit(e)} large>
        <ReadOnlyUnless writable={canWrite}>
          <Fieldset legend={intl.formatMessage(inv.promotionLegend)}>
            {errors.promotionMode && <ErrorMessage id="rsvp-mode-error">{errors.promotionMode}</ErrorMessage>}
            {(['AUTOMATIC', 'OFFER'] as const).map((mode) => (
              <Radio
                key={mode}
                id={`rsvp-mode-${mode}`}
                name="promotionMode"
                value={mode}
                tile
                label={intl.formatMessage(inv[`promotion${mode}`])}
                checked={d.promotionMode === mode}
                onChange={() => change({ promotionMode: mode })}
              />
            ))}
          </Fieldset>
          <DurationField
            id="rsvp-offer"
            legend={intl.formatMessage(inv.offerWindowLegend)}
            hint={intl.formatMessage(inv.offerWindowHint)}
            value={d.offerWindow}
            error={errors.offerWindowMinutes}
            onChange={(offerWindow) => change({ offerWindow })}
          />
          <Fieldset legend={intl.formatMessage(inv.remindersLegend)} className="margin-top-3">
            <p className="usa-hint" id="rsvp-reminders-hint">
              {intl.formatMessage(inv.remindersHint)}
            </p>
            {errors.reminderOffsetsMinutes && <ErrorMessage id="rsvp-reminders-error">{errors.reminderOffsetsMinutes}</ErrorMessage>}
            {d.reminders.length === 0 && <p>{intl.formatMessage(inv.noReminders)}</p>}
            {d.reminders.map((r, i) => (
              <div key={i} className="display-flex flex-align-end flex-wrap">
                <DurationField
                  id={`rsvp-reminder-${i}`}
                  legend={intl.formatMessage(inv.reminderN, { n: i + 1 })}
                  value={r}
                  error={errors[`reminderOffsetsMinutes.${i}`]}
                  onChange={(next) => change({ reminders: d.reminders.map((x, j) => (j === i ? next : x)) })}
                />
                {canWrite && (
                  <Button type="button" unstyled className="margin-left-2 margin-bottom-1" onClick={() => change({ reminders: d.reminders.filter((_, j) => j !== i) })}>
                    {intl.formatMessage(inv.removeReminder, { n: i + 1 })}
                  </Button>
                )}
              </div>
            ))}
            {canWrite && d.reminders.length < 5 && (
              <Button type="button" outline className="margin-top-2" onClick={() => change({ reminders: [...d.reminders, { amount: '1', unit: 'days' }] })}>
                {intl.formatMessage(inv.addReminder)}
              </Button>
            )}
          </Fieldset>
          <DurationField
            id="rsvp-nudge"
            legend={intl.formatMessage(inv.nudgeLegend)}
            value={d.nudge}
            error={errors.nudgeBeforeDeadlineMinutes}
            onChange={(nudge) => change({ nudge })}
          />
        </ReadOnlyUnless>
        {canWrite && (
          <Button type="submit" className="margin-top-3" disabled={saving.loading}>
            {saving.loading ? intl.formatMessage(common.saving) : intl.formatMessage(common.save)}
          </Button>
        )}
      </Form>
    </InvitationsFrame>
  );
}

/** An amount and a unit (minutes, hours, days), grouped under one legend, with its error beside it. */
function DurationField({ id, legend, hint, value, error, onChange }: { id: string; legend: string; hint?: string; value: Duration; error?: string; onChange: (d: Duration) => void }) {
  const intl = useIntl();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset legend={legend} className="margin-top-3">
      <FormGroup error={!!error} className="margin-top-0">
        {hint && (
          <p className="usa-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <div className="display-flex flex-align-end">
          <div>
            <Label htmlFor={`${id}-amount`} className="margin-top-0">
              {intl.formatMessage(inv.amount)}
            </Label>
            <TextInput
              id={`${id}-amount`}
              name={`${id}-amount`}
              type="number"
              min={1}
              inputSize="small"
              value={value.amount}
              validationStatus={error ? 'error' : undefined}
              aria-describedby={describedBy}
              onChange={(e) => onChange({ ...value, amount: e.target.value })}
            />
          </div>
          <div className="margin-left-1">
            <Label htmlFor={`${id}-unit`} className="margin-top-0">
              {intl.formatMessage(inv.unit)}
            </Label>
            <Select id={`${id}-unit`} name={`${id}-unit`} value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value as Unit })}>
              <option value="minutes">{intl.formatMessage(inv.unitMinutes)}</option>
              <option value="hours">{intl.formatMessage(inv.unitHours)}</option>
              <option value="days">{intl.formatMessage(inv.unitDays)}</option>
            </Select>
          </div>
        </div>
      </FormGroup>
    </Fieldset>
  );
}

/** For analysts the settings are shown disabled (one fieldset around them); for others, as they are. */
function ReadOnlyUnless({ writable, children }: { writable: boolean; children: ReactNode }) {
  return writable ? <>{children}</> : <fieldset disabled className="usa-fieldset">{children}</fieldset>;
}
