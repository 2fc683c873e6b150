// Test support only (`@app/database/testing`): what Jest's global setup and teardown need, without
// the Nest module (which pulls in `@app/config`, and global setup has no module mapper to find it).
export { adminQuery, runMigrations } from '../migrate';
