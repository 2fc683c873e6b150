import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion reports of forums: attendance, organisations represented, summary and
 * minutes, and the community concerns raised (their own table, filterable across forums).
 */
export class ForumReports1795400200000 implements MigrationInterface {
  name = 'ForumReports1795400200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forum_reports (
        forum_id uuid PRIMARY KEY REFERENCES forums(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        attendance_count integer NOT NULL CHECK (attendance_count >= 0),
        summary text NOT NULL DEFAULT '',
        minutes text,
        submitted_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE forum_report_organisations (
        forum_id uuid NOT NULL REFERENCES forum_reports(forum_id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        PRIMARY KEY (forum_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX forum_report_organisations_org_idx ON forum_report_organisations (organisation_id)`);
    await q.query(`
      CREATE TABLE community_concerns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        forum_id uuid NOT NULL REFERENCES forums(id) ON DELETE CASCADE,
        topic text NOT NULL CHECK (length(trim(topic)) > 0),
        neighbourhood text,
        description text NOT NULL CHECK (length(trim(description)) > 0),
        priority text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        raised_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX community_concerns_agency_raised_idx ON community_concerns (agency_id, raised_at DESC, id DESC)`);
    await q.query(`CREATE INDEX community_concerns_forum_idx ON community_concerns (forum_id)`);
    await q.query(`CREATE INDEX community_concerns_topic_idx ON community_concerns (agency_id, lower(topic))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE community_concerns`);
    await q.query(`DROP TABLE forum_report_organisations`);
    await q.query(`DROP TABLE forum_reports`);
  }
}
