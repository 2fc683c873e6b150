import { useMutation, useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useAgencyZone, useShell } from '../../../app/AgencyContext';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { describeProblem } from '../../../graphql/problem';
import { CreateForumMutation, NewForumFormQuery } from './forum-form.graphql';
import { forumForm as m } from './forum-form.messages';
import { type ForumFormValues, createInput, newForumValues, translationLanguages } from './forum-form-values';
import { ForumForm } from './ForumForm';

/** /forums/new: a draft forum, in the agency's time zone unless another is chosen. */
export default function NewForumPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const zone = useAgencyZone();
  const { me, agency } = useShell();
  const { data, error } = useQuery(NewForumFormQuery, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreateForumMutation);
  const title = intl.formatMessage(m.newTitle);

  async function save(values: ForumFormValues, overrideReason: string | null) {
    const result = await create({ variables: { input: createInput(values, overrideReason, translationLanguages(agency.enabledLanguages)) } });
    if (result.data) navigate(`/forums/${result.data.createForum.id}`);
  }

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.intro)}</p>
      {error && !data && <ProblemAlert problem={describeProblem(error)} />}
      {!data && !error && <Loading />}
      {data && (
        <ForumForm
          mode="create"
          initial={newForumValues(zone, me)}
          venues={{ totalCount: data.venues.totalCount, venues: data.venues.edges.map((e) => e.node) }}
          staff={data.staffUsers.edges.map((e) => e.node)}
          cancelTo="/forums"
          save={save}
        />
      )}
    </>
  );
}
