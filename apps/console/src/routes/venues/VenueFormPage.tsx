import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, ErrorMessage, Fieldset, Form, FormGroup, Label, Textarea, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { VenueAccessibilityFeature, VenueFieldsFragment } from '../../graphql/generated/graphql';
import { describeProblem, type Problem } from '../../graphql/problem';
import { ArchiveVenueDialog } from './ArchiveVenueDialog';
import { VENUE_FEATURES } from './venue-features';
import { CreateVenueMutation, UpdateVenueMutation, VenueQuery } from './venues.graphql';
import { venuesMessages as m } from './venues.messages';

/** `/venues/new` and `/venues/:id/edit`. */
export default function VenueFormPage() {
  const { id } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(VenueQuery, { variables: { id: id ?? '' }, skip: !id });
  if (!id) return <VenueForm venue={null} />;
  if (error) {
    const title = intl.formatMessage(m.listTitle);
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <ProblemAlert problem={describeProblem(error)} />
        <Link to="/venues">{intl.formatMessage(m.backToList)}</Link>
      </>
    );
  }
  if (!data) return <Loading />;
  return <VenueForm key={data.venue.id} venue={data.venue} />;
}

interface Draft {
  name: string;
  address: string;
  capacity: string;
  features: VenueAccessibilityFeature[];
  notes: string;
  latitude: string;
  longitude: string;
}

function draftOf(venue: VenueFieldsFragment | null): Draft {
  return {
    name: venue?.name ?? '',
    address: venue?.address ?? '',
    capacity: venue?.capacity == null ? '' : String(venue.capacity),
    features: venue?.accessibilityFeatures ?? [],
    notes: venue?.notes ?? '',
    latitude: venue?.latitude == null ? '' : String(venue.latitude),
    longitude: venue?.longitude == null ? '' : String(venue.longitude),
  };
}

type FieldName = 'name' | 'address' | 'capacity' | 'notes' | 'latitude' | 'longitude' | 'accessibilityFeatures';

