// Test support only (`@app/partners/testing`): rows of the directory for tests about something else.
export { createContact, createContacts, createOrganisation } from './partners.factory';
