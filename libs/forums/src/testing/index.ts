// Test support for other libs' tests and test/: rows of this lib written straight to the database.
export { createForum, createVenue } from './forum.factory';