function VenueForm({ venue }: { venue: VenueFieldsFragment | null }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(venue));
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [archivedNow, setArchivedNow] = useState<string | null>(null);
  const [createVenue, creating] = useMutation(CreateVenueMutation);
  const [updateVenue, updating] = useMutation(UpdateVenueMutation);
  const formRef = useRef<HTMLFormElement>(null);
  const saving = creating.loading || updating.loading;
  const errors: Partial<Record<FieldName, string>> = { ...(problem?.fields ?? {}), ...localErrors };
  // The server says a required field is empty in its own words; say it in the officer's.
  if (errors.name && !draft.name.trim()) errors.name = intl.formatMessage(m.nameMissing);
  if (errors.address && !draft.address.trim()) errors.address = intl.formatMessage(m.addressMissing);

  // After a refused save, take the keyboard to the first field that needs correcting.
  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, localErrors]);

  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const toggleFeature = (feature: VenueAccessibilityFeature, on: boolean) =>
    setDraft((d) => ({ ...d, features: on ? [...d.features, feature] : d.features.filter((f) => f !== feature) }));

  function numberOrNull(value: string, whole: boolean): number | null | 'invalid' {
    const trimmed = value.trim();
    if (!trimmed) return null;
    const n = Number(trimmed);
    if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) return 'invalid';
    return n;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const capacity = numberOrNull(draft.capacity, true);
    const latitude = numberOrNull(draft.latitude, false);
    const longitude = numberOrNull(draft.longitude, false);
    const local: Partial<Record<FieldName, string>> = {};
    if (capacity === 'invalid') local.capacity = intl.formatMessage(m.notWholeNumber);
    if (latitude === 'invalid') local.latitude = intl.formatMessage(m.notANumber);
    if (longitude === 'invalid') local.longitude = intl.formatMessage(m.notANumber);
    setLocalErrors(local);
    if (Object.keys(local).length) {
      setProblem(null);
      return;
    }
    const input = {
      name: draft.name,
      address: draft.address,
      capacity: capacity as number | null,
      accessibilityFeatures: VENUE_FEATURES.map(([f]) => f).filter((f) => draft.features.includes(f)),
      notes: draft.notes.trim() ? draft.notes : null,
      latitude: latitude as number | null,
      longitude: longitude as number | null,
    };
    try {
      const result = venue ? await updateVenue({ variables: { id: venue.id, input } }) : await createVenue({ variables: { input } });
      const saved = result.data && ('createVenue' in result.data ? result.data.createVenue : result.data.updateVenue);
      if (!saved) return;
      setProblem(null);
      navigate('/venues', { state: { savedVenue: saved.name } });
    } catch (err) {
      setProblem(describeProblem(err));
    }
  }

  const fieldError = (name: FieldName) => errors[name];
  const describedBy = (name: FieldName, hint?: boolean) =>
    [hint ? `venue-${name}-hint` : '', fieldError(name) ? `venue-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (name: FieldName) =>
    fieldError(name) ? (
      <ErrorMessage id={`venue-${name}-error`}>{fieldError(name)}</ErrorMessage>
    ) : null;
  const required = (label: string) => intl.formatMessage(m.requiredMark, { label });

  const title = venue ? intl.formatMessage(m.editTitle, { name: venue.name }) : intl.formatMessage(m.newTitle);
  const isArchived = archivedNow !== null ? archivedNow === 'archived' : Boolean(venue?.archivedAt);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/venues">{intl.formatMessage(m.backToList)}</Link>
      </p>
      {venue && (
        <div className="margin-y-2">
          {isArchived && <p>{intl.formatMessage(m.archivedNote)}</p>}
          <div role="status">
            {archivedNow && (
              <Alert type="success" slim>
                {intl.formatMessage(archivedNow === 'archived' ? m.archivedDone : m.unarchivedDone, { name: venue.name })}
              </Alert>
            )}
          </div>
          <ArchiveVenueDialog venue={{ ...venue, archivedAt: isArchived ? 'yes' : null }} onDone={(archived) => setArchivedNow(archived ? 'archived' : 'active')} />
        </div>
      )}
      <Form ref={formRef} onSubmit={(e) => void submit(e)} noValidate large>
        <FormGroup error={Boolean(fieldError('name'))}>
          <Label htmlFor="venue-name">{required(intl.formatMessage(m.name))}</Label>
          {errorText('name')}
          <TextInput id="venue-name" name="name" type="text" value={draft.name} onChange={set('name')} aria-invalid={Boolean(fieldError('name'))} aria-describedby={describedBy('name')} validationStatus={fieldError('name') ? 'error' : undefined} autoComplete="off" />
        </FormGroup>
        <FormGroup error={Boolean(fieldError('address'))}>
          <Label htmlFor="venue-address">{required(intl.formatMessage(m.address))}</Label>
          {errorText('address')}
          <TextInput id="venue-address" name="address" type="text" value={draft.address} onChange={set('address')} aria-invalid={Boolean(fieldError('address'))} aria-describedby={describedBy('address')} validationStatus={fieldError('address') ? 'error' : undefined} autoComplete="off" />
        </FormGroup>
        <FormGroup error={Boolean(fieldError('capacity'))}>
          <Label htmlFor="venue-capacity">{intl.formatMessage(m.capacity)}</Label>
          <span className="usa-hint" id="venue-capacity-hint">
            {intl.formatMessage(m.capacityHint)}
          </span>
          {errorText('capacity')}
          <TextInput id="venue-capacity" name="capacity" type="text" inputMode="numeric" inputSize="small" value={draft.capacity} onChange={set('capacity')} aria-invalid={Boolean(fieldError('capacity'))} aria-describedby={describedBy('capacity', true)} validationStatus={fieldError('capacity') ? 'error' : undefined} />
        </FormGroup>
        <FormGroup error={Boolean(fieldError('accessibilityFeatures'))}>
          <Fieldset legend={intl.formatMessage(m.accessibilityLegend)} aria-describedby={describedBy('accessibilityFeatures')}>
            {errorText('accessibilityFeatures')}
            {VENUE_FEATURES.map(([feature, label]) => (
              <Checkbox key={feature} id={`venue-feature-${feature}`} name="accessibilityFeatures" value={feature} label={intl.formatMessage(label)} checked={draft.features.includes(feature)} onChange={(e) => toggleFeature(feature, e.target.checked)} />
            ))}
          </Fieldset>
        </FormGroup>
        <FormGroup error={Boolean(fieldError('notes'))}>
          <Label htmlFor="venue-notes">{intl.formatMessage(m.notes)}</Label>
          <span className="usa-hint" id="venue-notes-hint">
            {intl.formatMessage(m.notesHint)}
          </span>
          {errorText('notes')}
          <Textarea id="venue-notes" name="notes" value={draft.notes} onChange={set('notes')} aria-invalid={Boolean(fieldError('notes'))} aria-describedby={describedBy('notes', true)} />
        </FormGroup>
        <Fieldset legend={intl.formatMessage(m.locationLegend)} aria-describedby="venue-location-hint">
          <span className="usa-hint" id="venue-location-hint">
            {intl.formatMessage(m.locationHint)}
          </span>
          {(['latitude', 'longitude'] as const).map((name) => (
            <FormGroup key={name} error={Boolean(fieldError(name))}>
              <Label htmlFor={`venue-${name}`}>{intl.formatMessage(m[name])}</Label>
              {errorText(name)}
              <TextInput id={`venue-${name}`} name={name} type="text" inputMode="decimal" inputSize="medium" value={draft[name]} onChange={set(name)} aria-invalid={Boolean(fieldError(name))} aria-describedby={describedBy(name)} validationStatus={fieldError(name) ? 'error' : undefined} />
            </FormGroup>
          ))}
        </Fieldset>
        <div className="margin-top-3">
          <ProblemAlert problem={problem} />
          <Button type="submit" disabled={saving}>
            {intl.formatMessage(saving ? common.saving : m.saveVenue)}
          </Button>
        </div>
      </Form>
    </>
  );
}
