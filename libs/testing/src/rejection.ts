/** What `work` was rejected with; fails the test when it succeeds instead. */
export function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error('expected a rejection, but the work succeeded');
    },
    (error: unknown) => error,
  );
}
