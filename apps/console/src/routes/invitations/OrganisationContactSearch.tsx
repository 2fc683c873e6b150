import { useLazyQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Label, Tag, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { AudienceOrganisationsQuery as Found } from '../../graphql/generated/graphql';
import { AudienceOrganisationsQuery } from './invitations.graphql';
import { inv } from './invitations.messages';

export type FoundOrganisation = Found['organisations']['edges'][number]['node'];
export type FoundContact = FoundOrganisation['contacts'][number];

/**
 * Finding partner organisations by name, then adding an organisation or ticking its people
 * (opted-out people marked): the audience picker of forum invitations and survey invitations.
 */
export function OrganisationContactSearch({ idPrefix, isOrganisationAdded, onAddOrganisation, isPersonChosen, onTogglePerson }: {
  idPrefix: string;
  isOrganisationAdded: (id: string) => boolean;
  onAddOrganisation: (organisation: FoundOrganisation) => void;
  isPersonChosen: (id: string) => boolean;
  onTogglePerson: (contact: FoundContact) => void;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [findOrganisations, found] = useLazyQuery(AudienceOrganisationsQuery, { fetchPolicy: 'network-only' });
  return (
    <form
      className="maxw-tablet-lg"
      onSubmit={(e) => {
        e.preventDefault();
        void findOrganisations({ variables: { text: search } });
      }}
    >
      <Fieldset legend={intl.formatMessage(inv.orgSearchLegend)} legendStyle="large">
        <Label htmlFor={`${idPrefix}-org-search`}>{intl.formatMessage(inv.orgSearchLabel)}</Label>
        <div className="display-flex flex-align-end">
          <TextInput id={`${idPrefix}-org-search`} name="orgSearch" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit" className="margin-left-1">
            {intl.formatMessage(inv.orgSearchButton)}
          </Button>
        </div>
        <div role="status">{found.data && <p>{intl.formatMessage(inv.orgResults, { count: found.data.organisations.totalCount })}</p>}</div>
        {found.data?.organisations.edges.map(({ node: org }) => {
          const added = isOrganisationAdded(org.id);
          return (
            <div key={org.id} className="border-top border-base-lighter padding-y-1">
              <h3 className="margin-y-1">{org.name}</h3>
              <Button type="button" outline disabled={added} onClick={() => onAddOrganisation(org)}>
                {added ? intl.formatMessage(inv.organisationAdded) : intl.formatMessage(inv.addOrganisation, { name: org.name })}
              </Button>
              {org.contacts.length === 0 ? (
                <p className="usa-hint">{intl.formatMessage(inv.orgNoContacts)}</p>
              ) : (
                org.contacts.map((c) => (
                  <Checkbox
                    key={c.id}
                    id={`${idPrefix}-person-${c.id}`}
                    name="person"
                    checked={isPersonChosen(c.id)}
                    onChange={() => onTogglePerson(c)}
                    label={
                      <>
                        {intl.formatMessage(inv.pickPerson, { name: c.name, email: c.email })}{' '}
                        {c.optedOut && <Tag className="bg-base-dark">{intl.formatMessage(inv.optedOutTag)}</Tag>}
                      </>
                    }
                  />
                ))
              )}
            </div>
          );
        })}
      </Fieldset>
    </form>
  );
}
