import { graphql } from '../../graphql/generated';

export const TaskForceHeaderFragment = graphql(`
  fragment TaskForceHeader on TaskForce {
    id
    name
    status
    focusIssue
    focusIssueOther
    startsOn
    endsOn
  }
`);

export const TaskForcesListQuery = graphql(`
  query TaskForcesList($filter: TaskForceFilterInput, $after: String, $first: Int) {
    taskForces(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TaskForceHeader
          leadOfficer {
            id
            name
          }
        }
      }
    }
    taskForceOverview {
      taskForce {
        id
      }
      openItems
      overdueItems
      blockedItems
      indicatorsOnTrack
      indicatorsOffTrack
      indicatorsAchieved
      indicatorsWithoutData
      nextMeetingAt
    }
  }
`);

export const CreateTaskForceMutation = graphql(`
  mutation CreateTaskForce($input: CreateTaskForceInput!) {
    createTaskForce(input: $input) {
      id
    }
  }
`);

export const TaskForceWorkspaceQuery = graphql(`
  query TaskForceWorkspace($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
      charter
      neighbourhoods
      createdAt
      leadOfficer {
        id
        name
      }
    }
  }
`);

export const UpdateTaskForceMutation = graphql(`
  mutation UpdateTaskForce($id: ID!, $input: UpdateTaskForceInput!) {
    updateTaskForce(id: $id, input: $input) {
      ...TaskForceHeader
      charter
      neighbourhoods
      leadOfficer {
        id
        name
      }
    }
  }
`);

export const ChangeTaskForceStatusMutation = graphql(`
  mutation ChangeTaskForceStatus($id: ID!, $status: TaskForceStatus!, $reason: String) {
    changeTaskForceStatus(id: $id, status: $status, reason: $reason) {
      id
      status
    }
  }
`);

export const TaskForceMembersQuery = graphql(`
  query TaskForceMembers($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
      members {
        id
        role
        joinedOn
        leftOn
        organisationId
        organisation {
          id
          name
          contacts {
            id
            name
            optedOut
          }
        }
        contacts {
          id
          name
          email
        }
      }
      staffMembers {
        id
        joinedOn
        leftOn
        staffUser {
          id
          name
        }
      }
    }
  }
`);

/** The people of the organisation chosen to join, to designate some as its contacts. */
export const JoiningOrganisationQuery = graphql(`
  query TaskForceJoiningOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      contacts {
        id
        name
        optedOut
      }
    }
  }
`);

export const AddTaskForceOrganisationMutation = graphql(`
  mutation AddTaskForceOrganisation($taskForceId: ID!, $input: AddTaskForceOrganisationInput!) {
    addTaskForceOrganisation(taskForceId: $taskForceId, input: $input) {
      id
    }
  }
`);

export const RemoveTaskForceOrganisationMutation = graphql(`
  mutation RemoveTaskForceOrganisation($taskForceId: ID!, $organisationId: ID!, $leftOn: String) {
    removeTaskForceOrganisation(taskForceId: $taskForceId, organisationId: $organisationId, leftOn: $leftOn) {
      id
    }
  }
`);

export const SetMemberContactsMutation = graphql(`
  mutation SetTaskForceMemberContacts($taskForceId: ID!, $organisationId: ID!, $contactIds: [ID!]!) {
    setTaskForceMemberContacts(taskForceId: $taskForceId, organisationId: $organisationId, contactIds: $contactIds) {
      id
    }
  }
`);

export const AddTaskForceStaffMutation = graphql(`
  mutation AddTaskForceStaff($taskForceId: ID!, $staffUserId: ID!, $joinedOn: String) {
    addTaskForceStaff(taskForceId: $taskForceId, staffUserId: $staffUserId, joinedOn: $joinedOn) {
      id
    }
  }
`);

export const RemoveTaskForceStaffMutation = graphql(`
  mutation RemoveTaskForceStaff($taskForceId: ID!, $staffUserId: ID!, $leftOn: String) {
    removeTaskForceStaff(taskForceId: $taskForceId, staffUserId: $staffUserId, leftOn: $leftOn) {
      id
    }
  }
`);

export const TaskForceMeetingsQuery = graphql(`
  query TaskForceMeetings($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
      meetings {
        forumId
        title
        startsAt
        endsAt
        status
        organisationIds
      }
      members {
        id
        organisationId
        organisation {
          id
          name
        }
      }
    }
    forums(first: 50, filter: { type: TASK_FORCE_MEETING }) {
      edges {
        node {
          id
          title
          startsAt
          status
        }
      }
    }
  }
`);

export const LinkTaskForceMeetingMutation = graphql(`
  mutation LinkTaskForceMeeting($taskForceId: ID!, $forumId: ID!) {
    linkTaskForceMeeting(taskForceId: $taskForceId, forumId: $forumId) {
      forumId
    }
  }
`);

export const InviteTaskForceMembersMutation = graphql(`
  mutation InviteTaskForceMembers($taskForceId: ID!, $forumId: ID!) {
    inviteTaskForceMembersToMeeting(taskForceId: $taskForceId, forumId: $forumId) {
      invited
      alreadyInvited
      skippedOptedOut
    }
  }
`);

export const ProblemFieldsFragment = graphql(`
  fragment ProblemFields on TaskForceProblem {
    id
    title
    statement
    analysisNotes
    stage
    createdAt
    concerns {
      id
      topic
      description
      forum {
        id
        title
      }
    }
    stageHistory {
      changedAt
      fromStage
      toStage
      note
    }
  }
`);

