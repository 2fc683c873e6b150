/**
 * Runs `attempt` until it succeeds, or fails with an error `retryOn` does not accept; `retryOn`
 * gets the error and the number of the attempt that failed (from 1). Each attempt must stand
 * alone (a whole transaction, say): nothing of a failed one is kept.
 */
export async function retrying<T>(attempt: () => Promise<T>, retryOn: (error: unknown, attempt: number) => boolean): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!retryOn(error, n)) throw error;
    }
  }
}
