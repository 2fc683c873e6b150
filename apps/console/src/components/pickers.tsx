import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../graphql/generated';
import type { ForumFilterInput, StaffFilterInput, StaffRole } from '../graphql/generated/graphql';
import { type PickerOption, SearchPicker, usePickerSearch } from './SearchPicker';

/** How many matches a picker lists at once; typing narrows them. */
const MATCHES = 20;

const PickForumsQuery = graphql(`
  query PickForums($filter: ForumFilterInput, $first: Int) {
    forums(filter: $filter, first: $first) {
      edges {
        node {
          id
          title
          startsAt
        }
      }
    }
  }
`);
const PickedForumQuery = graphql(`
  query PickedForum($id: ID!) {
    forum(id: $id) {
      id
      title
      startsAt
    }
  }
`);
const PickOrganisationsQuery = graphql(`
  query PickOrganisations($text: String, $first: Int) {
    organisations(filter: { text: $text, status: ACTIVE }, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const PickedOrganisationQuery = graphql(`
  query PickedOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
    }
  }
`);
const PickVenuesQuery = graphql(`
  query PickVenues($text: String, $first: Int) {
    venues(filter: { text: $text }, first: $first) {
      edges {
        node {
          id
          name
          capacity
        }
      }
    }
  }
`);
const PickedVenueQuery = graphql(`
  query PickedVenue($id: ID!) {
    venue(id: $id) {
      id
      name
      capacity
    }
  }
`);
const PickStaffQuery = graphql(`
  query PickStaff($filter: StaffFilterInput, $first: Int) {
    staffUsers(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          email
          role
        }
      }
    }
  }
`);
const PickedStaffQuery = graphql(`
  query PickedStaff($id: ID!) {
    staffUser(id: $id) {
      id
      name
      email
    }
  }
`);

const PickConcernsQuery = graphql(`
  query PickConcerns($text: String, $first: Int) {
    communityConcerns(filter: { text: $text }, first: $first) {
      edges {
        node {
          id
          topic
          description
          forum {
            id
            title
          }
        }
      }
    }
  }