export const TaskForceProblemsQuery = graphql(`
  query TaskForceProblems($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
      problems {
        ...ProblemFields
      }
    }
  }
`);

export const CreateProblemMutation = graphql(`
  mutation CreateTaskForceProblem($taskForceId: ID!, $input: CreateProblemInput!) {
    createTaskForceProblem(taskForceId: $taskForceId, input: $input) {
      ...ProblemFields
    }
  }
`);

export const UpdateProblemMutation = graphql(`
  mutation UpdateTaskForceProblem($id: ID!, $input: UpdateProblemInput!) {
    updateTaskForceProblem(id: $id, input: $input) {
      ...ProblemFields
    }
  }
`);

export const MoveProblemStageMutation = graphql(`
  mutation MoveProblemStage($id: ID!, $stage: SaraStage!, $note: String) {
    moveProblemStage(id: $id, stage: $stage, note: $note) {
      ...ProblemFields
    }
  }
`);

export const LinkConcernMutation = graphql(`
  mutation LinkConcernToProblem($problemId: ID!, $concernId: ID!) {
    linkConcernToProblem(problemId: $problemId, concernId: $concernId) {
      ...ProblemFields
    }
  }
`);

export const UnlinkConcernMutation = graphql(`
  mutation UnlinkConcernFromProblem($problemId: ID!, $concernId: ID!) {
    unlinkConcernFromProblem(problemId: $problemId, concernId: $concernId) {
      ...ProblemFields
    }
  }
`);

export const IndicatorFieldsFragment = graphql(`
  fragment IndicatorFields on Indicator {
    id
    metricName
    unit
    direction
    baselineOn
    baselineValue
    targetOn
    targetValue
    measurements {
      id
      measuredOn
      value
      sourceNote
    }
    progress {
      status
      progress
      expectedProgress
      explanation
      latestOn
      latestValue
    }
  }
`);

export const TaskForceObjectivesQuery = graphql(`
  query TaskForceObjectives($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
      problems {
        id
        title
        objectives {
          id
          title
          description
          indicators {
            ...IndicatorFields
          }
        }
      }
    }
  }
`);

export const CreateObjectiveMutation = graphql(`
  mutation CreateTaskForceObjective($taskForceId: ID!, $input: CreateObjectiveInput!) {
    createTaskForceObjective(taskForceId: $taskForceId, input: $input) {
      id
    }
  }
`);

export const AddIndicatorMutation = graphql(`
  mutation AddObjectiveIndicator($objectiveId: ID!, $input: AddIndicatorInput!) {
    addObjectiveIndicator(objectiveId: $objectiveId, input: $input) {
      id
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordIndicatorMeasurement($taskForceId: ID!, $input: RecordMeasurementInput!) {
    recordIndicatorMeasurement(taskForceId: $taskForceId, input: $input) {
      id
    }
  }
`);

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    title
    dueOn
    status
    overdue
    notes
    completedAt
    objectiveId
    ownerStaff {
      id
      name
    }
    ownerContact {
      id
      name
      email
    }
  }
`);

export const TaskForceActionsQuery = graphql(`
  query TaskForceActions($id: ID!, $filter: ActionItemFilterInput) {
    taskForce(id: $id) {
      ...TaskForceHeader
      leadOfficer {
        id
        name
      }
      actionItems(filter: $filter) {
        ...ActionItemFields
      }
      staffMembers {
        id
        leftOn
        staffUser {
          id
          name
        }
      }
      members {
        id
        leftOn
        organisation {
          id
          name
        }
        contacts {
          id
          name
        }
      }
      problems {
        id
        objectives {
          id
          title
        }
      }
    }
  }
`);

export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($taskForceId: ID!, $input: CreateActionItemInput!) {
    createActionItem(taskForceId: $taskForceId, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $input: UpdateActionItemInput!) {
    updateActionItem(id: $id, input: $input) {
      ...ActionItemFields
    }
  }
`);

export const ChangeActionItemStatusMutation = graphql(`
  mutation ChangeActionItemStatus($id: ID!, $status: ActionItemStatus!, $note: String) {
    changeActionItemStatus(id: $id, status: $status, note: $note) {
      ...ActionItemFields
    }
  }
`);

export const SendActionItemLinkMutation = graphql(`
  mutation SendActionItemStatusLink($id: ID!) {
    sendActionItemStatusLink(id: $id) {
      id
    }
  }
`);

export const TaskForceReportQuery = graphql(`
  query TaskForceReport($id: ID!) {
    taskForce(id: $id) {
      ...TaskForceHeader
    }
    taskForceReport(taskForceId: $id) {
      asOf
      generatedAt
      meetingsHeld
      meetingsUpcoming
      meetingsAwaitingReport
      participationRate
      attendance {
        organisationId
        name
        expected
        attended
        rate
      }
      actionItems {
        total
        open
        inProgress
        blocked
        done
        doneOnTime
        doneLate
        overdue
      }
      overdueItems {
        ...ActionItemFields
      }
      indicators {
        objectiveTitle
        problemTitle
        changeFromBaseline
        trend
        indicator {
          ...IndicatorFields
        }
      }
    }
  }
`);

export const CreateReportLinkMutation = graphql(`
  mutation CreateTaskForceReportLink($taskForceId: ID!) {
    createTaskForceReportLink(taskForceId: $taskForceId) {
      csvUrl
      url
      expiresAt
    }
  }
`);
