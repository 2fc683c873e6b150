import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, ErrorMessage, Fieldset } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { StaffRole } from '../../../graphql/generated/graphql';
import { HostSearchQuery } from './forum-form.graphql';
import { forumForm as m } from './forum-form.messages';
import type { HostChoice } from './forum-form-values';
import { PickerSearch } from './PickerSearch';
import { useDebouncedValue } from './useDebouncedValue';

const ROLE_MESSAGES: Record<StaffRole, (typeof m)[keyof typeof m]> = {
  ADMIN: m.role_ADMIN,
  LIAISON_OFFICER: m.role_LIAISON_OFFICER,
  ANALYST: m.role_ANALYST,
};

/** Only active officers and admins can host (the API refuses analysts). */
const canHost = (host: HostChoice) => host.role !== 'ANALYST';

/**
 * The chosen hosts (each with a Remove button) and a search of the agency's active staff by
 * name, whose matches are checkboxes.
 */
export function HostsPicker({
  value,
  onChange,
  initial,
  error,
}: {
  value: HostChoice[];
  onChange: (hosts: HostChoice[]) => void;
  initial: HostChoice[];
  error?: string;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const searchRef = useRef<HTMLInputElement>(null);
  const { data, previousData } = useQuery(HostSearchQuery, { variables: { text }, skip: !text });
  const found = text ? (data ?? previousData)?.staffUsers.edges.map((e) => e.node) : undefined;
  const choices = (found ?? initial).filter(canHost);
  const chosen = new Set(value.map((h) => h.id));
  const errorId = 'forum-hostIds-error';
  const role = (host: HostChoice) => intl.formatMessage(ROLE_MESSAGES[host.role]);

  function toggle(host: HostChoice, on: boolean) {
    onChange(on ? [...value, host] : value.filter((h) => h.id !== host.id));
  }

  return (
    <Fieldset legend={intl.formatMessage(m.hostsLegend)} className="margin-top-3">
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className="bg-base-lightest padding-2 margin-top-1">
        <p className="margin-0 text-bold" id="forum-hosts-chosen">
          {intl.formatMessage(m.hostsChosen)}
        </p>
        {value.length ? (
          <ul className="usa-list usa-list--unstyled" aria-labelledby="forum-hosts-chosen">
            {value.map((host) => (
              <li key={host.id} className="margin-y-05">
                {host.name} ({role(host)}){' '}
                <Button
                  type="button"
                  unstyled
                  className="margin-left-1"
                  onClick={() => {
                    toggle(host, false);
                    searchRef.current?.focus();
                  }}
                >
                  {intl.formatMessage(m.hostRemove, { name: host.name })}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="margin-y-05">{intl.formatMessage(m.hostsNone)}</p>
        )}
      </div>
      <PickerSearch
        id="forum-host-search"
        inputRef={searchRef}
        label={intl.formatMessage(m.hostSearch)}
        hint={intl.formatMessage(m.hostSearchHint)}
        status={intl.formatMessage(m.staffFound, { count: choices.length })}
        value={search}
        onChange={setSearch}
        controls="forum-host-choices"
        errorId={error ? errorId : undefined}
      />
      <Fieldset legend={intl.formatMessage(m.hostChoices)} legendStyle="srOnly" id="forum-host-choices">
        {choices.map((host) => (
          <Checkbox
            key={host.id}
            id={`forum-host-${host.id}`}
            name="forum-host"
            tile
            label={host.name}
            labelDescription={role(host)}
            checked={chosen.has(host.id)}
            onChange={(e) => toggle(host, e.target.checked)}
            aria-describedby={error ? errorId : undefined}
          />
        ))}
      </Fieldset>
    </Fieldset>
  );
}
