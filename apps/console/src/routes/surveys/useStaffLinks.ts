import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { SurveyStaffLinksMutation } from './surveys.graphql';

/** A signed link as a same-origin path (frames and session fetches stay on the console's origin, whatever PUBLIC_URL says). */
export function samePath(url: string): string {
  const u = new URL(url, window.location.origin);
  return `${u.pathname}${u.search}`;
}

/** Short-lived signed links to the survey's preview and CSVs, made for the signed-in staff member. */
export function useStaffLinks(surveyId: string, eager: boolean) {
  const [make, state] = useMutation(SurveyStaffLinksMutation);
  useEffect(() => {
    if (eager) void make({ variables: { surveyId } }).catch(() => null);
  }, [eager, make, surveyId]);
  return { links: state.data?.createSurveyStaffLinks ?? null, error: state.error, fresh: () => make({ variables: { surveyId } }).then((r) => r.data?.createSurveyStaffLinks ?? null) };
}
