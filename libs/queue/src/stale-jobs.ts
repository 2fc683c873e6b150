import { Queue, RedisClient } from 'bullmq';

/**
 * Run atomically in Redis for a batch of fixed job ids the database says are owed. Clears
 * whatever stale state each id has and returns the ids that now have no job (so the caller
 * adds them). A job is left alone only while something will run it: a whole hash (name and
 * data) that is locked by a worker, waiting, delayed, prioritised or active. Cleared:
 * - a partial hash (no name or data): a stray write from an in-flight worker after a flush
 *   (BullMQ's moveToActive and delayed-promotion write fields into a key without checking it
 *   exists), which would otherwise make every re-add a "duplicate" and fail as a nameless job;
 * - a finished job (failed or completed) whose work the database still owes;
 * - a whole hash listed nowhere (its list entry was lost): nothing would ever run it;
 * - a whole hash in the active list without a lock: no worker holds it (a worker's lock is
 *   set and removed atomically with its active-list entry), so it would wait for BullMQ's
 *   stalled check, which may fail it instead of running it.
 * A lock alone keeps a job: a worker is running it and will record the outcome.
 * Stray list, set and lock entries of an absent or cleared id are removed too, so the new
 * job is the only one under its id.
 *
 * KEYS: wait, active, paused (lists), delayed, prioritized, waiting-children, failed, completed (sorted sets)
 * ARGV: the job key prefix ("<prefix>:<queue>:"), then the job ids
 */
const CLEAR_STALE_JOBS = `
local rcall = redis.call
local listed
-- Which list holds the id: 1 wait, 2 active, 3 paused (nil: none).
local function inList(id)
  if not listed then
    listed = {}
    for i = 1, 3 do
      for _, member in ipairs(rcall("LRANGE", KEYS[i], 0, -1)) do listed[member] = i end
    end
  end
  return listed[id]
end
local function inSets(first, last, id)
  for i = first, last do
    if rcall("ZSCORE", KEYS[i], id) then return true end
  end
  return false
end
local function clear(id, key)
  rcall("DEL", key, key .. ":lock", key .. ":logs")
  if inList(id) then
    for i = 1, 3 do rcall("LREM", KEYS[i], 0, id) end
  end
  for i = 4, 8 do rcall("ZREM", KEYS[i], id) end
end
local missing = {}
for n = 2, #ARGV do
  local id = ARGV[n]
  local key = ARGV[1] .. id
  local live = false
  if rcall("EXISTS", key) == 1 then
    local fields = rcall("HMGET", key, "name", "data")
    if fields[1] and fields[2] and not inSets(7, 8, id) then
      local list = inList(id)
      live = rcall("EXISTS", key .. ":lock") == 1 or inSets(4, 6, id) or list == 1 or list == 3
    end
  end
  if not live then
    clear(id, key)
    missing[#missing + 1] = id
  end
end
return missing
`;

const COMMAND = 'liaisonClearStaleJobs';
const KEY_COUNT = 8;
const defined = new WeakSet<RedisClient>();

/** Ids per script call: keeps each atomic step (which blocks Redis) short. */
const BATCH = 1_000;

/** Clears stale state under the given job ids (see CLEAR_STALE_JOBS); returns the ids that need a new job. */
export async function clearStaleJobs(queue: Queue, jobIds: string[]): Promise<Set<string>> {
  const client = await queue.getBackend().client;
  if (!defined.has(client)) {
    client.defineCommand(COMMAND, { numberOfKeys: KEY_COUNT, lua: CLEAR_STALE_JOBS });
    defined.add(client);
  }
  const k = queue.keys;
  const keys = [k.wait, k.active, k.paused, k.delayed, k.prioritized, k['waiting-children'], k.failed, k.completed];
  const missing = new Set<string>();
  for (let i = 0; i < jobIds.length; i += BATCH) {
    const ids = (await client.runCommand(COMMAND, [...keys, queue.toKey(''), ...jobIds.slice(i, i + BATCH)])) as string[];
    for (const id of ids) missing.add(id);
  }
  return missing;
}
