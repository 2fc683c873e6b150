import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TestApp, createTestApp, testConfig } from '@app/testing';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER = '# Generated from the code-first resolvers. Do not edit: run `npm run schema`.\n\n';

describe('The committed schema.gql', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('matches the schema the code builds (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
