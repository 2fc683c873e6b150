import { Checkbox, ErrorMessage, Fieldset, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import type { InviteAudienceInput, OrganisationType } from '../../graphql/generated/graphql';
import { inv } from './invitations.messages';

export const ORGANISATION_TYPES: OrganisationType[] = [
  'BUSINESS_ASSOCIATION',
  'FAITH_GROUP',
  'GOVERNMENT_AGENCY',
  'MENTAL_HEALTH_AGENCY',
  'NEIGHBOURHOOD_ASSOCIATION',
  'NGO',
  'SCHOOL',
  'UNIVERSITY',
  'VICTIM_SERVICES',
  'OTHER',
];

export interface AudienceChoice {
  types: OrganisationType[];
  neighbourhoods: string[];
  /** Comma-separated, as typed. */
  focusAreas: string;
}

/** The audience input from the filters chosen; null when none is. */
export function toAudience(c: AudienceChoice): InviteAudienceInput | null {
  const focusAreas = c.focusAreas.split(',').map((f) => f.trim()).filter(Boolean);
  if (c.types.length === 0 && c.neighbourhoods.length === 0 && focusAreas.length === 0) return null;
  return {
    ...(c.types.length ? { organisationTypes: c.types } : {}),
    ...(c.neighbourhoods.length ? { neighbourhoods: c.neighbourhoods } : {}),
    ...(focusAreas.length ? { focusAreas } : {}),
  };
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Filters choosing an audience of partner organisations (type, neighbourhood, focus area): forum and survey invitations. */
export function AudienceFilters({ idPrefix, value, neighbourhoods, fields, onChange }: {
  idPrefix: string;
  value: AudienceChoice;
  neighbourhoods: string[];
  fields: Record<string, string>;
  onChange: (change: Partial<AudienceChoice>) => void;
}) {
  const intl = useIntl();
  return (
    <Fieldset legend={intl.formatMessage(inv.filtersLegend)} legendStyle="large" className="margin-top-3">
      <p className="usa-hint" id={`${idPrefix}-filters-hint`}>
        {intl.formatMessage(inv.filtersHint)}
      </p>
      {fields.audience && <ErrorMessage id={`${idPrefix}-audience-error`}>{fields.audience}</ErrorMessage>}
      <Fieldset legend={intl.formatMessage(inv.typesLegend)}>
        <div className="grid-row grid-gap-sm">
          {ORGANISATION_TYPES.map((type) => (
            <div key={type} className="mobile-lg:grid-col-6">
              <Checkbox
                id={`${idPrefix}-type-${type}`}
                name="organisationType"
                label={intl.formatMessage(inv[`orgType${type}`])}
                checked={value.types.includes(type)}
                onChange={() => onChange({ types: toggle(value.types, type) })}
              />
            </div>
          ))}
        </div>
      </Fieldset>
      {neighbourhoods.length > 0 && (
        <Fieldset legend={intl.formatMessage(inv.neighbourhoodsLegend)}>
          {neighbourhoods.map((n, i) => (
            <Checkbox
              key={n}
              id={`${idPrefix}-neighbourhood-${i}`}
              name="neighbourhood"
              label={n}
              checked={value.neighbourhoods.includes(n)}
              onChange={() => onChange({ neighbourhoods: toggle(value.neighbourhoods, n) })}
            />
          ))}
        </Fieldset>
      )}
      <FormGroup error={!!fields['audience.focusAreas']}>
        <Label htmlFor={`${idPrefix}-focus`} hint={<span className="display-block">{intl.formatMessage(inv.focusAreasHint)}</span>}>
          {intl.formatMessage(inv.focusAreasLabel)}
        </Label>
        {fields['audience.focusAreas'] && <ErrorMessage id={`${idPrefix}-focus-error`}>{fields['audience.focusAreas']}</ErrorMessage>}
        <TextInput
          id={`${idPrefix}-focus`}
          name="focusAreas"
          type="text"
          value={value.focusAreas}
          validationStatus={fields['audience.focusAreas'] ? 'error' : undefined}
          aria-describedby={fields['audience.focusAreas'] ? `${idPrefix}-focus-error` : undefined}
          onChange={(e) => onChange({ focusAreas: e.target.value })}
        />
      </FormGroup>
    </Fieldset>
  );
}
