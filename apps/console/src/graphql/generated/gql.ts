/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": typeof types.ConsoleShellDocument,
    "\n  query AdminStaffList($filter: StaffFilterInput, $after: String, $first: Int) {\n    staffUsers(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          status\n          lastLoginAt\n          invitationExpiresAt\n        }\n      }\n    }\n  }\n": typeof types.AdminStaffListDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.AdminInviteStaffDocument,
    "\n  mutation AdminChangeStaffRole($id: ID!, $role: StaffRole!) {\n    changeStaffRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.AdminChangeStaffRoleDocument,
    "\n  mutation AdminDeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminDeactivateStaffDocument,
    "\n  fragment AdminAgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    neighbourhoods\n    mailSenderName\n    mailSenderEmail\n    branding {\n      logoUrl\n      primaryColor\n    }\n  }\n": typeof types.AdminAgencySettingsFieldsFragmentDoc,
    "\n  query AdminAgencySettings {\n    agency {\n      ...AdminAgencySettingsFields\n    }\n  }\n": typeof types.AdminAgencySettingsDocument,
    "\n  mutation AdminUpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      ...AdminAgencySettingsFields\n    }\n  }\n": typeof types.AdminUpdateAgencySettingsDocument,
    "\n  query AdminAuditLog($filter: AuditFilterInput, $after: String, $first: Int) {\n    auditLog(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorId\n          actorLabel\n          actorType\n          entityType\n          entityId\n          summary\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminAgencyDelivery {\n    agencyDelivery {\n      pending\n      sent\n      failed\n      recentFailures {\n        id\n        kind\n        to\n        subject\n        reason\n        attempts\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminAgencyDeliveryDocument,
    "\n  query AdminFailedImports {\n    organisationImports(filter: { status: [FAILED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          failure\n          totalRows\n        }\n      }\n    }\n  }\n": typeof types.AdminFailedImportsDocument,
    "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityConcernsDocument,
    "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.ForumsCalendarDocument,
    "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n": typeof types.ForumDetailFragmentDoc,
    "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": typeof types.ForumPageDocument,
    "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": typeof types.PublishForumDocument,
    "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": typeof types.RescheduleForumDocument,
    "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n": typeof types.CancelForumDocument,
    "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": typeof types.CompleteForumDocument,
    "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n": typeof types.CompleteForumChoicesDocument,
    "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n": typeof types.VenueChoiceFieldsFragmentDoc,
    "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n": typeof types.HostChoiceFieldsFragmentDoc,
    "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n": typeof types.ForumFormFieldsFragmentDoc,
    "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormChoicesFragmentDoc,
    "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n": typeof types.NewForumFormDocument,
    "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n": typeof types.EditForumFormDocument,
    "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormVenueSearchDocument,
    "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormHostSearchDocument,
    "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.CreateForumFromFormDocument,
    "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.UpdateForumFromFormDocument,
    "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.RescheduleForumFromFormDocument,
    "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n": typeof types.ForumListRowFragmentDoc,
    "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ForumsListDocument,
    "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n": typeof types.InvitationsForumFragmentDoc,
    "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n": typeof types.InvitationFunnelFragmentDoc,
    "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n": typeof types.InvitationsOverviewDocument,
    "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n": typeof types.InvitationsComposeDocument,
    "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n": typeof types.AudienceOrganisationsDocument,
    "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n": typeof types.InviteToForumDocument,
    "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n": typeof types.AttendeeFragmentDoc,
    "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n": typeof types.InvitationsAttendeesDocument,
    "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n": typeof types.CheckInAttendeeDocument,
    "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n": typeof types.RsvpSettingsFieldsFragmentDoc,
    "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n": typeof types.InvitationsSettingsDocument,
    "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n": typeof types.SetRsvpSettingsDocument,
    "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsRepliesDocument,
    "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveRsvpReplyDocument,
    "\n  fragment PlatformAgencyFields on PlatformAgency {\n    id\n    name\n    slug\n    timeZone\n    createdAt\n    activeStaff\n    invitedStaff\n    emailsPending\n    emailsFailed\n    lastStaffSignInAt\n    suspendedAt\n    suspensionReason\n  }\n": typeof types.PlatformAgencyFieldsFragmentDoc,
    "\n  query PlatformAgencies($after: String, $first: Int) {\n    platformAgencies(after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PlatformAgencyFields\n        }\n      }\n    }\n  }\n": typeof types.PlatformAgenciesDocument,
    "\n  query PlatformAgency($id: ID!) {\n    platformAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n": typeof types.PlatformAgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n": typeof types.CreateAgencyDocument,
    "\n  mutation SuspendAgency($id: ID!, $input: SuspendAgencyInput!) {\n    suspendAgency(id: $id, input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n": typeof types.SuspendAgencyDocument,
    "\n  mutation ReinstateAgency($id: ID!) {\n    reinstateAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n": typeof types.ReinstateAgencyDocument,
    "\n  fragment OrganisationSummaryFields on Organisation {\n    id\n    name\n    type\n    status\n    focusAreas\n    neighbourhoods\n  }\n": typeof types.OrganisationSummaryFieldsFragmentDoc,
    "\n  query PartnersDirectory($filter: OrganisationFilterInput, $after: String, $first: Int) {\n    organisations(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationSummaryFields\n          contacts {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnersDirectoryDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    email\n    phone\n    roleTitle\n    preferredLanguage\n    optedOut\n    optedOutAt\n    optOutSource\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    ...OrganisationSummaryFields\n    website\n    phone\n    notes\n    updatedAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveOrganisationDocument,
    "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnarchiveOrganisationDocument,
    "\n  mutation AddContact($organisationId: ID!, $input: ContactInput!) {\n    addContact(organisationId: $organisationId, input: $input) {\n      ...ContactFields\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation RecordContactOptOut($id: ID!, $reason: String) {\n    recordContactOptOut(id: $id, reason: $reason) {\n      ...ContactFields\n    }\n  }\n": typeof types.RecordContactOptOutDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveContactDocument,
    "\n  fragment OrganisationImportFields on OrganisationImport {\n    id\n    status\n    dryRun\n    progress\n    totalRows\n    created\n    updated\n    unchanged\n    errorCount\n    failure\n    organisations {\n      created\n      updated\n      unchanged\n    }\n    contacts {\n      created\n      updated\n      unchanged\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n": typeof types.OrganisationImportFieldsFragmentDoc,
    "\n  query OrganisationImportProgress($id: ID!) {\n    organisationImport(id: $id) {\n      ...OrganisationImportFields\n    }\n  }\n": typeof types.OrganisationImportProgressDocument,
    "\n  mutation ProfileUpdate($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ProfileUpdateDocument,
    "\n  mutation ProfileChangePassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ProfileChangePasswordDocument,
    "\n  mutation ProfileEndOtherSessions {\n    endMyOtherSessions\n  }\n": typeof types.ProfileEndOtherSessionsDocument,
    "\n  query Profile {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesListDocument,
    "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n": typeof types.SeriesVenueOptionFragmentDoc,
    "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": typeof types.SeriesFormOptionsDocument,
    "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n": typeof types.SeriesPreviewDocument,
    "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSeriesDocument,
    "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n": typeof types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": typeof types.SeriesDetailDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSeriesDocument,
    "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSeriesFromDocument,
    "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n": typeof types.EndSeriesDocument,
    "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": typeof types.CancelSeriesOccurrenceDocument,
    "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": typeof types.MoveSeriesOccurrenceDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n": typeof types.VenueFieldsFragmentDoc,
    "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n": typeof types.VenuesListDocument,
    "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.VenueDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.ArchiveVenueDocument,
    "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.UnarchiveVenueDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  query AdminStaffList($filter: StaffFilterInput, $after: String, $first: Int) {\n    staffUsers(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          status\n          lastLoginAt\n          invitationExpiresAt\n        }\n      }\n    }\n  }\n": types.AdminStaffListDocument,
    "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n    }\n  }\n": types.AdminInviteStaffDocument,
    "\n  mutation AdminChangeStaffRole($id: ID!, $role: StaffRole!) {\n    changeStaffRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.AdminChangeStaffRoleDocument,
    "\n  mutation AdminDeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminDeactivateStaffDocument,
    "\n  fragment AdminAgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    neighbourhoods\n    mailSenderName\n    mailSenderEmail\n    branding {\n      logoUrl\n      primaryColor\n    }\n  }\n": types.AdminAgencySettingsFieldsFragmentDoc,
    "\n  query AdminAgencySettings {\n    agency {\n      ...AdminAgencySettingsFields\n    }\n  }\n": types.AdminAgencySettingsDocument,
    "\n  mutation AdminUpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      ...AdminAgencySettingsFields\n    }\n  }\n": types.AdminUpdateAgencySettingsDocument,
    "\n  query AdminAuditLog($filter: AuditFilterInput, $after: String, $first: Int) {\n    auditLog(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorId\n          actorLabel\n          actorType\n          entityType\n          entityId\n          summary\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminAgencyDelivery {\n    agencyDelivery {\n      pending\n      sent\n      failed\n      recentFailures {\n        id\n        kind\n        to\n        subject\n        reason\n        attempts\n        createdAt\n      }\n    }\n  }\n": types.AdminAgencyDeliveryDocument,
    "\n  query AdminFailedImports {\n    organisationImports(filter: { status: [FAILED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          failure\n          totalRows\n        }\n      }\n    }\n  }\n": types.AdminFailedImportsDocument,
    "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CommunityConcernsDocument,
    "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n": types.ForumsCalendarDocument,
    "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n": types.ForumDetailFragmentDoc,
    "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": types.ForumPageDocument,
    "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": types.PublishForumDocument,
    "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": types.RescheduleForumDocument,
    "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n": types.CancelForumDocument,
    "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": types.CompleteForumDocument,
    "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n": types.CompleteForumChoicesDocument,
    "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n": types.VenueChoiceFieldsFragmentDoc,
    "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n": types.HostChoiceFieldsFragmentDoc,
    "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n": types.ForumFormFieldsFragmentDoc,
    "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormChoicesFragmentDoc,
    "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n": types.NewForumFormDocument,
    "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n": types.EditForumFormDocument,
    "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormVenueSearchDocument,
    "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormHostSearchDocument,
    "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.CreateForumFromFormDocument,
    "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.UpdateForumFromFormDocument,
    "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.RescheduleForumFromFormDocument,
    "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n": types.ForumListRowFragmentDoc,
    "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ForumsListDocument,
    "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n": types.InvitationsForumFragmentDoc,
    "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n": types.InvitationFunnelFragmentDoc,
    "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n": types.InvitationsOverviewDocument,
    "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n": types.InvitationsComposeDocument,
    "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n": types.AudienceOrganisationsDocument,
    "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n": types.InviteToForumDocument,
    "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n": types.AttendeeFragmentDoc,
    "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n": types.InvitationsAttendeesDocument,
    "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n": types.CheckInAttendeeDocument,
    "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n": types.RsvpSettingsFieldsFragmentDoc,
    "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n": types.InvitationsSettingsDocument,
    "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n": types.SetRsvpSettingsDocument,
    "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n": types.InvitationsRepliesDocument,
    "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n": types.ResolveRsvpReplyDocument,
    "\n  fragment PlatformAgencyFields on PlatformAgency {\n    id\n    name\n    slug\n    timeZone\n    createdAt\n    activeStaff\n    invitedStaff\n    emailsPending\n    emailsFailed\n    lastStaffSignInAt\n    suspendedAt\n    suspensionReason\n  }\n": types.PlatformAgencyFieldsFragmentDoc,
    "\n  query PlatformAgencies($after: String, $first: Int) {\n    platformAgencies(after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PlatformAgencyFields\n        }\n      }\n    }\n  }\n": types.PlatformAgenciesDocument,
    "\n  query PlatformAgency($id: ID!) {\n    platformAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n": types.PlatformAgencyDocument,
    "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n": types.CreateAgencyDocument,
    "\n  mutation SuspendAgency($id: ID!, $input: SuspendAgencyInput!) {\n    suspendAgency(id: $id, input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n": types.SuspendAgencyDocument,
    "\n  mutation ReinstateAgency($id: ID!) {\n    reinstateAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n": types.ReinstateAgencyDocument,
    "\n  fragment OrganisationSummaryFields on Organisation {\n    id\n    name\n    type\n    status\n    focusAreas\n    neighbourhoods\n  }\n": types.OrganisationSummaryFieldsFragmentDoc,
    "\n  query PartnersDirectory($filter: OrganisationFilterInput, $after: String, $first: Int) {\n    organisations(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationSummaryFields\n          contacts {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PartnersDirectoryDocument,
    "\n  fragment ContactFields on Contact {\n    id\n    name\n    email\n    phone\n    roleTitle\n    preferredLanguage\n    optedOut\n    optedOutAt\n    optOutSource\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  fragment OrganisationFields on Organisation {\n    ...OrganisationSummaryFields\n    website\n    phone\n    notes\n    updatedAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.ArchiveOrganisationDocument,
    "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnarchiveOrganisationDocument,
    "\n  mutation AddContact($organisationId: ID!, $input: ContactInput!) {\n    addContact(organisationId: $organisationId, input: $input) {\n      ...ContactFields\n    }\n  }\n": types.AddContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation RecordContactOptOut($id: ID!, $reason: String) {\n    recordContactOptOut(id: $id, reason: $reason) {\n      ...ContactFields\n    }\n  }\n": types.RecordContactOptOutDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n    }\n  }\n": types.RemoveContactDocument,
    "\n  fragment OrganisationImportFields on OrganisationImport {\n    id\n    status\n    dryRun\n    progress\n    totalRows\n    created\n    updated\n    unchanged\n    errorCount\n    failure\n    organisations {\n      created\n      updated\n      unchanged\n    }\n    contacts {\n      created\n      updated\n      unchanged\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n": types.OrganisationImportFieldsFragmentDoc,
    "\n  query OrganisationImportProgress($id: ID!) {\n    organisationImport(id: $id) {\n      ...OrganisationImportFields\n    }\n  }\n": types.OrganisationImportProgressDocument,
    "\n  mutation ProfileUpdate($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.ProfileUpdateDocument,
    "\n  mutation ProfileChangePassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ProfileChangePasswordDocument,
    "\n  mutation ProfileEndOtherSessions {\n    endMyOtherSessions\n  }\n": types.ProfileEndOtherSessionsDocument,
    "\n  query Profile {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.ProfileDocument,
    "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n": types.SeriesListDocument,
    "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n": types.SeriesVenueOptionFragmentDoc,
    "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": types.SeriesFormOptionsDocument,
    "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n": types.SeriesPreviewDocument,
    "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n": types.CreateSeriesDocument,
    "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n": types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": types.SeriesDetailDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateSeriesDocument,
    "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n": types.UpdateSeriesFromDocument,
    "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n": types.EndSeriesDocument,
    "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": types.CancelSeriesOccurrenceDocument,
    "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": types.MoveSeriesOccurrenceDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n": types.VenueFieldsFragmentDoc,
    "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n": types.VenuesListDocument,
    "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.VenueDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.ArchiveVenueDocument,
    "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.UnarchiveVenueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n"): (typeof documents)["\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaffList($filter: StaffFilterInput, $after: String, $first: Int) {\n    staffUsers(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          status\n          lastLoginAt\n          invitationExpiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminStaffList($filter: StaffFilterInput, $after: String, $first: Int) {\n    staffUsers(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          status\n          lastLoginAt\n          invitationExpiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangeStaffRole($id: ID!, $role: StaffRole!) {\n    changeStaffRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AdminChangeStaffRole($id: ID!, $role: StaffRole!) {\n    changeStaffRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    neighbourhoods\n    mailSenderName\n    mailSenderEmail\n    branding {\n      logoUrl\n      primaryColor\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    neighbourhoods\n    mailSenderName\n    mailSenderEmail\n    branding {\n      logoUrl\n      primaryColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgencySettings {\n    agency {\n      ...AdminAgencySettingsFields\n    }\n  }\n"): (typeof documents)["\n  query AdminAgencySettings {\n    agency {\n      ...AdminAgencySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      ...AdminAgencySettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAgencySettings($input: UpdateAgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      ...AdminAgencySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($filter: AuditFilterInput, $after: String, $first: Int) {\n    auditLog(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorId\n          actorLabel\n          actorType\n          entityType\n          entityId\n          summary\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($filter: AuditFilterInput, $after: String, $first: Int) {\n    auditLog(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorId\n          actorLabel\n          actorType\n          entityType\n          entityId\n          summary\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgencyDelivery {\n    agencyDelivery {\n      pending\n      sent\n      failed\n      recentFailures {\n        id\n        kind\n        to\n        subject\n        reason\n        attempts\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAgencyDelivery {\n    agencyDelivery {\n      pending\n      sent\n      failed\n      recentFailures {\n        id\n        kind\n        to\n        subject\n        reason\n        attempts\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFailedImports {\n    organisationImports(filter: { status: [FAILED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          failure\n          totalRows\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFailedImports {\n    organisationImports(filter: { status: [FAILED] }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          failure\n          totalRows\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n"): (typeof documents)["\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n"): (typeof documents)["\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n"): (typeof documents)["\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n"): (typeof documents)["\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n"): (typeof documents)["\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n"): (typeof documents)["\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n"): (typeof documents)["\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n"): (typeof documents)["\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n"): (typeof documents)["\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n"): (typeof documents)["\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlatformAgencyFields on PlatformAgency {\n    id\n    name\n    slug\n    timeZone\n    createdAt\n    activeStaff\n    invitedStaff\n    emailsPending\n    emailsFailed\n    lastStaffSignInAt\n    suspendedAt\n    suspensionReason\n  }\n"): (typeof documents)["\n  fragment PlatformAgencyFields on PlatformAgency {\n    id\n    name\n    slug\n    timeZone\n    createdAt\n    activeStaff\n    invitedStaff\n    emailsPending\n    emailsFailed\n    lastStaffSignInAt\n    suspendedAt\n    suspensionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformAgencies($after: String, $first: Int) {\n    platformAgencies(after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PlatformAgencyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformAgencies($after: String, $first: Int) {\n    platformAgencies(after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PlatformAgencyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformAgency($id: ID!) {\n    platformAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n"): (typeof documents)["\n  query PlatformAgency($id: ID!) {\n    platformAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAgency($id: ID!, $input: SuspendAgencyInput!) {\n    suspendAgency(id: $id, input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAgency($id: ID!, $input: SuspendAgencyInput!) {\n    suspendAgency(id: $id, input: $input) {\n      ...PlatformAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateAgency($id: ID!) {\n    reinstateAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateAgency($id: ID!) {\n    reinstateAgency(id: $id) {\n      ...PlatformAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSummaryFields on Organisation {\n    id\n    name\n    type\n    status\n    focusAreas\n    neighbourhoods\n  }\n"): (typeof documents)["\n  fragment OrganisationSummaryFields on Organisation {\n    id\n    name\n    type\n    status\n    focusAreas\n    neighbourhoods\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersDirectory($filter: OrganisationFilterInput, $after: String, $first: Int) {\n    organisations(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationSummaryFields\n          contacts {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersDirectory($filter: OrganisationFilterInput, $after: String, $first: Int) {\n    organisations(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...OrganisationSummaryFields\n          contacts {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    id\n    name\n    email\n    phone\n    roleTitle\n    preferredLanguage\n    optedOut\n    optedOutAt\n    optOutSource\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    id\n    name\n    email\n    phone\n    roleTitle\n    preferredLanguage\n    optedOut\n    optedOutAt\n    optOutSource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    ...OrganisationSummaryFields\n    website\n    phone\n    notes\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    ...OrganisationSummaryFields\n    website\n    phone\n    notes\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganisation($id: ID!) {\n    archiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveOrganisation($id: ID!) {\n    unarchiveOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($organisationId: ID!, $input: ContactInput!) {\n    addContact(organisationId: $organisationId, input: $input) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($organisationId: ID!, $input: ContactInput!) {\n    addContact(organisationId: $organisationId, input: $input) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContactOptOut($id: ID!, $reason: String) {\n    recordContactOptOut(id: $id, reason: $reason) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordContactOptOut($id: ID!, $reason: String) {\n    recordContactOptOut(id: $id, reason: $reason) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationImportFields on OrganisationImport {\n    id\n    status\n    dryRun\n    progress\n    totalRows\n    created\n    updated\n    unchanged\n    errorCount\n    failure\n    organisations {\n      created\n      updated\n      unchanged\n    }\n    contacts {\n      created\n      updated\n      unchanged\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationImportFields on OrganisationImport {\n    id\n    status\n    dryRun\n    progress\n    totalRows\n    created\n    updated\n    unchanged\n    errorCount\n    failure\n    organisations {\n      created\n      updated\n      unchanged\n    }\n    contacts {\n      created\n      updated\n      unchanged\n    }\n    errors {\n      row\n      column\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationImportProgress($id: ID!) {\n    organisationImport(id: $id) {\n      ...OrganisationImportFields\n    }\n  }\n"): (typeof documents)["\n  query OrganisationImportProgress($id: ID!) {\n    organisationImport(id: $id) {\n      ...OrganisationImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdate($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdate($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileChangePassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ProfileChangePassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileEndOtherSessions {\n    endMyOtherSessions\n  }\n"): (typeof documents)["\n  mutation ProfileEndOtherSessions {\n    endMyOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n"): (typeof documents)["\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n"): (typeof documents)["\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;