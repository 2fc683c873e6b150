import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useAgencyZone, useShell } from '../../app/AgencyContext';
import { PageHeading } from '../../components/PageHeading';
import { CreateTaskForceMutation } from './task-forces.graphql';
import { tf } from './task-forces.messages';
import { TaskForceDetailsForm, detailsInput } from './TaskForceDetailsForm';
import { todayIn, useSubmit } from './task-forces-ui';

/** `/task-forces/new`: start a task force, led by the signed-in officer unless another is chosen. */
export default function NewTaskForcePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { me } = useShell();
  const zone = useAgencyZone();
  const [create] = useMutation(CreateTaskForceMutation);
  const { problem, busy, run } = useSubmit();
  const title = intl.formatMessage(tf.newTitle);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/task-forces">{intl.formatMessage(tf.backToList)}</Link>
      </p>
      <TaskForceDetailsForm
        initial={{ name: '', focusIssue: '', focusIssueOther: '', leadOfficerId: me.id, startsOn: todayIn(zone), endsOn: '', charter: '', neighbourhoods: [] }}
        submitLabel={intl.formatMessage(tf.create)}
        problem={problem}
        busy={busy}
        onSubmit={(d) =>
          void run(async () => {
            const result = await create({ variables: { input: detailsInput(d) } });
            if (result.data) navigate(`/task-forces/${result.data.createTaskForce.id}`);
          })
        }
      />
    </>
  );
}
