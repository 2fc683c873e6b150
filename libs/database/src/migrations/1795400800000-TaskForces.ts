import { MigrationInterface, QueryRunner } from 'typeorm';

/** Task forces, their members over time, SARA problems, indicators, action items, meetings and digests. */
export class TaskForces1795400800000 implements MigrationInterface {
  name = 'TaskForces1795400800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE task_forces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        focus_issue text NOT NULL CHECK (focus_issue IN ('HUMAN_TRAFFICKING', 'HATE_CRIME', 'GANG_VIOLENCE', 'DRUG_ABUSE',
          'MENTAL_HEALTH_CRISIS', 'YOUTH_SAFETY', 'OTHER')),
        focus_issue_other text,
        charter text NOT NULL DEFAULT '',
        neighbourhoods text[] NOT NULL DEFAULT '{}',
        lead_officer_id uuid NOT NULL REFERENCES staff_users(id),
        status text NOT NULL DEFAULT 'FORMING' CHECK (status IN ('FORMING', 'ACTIVE', 'PAUSED', 'CLOSED')),
        starts_on date NOT NULL,
        ends_on date,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR ends_on >= starts_on),
        -- "Other" needs its text; a named issue has none.
        CHECK ((focus_issue = 'OTHER') = (focus_issue_other IS NOT NULL AND length(trim(focus_issue_other)) > 0)),
        UNIQUE (id, agency_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX task_forces_agency_name_key ON task_forces (agency_id, lower(name))`);
    await q.query(`CREATE INDEX task_forces_agency_idx ON task_forces (agency_id, created_at DESC, id DESC)`);

    // Membership periods: leaving sets left_on, rejoining adds a new period, so history stays true.
    // Periods of one organisation (or officer) in one task force never overlap.
    await q.query(`
      CREATE TABLE task_force_organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        role text NOT NULL CHECK (role IN ('LEAD_PARTNER', 'MEMBER', 'ADVISOR')),
        joined_on date NOT NULL,
        left_on date,
        CHECK (left_on IS NULL OR left_on >= joined_on),
        CONSTRAINT task_force_organisations_no_overlap EXCLUDE USING gist
          (task_force_id WITH =, organisation_id WITH =, daterange(joined_on, left_on, '[)') WITH &&)
      )`);
    await q.query(`CREATE INDEX task_force_organisations_tf_idx ON task_force_organisations (task_force_id, joined_on)`);
    await q.query(`
      CREATE TABLE task_force_member_contacts (
        membership_id uuid NOT NULL REFERENCES task_force_organisations(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id),
        PRIMARY KEY (membership_id, contact_id)
      )`);
    await q.query(`CREATE INDEX task_force_member_contacts_contact_idx ON task_force_member_contacts (contact_id)`);
    await q.query(`
      CREATE TABLE task_force_staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        staff_user_id uuid NOT NULL REFERENCES staff_users(id),
        joined_on date NOT NULL,
        left_on date,
        CHECK (left_on IS NULL OR left_on >= joined_on),
        CONSTRAINT task_force_staff_no_overlap EXCLUDE USING gist
          (task_force_id WITH =, staff_user_id WITH =, daterange(joined_on, left_on, '[)') WITH &&)
      )`);
    await q.query(`CREATE INDEX task_force_staff_tf_idx ON task_force_staff (task_force_id, joined_on)`);

    // SARA problems and the history of their stages.
    await q.query(`
      CREATE TABLE task_force_problems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        statement text NOT NULL DEFAULT '',
        analysis_notes text NOT NULL DEFAULT '',
        stage text NOT NULL DEFAULT 'SCANNING' CHECK (stage IN ('SCANNING', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_force_problems_tf_idx ON task_force_problems (task_force_id, created_at)`);
    await q.query(`
      CREATE TABLE task_force_problem_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        problem_id uuid NOT NULL REFERENCES task_force_problems(id) ON DELETE CASCADE,
        from_stage text CHECK (from_stage IN ('SCANNING', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT')),
        to_stage text NOT NULL CHECK (to_stage IN ('SCANNING', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT')),
        note text,
        changed_by uuid REFERENCES staff_users(id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_stage IS DISTINCT FROM to_stage)
      )`);
    await q.query(`CREATE INDEX task_force_problem_stages_problem_idx ON task_force_problem_stages (problem_id, changed_at)`);
    // A community concern (raised at a forum) taken up by a problem: how a town-hall concern became work.
    await q.query(`
      CREATE TABLE task_force_problem_concerns (
        problem_id uuid NOT NULL REFERENCES task_force_problems(id) ON DELETE CASCADE,
        concern_id uuid NOT NULL REFERENCES community_concerns(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES staff_users(id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (problem_id, concern_id)
      )`);

    // Objectives and their indicators. (id, task_force_id) keys let action items and indicators
    // reference an objective of their own task force only.
    await q.query(`
      CREATE TABLE task_force_objectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        problem_id uuid NOT NULL REFERENCES task_force_problems(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, task_force_id)
      )`);
    await q.query(`
      CREATE TABLE task_force_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        objective_id uuid NOT NULL,
        task_force_id uuid NOT NULL,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        metric_name text NOT NULL CHECK (length(trim(metric_name)) > 0),
        unit text NOT NULL,
        baseline_value double precision NOT NULL,
        baseline_on date NOT NULL,
        target_value double precision NOT NULL,
        target_on date NOT NULL,
        direction text NOT NULL CHECK (direction IN ('UP_IS_BETTER', 'DOWN_IS_BETTER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (objective_id, task_force_id) REFERENCES task_force_objectives(id, task_force_id) ON DELETE CASCADE,
        CHECK (target_on > baseline_on),
        -- The target lies on the better side of the baseline, so progress is well defined.
        CHECK ((direction = 'UP_IS_BETTER' AND target_value > baseline_value) OR (direction = 'DOWN_IS_BETTER' AND target_value < baseline_value)),
        UNIQUE (id, task_force_id)
      )`);
    await q.query(`CREATE INDEX task_force_indicators_tf_idx ON task_force_indicators (task_force_id)`);
    await q.query(`
      CREATE TABLE task_force_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES task_force_indicators(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        measured_on date NOT NULL,
        value double precision NOT NULL,
        source_note text,
        recorded_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (indicator_id, measured_on)
      )`);

    // Action items: owned by a staff member or a partner contact, never both.
    await q.query(`
      CREATE TABLE task_force_action_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        title text NOT NULL CHECK (length(trim(title)) > 0),
        owner_staff_id uuid REFERENCES staff_users(id),
        owner_contact_id uuid REFERENCES contacts(id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
        notes text NOT NULL DEFAULT '',
        objective_id uuid,
        completed_at timestamptz,
        overdue_reminded_at timestamptz,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((owner_staff_id IS NULL) <> (owner_contact_id IS NULL)),
        CHECK ((status = 'DONE') = (completed_at IS NOT NULL)),
        FOREIGN KEY (objective_id, task_force_id) REFERENCES task_force_objectives(id, task_force_id)
      )`);
    await q.query(`CREATE INDEX task_force_action_items_tf_idx ON task_force_action_items (task_force_id, due_on)`);
    await q.query(`CREATE INDEX task_force_action_items_unreminded_idx ON task_force_action_items (due_on)
      WHERE status <> 'DONE' AND overdue_reminded_at IS NULL`);
    await q.query(`
      CREATE TABLE task_force_action_item_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_item_id uuid NOT NULL REFERENCES task_force_action_items(id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        note text,
        actor_type text NOT NULL CHECK (actor_type IN ('STAFF', 'CONTACT', 'SYSTEM')),
        actor_id uuid,
        actor_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_force_action_item_updates_item_idx ON task_force_action_item_updates (action_item_id, created_at)`);

    // Meetings are forums of type TASK_FORCE_MEETING; a forum belongs to at most one task force.
    // Who attended is the forum's completion report (forum_report_organisations), not a table here.
    await q.query(`
      CREATE TABLE task_force_meetings (
        forum_id uuid PRIMARY KEY REFERENCES forums(id) ON DELETE CASCADE,
        task_force_id uuid NOT NULL REFERENCES task_forces(id) ON DELETE CASCADE,
        linked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_force_meetings_tf_idx ON task_force_meetings (task_force_id)`);

    // One row per agency and week once its digest went out: double runs and restarts never send twice.
    await q.query(`
      CREATE TABLE task_force_digest_runs (
        agency_id uuid NOT NULL REFERENCES agencies(id),
        week_start date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        email_count integer NOT NULL DEFAULT 0,
        PRIMARY KEY (agency_id, week_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'task_force_digest_runs',
      'task_force_meetings',
      'task_force_action_item_updates',
      'task_force_action_items',
      'task_force_measurements',
      'task_force_indicators',
      'task_force_objectives',
      'task_force_problem_concerns',
      'task_force_problem_stages',
      'task_force_problems',
      'task_force_staff',
      'task_force_member_contacts',
      'task_force_organisations',
      'task_forces',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