`);

interface PickerProps {
  id: string;
  /** The id of the visible `<Label htmlFor={id}>`. */
  labelId: string;
  name?: string;
  value: string;
  onChange: (value: string, label: string) => void;
  disabled?: boolean;
  /** Ids not to offer (already members, say). */
  exclude?: ReadonlySet<string>;
}

function pickerProps({ exclude: _exclude, ...props }: PickerProps) {
  return props;
}

/** The options for what was typed (the last ones stay while the API answers new words), and the chosen one (asked by id when it is not among them). */
function useChoices<T extends { id: string }>(value: string, matches: T[] | undefined, picked: T | undefined, label: (node: T) => string, exclude?: ReadonlySet<string>) {
  return useMemo(() => {
    const options: PickerOption[] = (matches ?? []).filter((node) => !exclude?.has(node.id)).map((node) => ({ value: node.id, label: label(node) }));
    const selected = picked && picked.id === value ? { value: picked.id, label: label(picked) } : null;
    return { options, selected };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [matches, picked, value, exclude && [...exclude].join()]);
}

/** A forum, found by words in its title; `label` words it (with its date, say). */
export function ForumPicker({
  filter,
  label = (f) => f.title,
  ...props
}: PickerProps & {
  filter?: ForumFilterInput;
  label?: (forum: { title: string; startsAt: string }) => string;
}) {
  const [text, search] = usePickerSearch();
  const found = useQuery(PickForumsQuery, {
    variables: {
      filter: { ...filter, text: text || undefined },
      first: MATCHES,
    },
  });
  const picked = useQuery(PickedForumQuery, {
    variables: { id: props.value },
    skip: !props.value,
  });
  const { options, selected } = useChoices(
    props.value,
    (found.data ?? found.previousData)?.forums.edges.map((e) => e.node),
    picked.data?.forum,
    label,
    props.exclude,
  );
  return <SearchPicker name={props.name ?? props.id} {...pickerProps(props)} options={options} selected={selected} onSearch={search} />;
}

/** An active partner organisation, found by part of its name. */
export function OrganisationPicker(props: PickerProps) {
  const [text, search] = usePickerSearch();
  const found = useQuery(PickOrganisationsQuery, {
    variables: { text: text || undefined, first: MATCHES },
  });
  const picked = useQuery(PickedOrganisationQuery, {
    variables: { id: props.value },
    skip: !props.value,
  });
  const { options, selected } = useChoices(
    props.value,
    (found.data ?? found.previousData)?.organisations.edges.map((e) => e.node),
    picked.data?.organisation,
    (o) => o.name,
    props.exclude,
  );
  return <SearchPicker name={props.name ?? props.id} {...pickerProps(props)} options={options} selected={selected} onSearch={search} />;
}

/** A venue, found by words in its name or address; `label` words it (with its capacity, say). */
export function VenuePicker({
  label,
  ...props
}: PickerProps & {
  label: (venue: { name: string; capacity?: number | null }) => string;
}) {
  const [text, search] = usePickerSearch();
  const found = useQuery(PickVenuesQuery, {
    variables: { text: text || undefined, first: MATCHES },
  });
  const picked = useQuery(PickedVenueQuery, {
    variables: { id: props.value },
    skip: !props.value,
  });
  const { options, selected } = useChoices(
    props.value,
    (found.data ?? found.previousData)?.venues.edges.map((e) => e.node),
    picked.data?.venue,
    label,
    props.exclude,
  );
  return <SearchPicker name={props.name ?? props.id} {...pickerProps(props)} options={options} selected={selected} onSearch={search} />;
}

/** A staff member of the agency (active ones unless `filter` says otherwise; none of `withoutRole`), found by name or email. */
export function StaffPicker({ filter = { status: 'ACTIVE' }, withoutRole, ...props }: PickerProps & { filter?: StaffFilterInput; withoutRole?: StaffRole }) {
  const [text, search] = usePickerSearch();
  const found = useQuery(PickStaffQuery, {
    variables: {
      filter: { ...filter, text: text || undefined },
      first: MATCHES,
    },
  });
  const picked = useQuery(PickedStaffQuery, {
    variables: { id: props.value },
    skip: !props.value,
  });
  const matches = (found.data ?? found.previousData)?.staffUsers.edges.map((e) => e.node).filter((s) => s.role !== withoutRole);
  const { options, selected } = useChoices(props.value, matches, picked.data?.staffUser, (s) => s.name, props.exclude);
  return <SearchPicker name={props.name ?? props.id} {...pickerProps(props)} options={options} selected={selected} onSearch={search} />;
}

/**
 * A community concern raised at one of the agency's forums, found by words in its topic or
 * description; `label` words it (with its forum, say). The API has no query for one concern, so
 * the chosen one is the match it was chosen from, kept while other words are typed.
 */
export function ConcernPicker({
  label,
  ...props
}: PickerProps & {
  label: (concern: { topic: string; description: string; forum: { title: string } }) => string;
}) {
  const [text, search] = usePickerSearch();
  const found = useQuery(PickConcernsQuery, {
    variables: { text: text || undefined, first: MATCHES },
  });
  const matches = (found.data ?? found.previousData)?.communityConcerns.edges.map((e) => e.node);
  const [picked, setPicked] = useState<NonNullable<typeof matches>[number] | undefined>(undefined);
  const { options, selected } = useChoices(props.value, matches, picked, label, props.exclude);
  return (
    <SearchPicker
      name={props.name ?? props.id}
      {...pickerProps(props)}
      onChange={(value, text) => {
        setPicked(matches?.find((m) => m.id === value) ?? (picked?.id === value ? picked : undefined));
        props.onChange(value, text);
      }}
      options={options}
      selected={selected}
      onSearch={search}
    />
  );
}
