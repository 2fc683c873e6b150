import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { StaffRole } from '@app/common';
import { OrganisationImportStatus } from '@app/partners';
import { QueueName } from '@app/queue';
import { ImportsProcessor } from '../apps/worker/src/processors/imports.processor';
import { TestApp, createAgency, createContact, createOrganisation, createSignedInStaff, createTestApp, eventually, startTestWorker, testConfig } from '@app/testing';

const HEADER = 'organisation_name,organisation_type,focus_areas,neighbourhoods,website,organisation_phone,notes,organisation_status,contact_name,contact_email,contact_phone,contact_role,contact_language,contact_opted_out';
const IMPORT_FIELDS = `id status dryRun progress totalRows created updated unchanged errorCount failure
  organisations { created updated unchanged } contacts { created updated unchanged } errors { row column message }`;

interface ImportResult {
  id: string;
  status: string;
  dryRun: boolean;
  progress: number;
  totalRows: number | null;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  organisations: { created: number; updated: number; unchanged: number };
  contacts: { created: number; updated: number; unchanged: number };
  errors: { row: number; column: string | null; message: string }[];
}

const VALID = [
  HEADER,
  'Northgate High School,SCHOOL,youth safety; traffic safety,Northgate,https://nhs.example.org,(555) 010-1000,,ACTIVE,Karen Hughes,KHughes@nhs.example.org,,Principal,en,no',
  'Northgate High School,SCHOOL,youth safety; traffic safety,Northgate,https://nhs.example.org,(555) 010-1000,,ACTIVE,Raúl Castillo,rcastillo@nhs.example.org,,Family Liaison,es,',
  'Safe Harbor Shelter,VICTIM_SERVICES,domestic violence,Old Town; Eastbrook,,,"Confidential, never publish the address",ACTIVE,Angela Brooks,abrooks@safeharbor.example.org,+1 555 010 2000,Director,en,no',
  'Old Town Merchants,BUSINESS_ASSOCIATION,,,,,,ACTIVE,,,,,,',
].join('\n');

