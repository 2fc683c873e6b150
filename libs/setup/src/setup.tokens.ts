export const FIRST_RUN_ENV = Symbol('FIRST_RUN_ENV');

/** Optional overrides for the first agency and admin, read from the environment. */
export interface FirstRunEnv {
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  AGENCY_NAME?: string;
  AGENCY_SLUG?: string;
  AGENCY_TIME_ZONE?: string;
  /** The first platform operator (created on any start that finds none). */
  OPERATOR_EMAIL?: string;
  OPERATOR_PASSWORD?: string;
}
