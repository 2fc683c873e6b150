/**
 * The funnel's counts, one shape: what `InvitationsRepository.funnelCounts` reads and what
 * `InvitationSummary` answers (the summary adds delivery, capacity and the named lists).
 */
export interface FunnelAnswerCounts {
  invited: number;
  attending: number;
  maybe: number;
  declined: number;
  waitlisted: number;
  offered: number;
  noReply: number;
  /** People expected: attending answers with their parties. */
  headcount: number;
  seatsTaken: number;
  present: number;
  /** People present: checked-in invitees with their parties (prefills completeForum's attendanceCount, walk-ins aside). */
  presentHeadcount: number;
  organisationsInvited: number;
  organisationsRepresented: number;
  organisationsPresent: number;
}

/** Each need counted in attending responses, and in people (those responses with their parties). */
export interface NeedCounts {
  stepFreeAccess: number;
  stepFreeAccessPeople: number;
  signLanguage: number;
  signLanguagePeople: number;
  childcare: number;
  childcarePeople: number;
}