describe('CSV import and export of partner organisations', () => {
  let t: TestApp;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    const config = testConfig();
    t = await createTestApp(config);
    worker = await startTestWorker(config);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  async function officer(role = StaffRole.LIAISON_OFFICER) {
    const agency = await createAgency(t.dataSource);
    const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, role);
    return { agency, token: staff.token };
  }

  function upload(token: string | undefined, body: string | Buffer, query = '', contentType = 'text/csv') {
    return fetch(`${t.url}/imports/organisations${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  }

  async function importStatus(token: string, id: string): Promise<ImportResult> {
    return (await t.graphql.data(`query($id: ID!) { organisationImport(id: $id) { ${IMPORT_FIELDS} } }`, { id }, token)).organisationImport;
  }

  /** Polls until the worker finishes, collecting every progress figure seen on the way. */
  async function finished(token: string, id: string, seen: number[] = []): Promise<ImportResult> {
    return eventually(
      async () => {
        const result = await importStatus(token, id);
        seen.push(result.progress);
        if (!['DONE', 'REJECTED', 'FAILED'].includes(result.status)) throw new Error(`import ${id} is ${result.status}`);
        return result;
      },
      { intervalMs: 25 },
    );
  }

  async function runImport(token: string, csv: string | Buffer, dryRun = false): Promise<ImportResult> {
    const res = await upload(token, csv, dryRun ? '?dryRun=true' : '');
    const body = (await res.json()) as any;
    expect(res.status).toBe(202);
    return finished(token, body.id);
  }

  const countRows = async (agencyId: string) => {
    const [{ orgs, contacts }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM organisations WHERE agency_id = $1) AS orgs, (SELECT count(*)::int FROM contacts WHERE agency_id = $1) AS contacts`,
      [agencyId],
    );
    return { orgs, contacts };
  };

  it('a dry run reports what would be created and writes nothing', async () => {
    const { agency, token } = await officer();
    const result = await runImport(token, VALID, true);
    expect(result).toMatchObject({
      status: 'DONE',
      dryRun: true,
      progress: 100,
      totalRows: 4,
      organisations: { created: 3, updated: 0, unchanged: 0 },
      contacts: { created: 3, updated: 0, unchanged: 0 },
      created: 6,
      errorCount: 0,
    });
    expect(await countRows(agency.id)).toEqual({ orgs: 0, contacts: 0 });
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE agency_id = $1 AND action = 'organisation.import'`, [agency.id])).toEqual([]);
  });

  it('imports organisations with their contacts, audited as one entry with the counts; re-importing the same file changes nothing', async () => {
    const { agency, token } = await officer();
    const first = await runImport(token, VALID);
    expect(first).toMatchObject({ status: 'DONE', progress: 100, organisations: { created: 3 }, contacts: { created: 3 } });
    const orgs = await t.dataSource.query(`SELECT name, type, focus_areas, neighbourhoods, website, notes FROM organisations WHERE agency_id = $1 ORDER BY name`, [agency.id]);
    expect(orgs).toEqual([
      { name: 'Northgate High School', type: 'SCHOOL', focus_areas: ['youth safety', 'traffic safety'], neighbourhoods: ['Northgate'], website: 'https://nhs.example.org', notes: null },
      { name: 'Old Town Merchants', type: 'BUSINESS_ASSOCIATION', focus_areas: [], neighbourhoods: [], website: null, notes: null },
      { name: 'Safe Harbor Shelter', type: 'VICTIM_SERVICES', focus_areas: ['domestic violence'], neighbourhoods: ['Old Town', 'Eastbrook'], website: null, notes: 'Confidential, never publish the address' },
    ]);
    const contacts = await t.dataSource.query(
      `SELECT c.email, c.preferred_language, o.name AS org FROM contacts c JOIN organisations o ON o.id = c.organisation_id WHERE c.agency_id = $1 ORDER BY c.email`,
      [agency.id],
    );
    expect(contacts).toEqual([
      { email: 'abrooks@safeharbor.example.org', preferred_language: 'en', org: 'Safe Harbor Shelter' },
      { email: 'khughes@nhs.example.org', preferred_language: 'en', org: 'Northgate High School' },
      { email: 'rcastillo@nhs.example.org', preferred_language: 'es', org: 'Northgate High School' },
    ]);
    const audit = await t.dataSource.query(`SELECT changes FROM audit_log WHERE agency_id = $1 AND action = 'organisation.import'`, [agency.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toMatchObject({ totalRows: 4, organisationsCreated: 3, contactsCreated: 3 });

    const before = await t.dataSource.query(`SELECT id, updated_at FROM organisations WHERE agency_id = $1 ORDER BY id`, [agency.id]);
    const again = await runImport(token, VALID);
    expect(again).toMatchObject({ status: 'DONE', created: 0, updated: 0, unchanged: 6, organisations: { unchanged: 3 }, contacts: { unchanged: 3 } });
    expect(await t.dataSource.query(`SELECT id, updated_at FROM organisations WHERE agency_id = $1 ORDER BY id`, [agency.id])).toEqual(before);
  });

  it('a changed row updates the organisation and contact in place (matched on name, any case, and email)', async () => {
    const { agency, token } = await officer();
    await runImport(token, VALID);
    const [orgBefore] = await t.dataSource.query(`SELECT id FROM organisations WHERE agency_id = $1 AND name = 'Safe Harbor Shelter'`, [agency.id]);
    const [contactBefore] = await t.dataSource.query(`SELECT id FROM contacts WHERE agency_id = $1 AND email = 'abrooks@safeharbor.example.org'`, [agency.id]);
    const changed = [
      'Contact Email,Organisation Name,ORGANISATION_TYPE,contact_name,contact_role',
      'ABrooks@SafeHarbor.example.org,safe harbor shelter,victim services,Angela Brooks-Hale,Executive Director',
    ].join('\n');
    const result = await runImport(token, changed);
    expect(result).toMatchObject({ status: 'DONE', organisations: { created: 0, updated: 1, unchanged: 0 }, contacts: { created: 0, updated: 1, unchanged: 0 } });
    const [org] = await t.dataSource.query(`SELECT id, name, notes, neighbourhoods FROM organisations WHERE id = $1`, [orgBefore.id]);
    // Renamed to the file's spelling; columns absent from the file are kept as they were.
    expect(org).toEqual({ id: orgBefore.id, name: 'safe harbor shelter', notes: 'Confidential, never publish the address', neighbourhoods: ['Old Town', 'Eastbrook'] });
    const [contact] = await t.dataSource.query(`SELECT id, name, role_title, phone FROM contacts WHERE id = $1`, [contactBefore.id]);
    expect(contact).toEqual({ id: contactBefore.id, name: 'Angela Brooks-Hale', role_title: 'Executive Director', phone: '+1 555 010 2000' });
    expect(await countRows(agency.id)).toEqual({ orgs: 3, contacts: 3 });
  });

  it('reports every row-level problem with row, column and reason, and writes nothing', async () => {
    const { agency, token } = await officer();
    const csv = [
      HEADER,
      'Good Org,NGO,,,,,,,Good Person,good@example.org,,,,',
      'Bad Email Org,NGO,,,,,,,Someone,not-an-email,,,,',
      'Typo Org,CHARITY,,,,,,,,,,,,',
      'Far Org,NGO,,Atlantis,,,,,,,,,,',
      'Good Org,NGO,,,,,,,Good Person,good@example.org,,,,',
      'Other Org,NGO,,,,,,,Another Person,GOOD@example.org,,,,',
      'Good Org,SCHOOL,,,,,,,Second Person,second@example.org,,,,',
      `${'L'.repeat(201)},NGO,,,,,,,,,,,,`,
      'Lang Org,NGO,,,,,,,Lang Person,lang@example.org,,,english please,',
    ].join('\n');
    const result = await runImport(token, csv, true);
    expect(result.status).toBe('REJECTED');
    // The dry run still counts what its valid rows would do (only row 2: Good Org and its contact).
    expect(result).toMatchObject({ organisations: { created: 1 }, contacts: { created: 1 } });
    expect(result.errors).toEqual([
      { row: 3, column: 'contact_email', message: expect.stringContaining('not a valid email address') },
      { row: 4, column: 'organisation_type', message: expect.stringContaining('"CHARITY" is not an organisation type') },
      { row: 5, column: 'neighbourhoods', message: expect.stringContaining('"Atlantis" is not one of the agency\'s neighbourhoods') },
      { row: 6, column: null, message: 'The row is a duplicate of row 2' },
      { row: 7, column: 'contact_email', message: 'contact_email good@example.org is also on row 2' },
      { row: 8, column: 'organisation_type', message: 'organisation_type differs from row 2 for the same organisation ("Good Org")' },
      { row: 9, column: 'organisation_name', message: 'organisation_name is longer than 200 characters' },
      { row: 10, column: 'contact_language', message: expect.stringContaining('is not a language tag') },
    ]);
    expect(result.errorCount).toBe(8);
    expect(await countRows(agency.id)).toEqual({ orgs: 0, contacts: 0 });
  });

  it('a real run with one failing row (the last) writes nothing at all', async () => {
    const { agency, token } = await officer();
    const rows = Array.from({ length: 200 }, (_, i) => `Org ${i},NGO,,,,,,,Person ${i},person${i}@example.org,,,,`);
    const result = await runImport(token, [HEADER, ...rows, 'Broken Org,NGO,,,,,,,Broken,broken@,,,,'].join('\n'));
    expect(result).toMatchObject({ status: 'REJECTED', dryRun: false, errorCount: 1, errors: [{ row: 202, column: 'contact_email' }] });
    expect(await countRows(agency.id)).toEqual({ orgs: 0, contacts: 0 });
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE agency_id = $1 AND action = 'organisation.import'`, [agency.id])).toEqual([]);
  });

  it('a database failure while writing contacts (after organisations were written) rolls the whole import back, retried until it fails for good', async () => {
    const { agency, token } = await officer();
    // A trigger that refuses this agency's contacts stands in for any failure half-way through the write.
    const fn = `fail_contacts_${agency.id.replace(/-/g, '')}`;
    await t.dataSource.query(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.agency_id = '${agency.id}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`,
    );
    await t.dataSource.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const seen: string[] = [];
      const res = await upload(token, VALID);
      const { id } = (await res.json()) as any;
      const result = await eventually(async () => {
        const status = await importStatus(token, id);
        seen.push(status.status);
        if (status.status !== 'FAILED') throw new Error(`import ${id} is ${status.status}`);
        return status;
      });
      expect(result).toMatchObject({ status: 'FAILED', failure: 'Internal error while importing; nothing was written' });
      expect(seen).not.toContain('DONE');
      expect(await countRows(agency.id)).toEqual({ orgs: 0, contacts: 0 });
    } finally {
      await t.dataSource.query(`DROP TRIGGER ${fn} ON contacts`);
      await t.dataSource.query(`DROP FUNCTION ${fn}()`);
    }
  });

  it('refuses wrong headers at upload, listing the missing and unknown columns', async () => {
    const { token } = await officer();
    const res = await upload(token, 'Organisation,organisation_type,contact_name,email address\nX,NGO,,\n');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      missingColumns: ['organisation_name', 'contact_email'],
      unknownColumns: ['Organisation', 'email address'],
    });
    expect(body.errors[0].message).toContain('missing required column(s): organisation_name, contact_email');
    const viaGraphql = await t.graphql.request(`mutation { importOrganisations(csv: "name\\nx") { id } }`, {}, { token });
    expect(viaGraphql.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses a file that is not UTF-8, and accepts one with a UTF-8 byte-order mark', async () => {
    const { agency, token } = await officer();
    const latin1 = Buffer.from(`${HEADER}\nCaf\xe9 Solidario,NGO,,,,,,,Jos\xe9 P\xe9rez,jose@example.org,,,es,\n`, 'latin1');
    const res = await upload(token, latin1);
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(/not valid UTF-8.*line 2/);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', encoding: 'UTF-8 required', line: 2 });

    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\nCafé Solidario,NGO,,,,,,,José Pérez,jose@example.org,,,es,\n`, 'utf8')]);
    const result = await runImport(token, withBom);
    expect(result).toMatchObject({ status: 'DONE', organisations: { created: 1 } });
    expect(await t.dataSource.query(`SELECT name FROM organisations WHERE agency_id = $1`, [agency.id])).toEqual([{ name: 'Café Solidario' }]);
  });

  it('an opted-out contact stays opted out when a re-import touches it', async () => {
    const { agency, token } = await officer();
    await runImport(token, VALID);
    const [contact] = await t.dataSource.query(`SELECT id FROM contacts WHERE agency_id = $1 AND email = 'khughes@nhs.example.org'`, [agency.id]);
    await t.graphql.data(`mutation($id: ID!) { recordContactOptOut(id: $id) { id } }`, { id: contact.id }, token);
    const [before] = await t.dataSource.query(`SELECT opted_out_at, opt_out_source FROM contacts WHERE id = $1`, [contact.id]);

    // The row says "no" and changes the role: the role changes, the opt-out does not.
    const result = await runImport(token, VALID.replace('Principal,en,no', 'Head Teacher,en,no'));
    expect(result).toMatchObject({ status: 'DONE', contacts: { updated: 1, unchanged: 2 } });
    const [after] = await t.dataSource.query(`SELECT role_title, opted_out_at, opt_out_source FROM contacts WHERE id = $1`, [contact.id]);
    expect(after).toEqual({ role_title: 'Head Teacher', opted_out_at: before.opted_out_at, opt_out_source: before.opt_out_source });
  });

  it('a "yes" in contact_opted_out records an opt-out from the import', async () => {
    const { agency, token } = await officer();
    const result = await runImport(token, VALID.replace('Director,en,no', 'Director,en,yes'));
    expect(result.status).toBe('DONE');
    const [row] = await t.dataSource.query(`SELECT opted_out_at IS NOT NULL AS out, opt_out_source FROM contacts WHERE agency_id = $1 AND email = 'abrooks@safeharbor.example.org'`, [agency.id]);
    expect(row).toEqual({ out: true, opt_out_source: 'import' });
  });

  it('an export re-imports with no changes (round trip), including an opt-out and an organisation without contacts', async () => {
    const { agency, token } = await officer();
    await runImport(token, VALID);
    const org = await createOrganisation(t.dataSource, agency.id, {
      name: 'Ünïcode, "Quoted" Org',
      notes: 'line one\nline two',
      focusAreas: ['hate crime'],
      phone: '+1 555 010 9999',
    });
    await createOrganisation(t.dataSource, agency.id, { name: '=HYPERLINK("http://evil.example")', notes: '@SUM(A1)' });
    await createContact(t.dataSource, org, { email: 'opted@example.org', optedOutAt: new Date(), optOutSource: 'unsubscribe link' });
    const res = await fetch(`${t.url}/exports/organisations.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(HEADER);
    expect(text).toContain('Old Town Merchants,BUSINESS_ASSOCIATION');
    // Cells a spreadsheet would run as formulas are defused; phone numbers are left as they are.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`'@SUM(A1)`);
    expect(text).toContain(',+1 555 010 9999,');

    const result = await runImport(token, bytes);
    expect(result).toMatchObject({ status: 'DONE', totalRows: 6, created: 0, updated: 0, unchanged: 9 });
  });

  it("exports only what the directory's filters select, and refuses a filter value it does not know", async () => {
    const { token } = await officer();
    await runImport(token, VALID);
    const get = (query: string) => fetch(`${t.url}/exports/organisations.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
    const schools = await (await get('?type=SCHOOL&text=northgate')).text();
    expect(schools).toContain('khughes@nhs.example.org');
    expect(schools).not.toContain('Safe Harbor Shelter');
    expect(schools).not.toContain('Old Town Merchants');
    const byArea = await (await get('?focusArea=Domestic%20Violence&neighbourhood=old%20town&status=ACTIVE')).text();
    expect(byArea).toContain('Safe Harbor Shelter');
    expect(byArea).not.toContain('Northgate High School');
    const bad = await get('?type=CLUB');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.type' });
  });

  it('a 10,000-row file (larger than the JSON body limit) imports through the HTTP upload, with progress figures that only grow to 100', async () => {
    const { agency, token } = await officer();
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `Organisation ${Math.floor(i / 2)},NGO,youth safety; drugs,Northgate,https://org${Math.floor(i / 2)}.example.org,,Some notes about this partner,ACTIVE,Person ${i},person${i}@example.org,+1 555 010 ${String(i).padStart(4, '0')},Coordinator,en,no`,
    );
    const csv = [HEADER, ...rows].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    const res = await upload(token, csv);
    expect(res.status).toBe(202);
    const { id, status, progress } = (await res.json()) as any;
    expect(['QUEUED', 'RUNNING']).toContain(status);
    const seen: number[] = [progress];
    const result = await finished(token, id, seen);
    expect(result).toMatchObject({ status: 'DONE', progress: 100, totalRows: 10_000, organisations: { created: 5_000 }, contacts: { created: 10_000 } });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await countRows(agency.id)).toEqual({ orgs: 5_000, contacts: 10_000 });
  });

  it("imports only touch the importer's agency; another agency's import is not found; analysts and strangers cannot upload", async () => {
    const a = await officer();
    const b = await officer();
    const theirs = await createOrganisation(t.dataSource, b.agency.id, { name: 'Northgate High School', notes: 'theirs' });
    const mine = await runImport(a.token, VALID);
    expect(mine.status).toBe('DONE');
    expect(await t.dataSource.query(`SELECT notes FROM organisations WHERE id = $1`, [theirs.id])).toEqual([{ notes: 'theirs' }]);
    const peek = await t.graphql.request(`query($id: ID!) { organisationImport(id: $id) { id } }`, { id: mine.id }, { token: b.token });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const listA = await t.graphql.data(`{ organisationImports { totalCount edges { node { id status created } } } }`, {}, a.token);
    expect(listA.organisationImports).toEqual({ totalCount: 1, edges: [{ node: { id: mine.id, status: 'DONE', created: 6 } }] });
    expect((await t.graphql.data(`{ organisationImports { totalCount } }`, {}, b.token)).organisationImports.totalCount).toBe(0);

    const exportB = await (await fetch(`${t.url}/exports/organisations.csv`, { headers: { authorization: `Bearer ${b.token}` } })).text();
    expect(exportB).not.toContain('khughes@nhs.example.org');

    const analyst = await officer(StaffRole.ANALYST);
    expect((await upload(analyst.token, VALID)).status).toBe(403);
    expect((await upload(undefined, VALID)).status).toBe(401);
    expect((await fetch(`${t.url}/exports/organisations.csv`)).status).toBe(401);
  });

  it('an import whose job was lost (e.g. Redis flushed) is queued again by the worker sweep and completes', async () => {
    const { token, lost } = await queuedWithoutJob();
    await worker.get(ImportsProcessor).sweep();
    expect(await finished(token, lost.id)).toMatchObject({ status: 'DONE', created: 6 });
  });

  it('an import whose job id holds only a partial hash (a stray worker write after a flush) is replaced by the sweep and completes', async () => {
    const { token, lost } = await queuedWithoutJob();
    const redis = new Redis(t.config.REDIS_URL);
    try {
      await redis.hset(`${t.config.REDIS_PREFIX}:${QueueName.IMPORTS}:partners-import-${lost.id}`, 'processedOn', Date.now(), 'ats', 1);
    } finally {
      redis.disconnect();
    }
    await worker.get(ImportsProcessor).sweep();
    expect(await finished(token, lost.id)).toMatchObject({ status: 'DONE', created: 6 });
  });

  /** The row as the upload writes it, but with no job on the queue. */
  async function queuedWithoutJob() {
    const { agency, token } = await officer();
    const [user] = await t.dataSource.query(`SELECT id FROM staff_users WHERE agency_id = $1`, [agency.id]);
    const [lost]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO organisation_imports (agency_id, created_by, dry_run, status, progress, content, byte_size, errors, error_count)
       VALUES ($1, $2, false, $3, 0, $4, $5, '[]', 0) RETURNING id`,
      [agency.id, user.id, OrganisationImportStatus.QUEUED, Buffer.from(VALID), VALID.length],
    );
    return { token, lost };
  }

  it('refuses an upload larger than the import limit with 413', async () => {
    const { token } = await officer();
    const res = await upload(token, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('small files can be imported inline over GraphQL too', async () => {
    const { token } = await officer();
    const started = await t.graphql.data(`mutation($csv: String!) { importOrganisations(csv: $csv, dryRun: true) { id status } }`, { csv: VALID }, token);
    const result = await finished(token, started.importOrganisations.id);
    expect(result).toMatchObject({ status: 'DONE', dryRun: true, created: 6 });
  });
});
