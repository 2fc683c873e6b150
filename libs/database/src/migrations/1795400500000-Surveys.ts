import { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1795400500000 implements MigrationInterface {
  name = 'Surveys1795400500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        family_id uuid NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        copied_from_id uuid REFERENCES surveys(id),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{2,79}$'),
        title jsonb NOT NULL CHECK (jsonb_typeof(title) = 'object'),
        introduction jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(introduction) = 'object'),
        closing_message jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(closing_message) = 'object'),
        languages text[] NOT NULL DEFAULT '{en}' CHECK (cardinality(languages) > 0 AND languages <@ ARRAY['en', 'es']::text[]),
        anonymous boolean NOT NULL DEFAULT true,
        results_public boolean NOT NULL DEFAULT false,
        public_link boolean NOT NULL DEFAULT true,
        personal_invitations boolean NOT NULL DEFAULT false,
        forum_id uuid REFERENCES forums(id),
        opens_at timestamptz,
        closes_at timestamptz,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
        published_at timestamptz,
        closed_at timestamptz,
        -- Set when a response arrives, cleared when results are recomputed: the truth of
        -- "results are stale" lives here, so a lost queue job only delays results.
        results_dirty boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES staff_users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (family_id, version),
        CHECK (public_link OR personal_invitations),
        CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at),
        CHECK (status = 'DRAFT' OR published_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX surveys_agency_idx ON surveys (agency_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX surveys_dirty_idx ON surveys (id) WHERE results_dirty`);
    await q.query(`
      CREATE TABLE survey_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[A-Za-z0-9_-]{1,40}$'),
        position integer NOT NULL CHECK (position >= 1),
        type text NOT NULL CHECK (type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'NPS', 'YES_NO', 'NUMBER',
          'SHORT_TEXT', 'LONG_TEXT', 'NEIGHBOURHOOD')),
        prompt jsonb NOT NULL CHECK (jsonb_typeof(prompt) = 'object'),
        help_text jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(help_text) = 'object'),
        required boolean NOT NULL DEFAULT false,
        allow_other boolean NOT NULL DEFAULT false CHECK (NOT allow_other OR type = 'MULTIPLE_CHOICE'),
        min_value double precision,
        max_value double precision,
        low_label jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(low_label) = 'object'),
        high_label jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(high_label) = 'object'),
        condition_question_id uuid REFERENCES survey_questions(id),
        condition_operator text CHECK (condition_operator IN ('EQUALS', 'INCLUDES')),
        condition_value text,
        UNIQUE (survey_id, key),
        CONSTRAINT survey_questions_position_key UNIQUE (survey_id, position) DEFERRABLE INITIALLY DEFERRED,
        CHECK (type = 'NUMBER' OR (min_value IS NULL AND max_value IS NULL)),
        CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value),
        CHECK ((condition_question_id IS NULL) = (condition_operator IS NULL) AND (condition_operator IS NULL) = (condition_value IS NULL)),
        CHECK (condition_question_id IS DISTINCT FROM id)
      )`);
    await q.query(`
      CREATE TABLE survey_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[A-Za-z0-9_-]{1,40}$'),
        position integer NOT NULL CHECK (position >= 1),
        label jsonb NOT NULL CHECK (jsonb_typeof(label) = 'object'),
        UNIQUE (question_id, key),
        CONSTRAINT survey_options_position_key UNIQUE (question_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    // A response carries no link to a person: a random key (no serial, so no insertion
    // order), the day at most, never the token, contact, address or exact time.
    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        submitted_on date NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'es')),
        neighbourhood text
      )`);
    await q.query(`CREATE INDEX survey_responses_survey_idx ON survey_responses (survey_id)`);
    // One row per answered value (one per chosen option for multiple choice), carrying the
    // response's neighbourhood and day so results are plain GROUP BY passes over one table.
    await q.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id),
        option_id uuid REFERENCES survey_options(id),
        -- 0 for the first value of an answer, 1, 2, ... for further options of a multiple-choice
        -- answer: counting index 0 counts respondents in the same pass that counts options.
        answer_index smallint NOT NULL DEFAULT 0 CHECK (answer_index >= 0),
        number_value double precision,
        text_value text CHECK (length(text_value) <= 4000),
        neighbourhood text,
        submitted_on date NOT NULL,
        CHECK (num_nonnulls(option_id, number_value, text_value) >= 1)
      )`);
    await q.query(`CREATE INDEX survey_answers_survey_idx ON survey_answers (survey_id, question_id)`);
    await q.query(`CREATE INDEX survey_answers_response_idx ON survey_answers (response_id)`);
    await q.query(`CREATE INDEX survey_answers_option_idx ON survey_answers (option_id) WHERE option_id IS NOT NULL`);
    // Changing a question's type would corrupt the answers it already has.
    await q.query(`
      CREATE FUNCTION survey_questions_keep_type() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type <> OLD.type AND EXISTS (SELECT 1 FROM survey_answers WHERE question_id = OLD.id) THEN
          RAISE EXCEPTION 'question % has answers; its type cannot change', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER survey_questions_keep_type BEFORE UPDATE OF type ON survey_questions
      FOR EACH ROW EXECUTE FUNCTION survey_questions_keep_type()`);
    // Personal links. The token is stored hashed; "used" is a flag without a time, flipped
    // once (the trigger refuses a second flip) in the transaction that writes the response.
    await q.query(`
      CREATE TABLE survey_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        contact_id uuid REFERENCES contacts(id),
        email text NOT NULL,
        language text NOT NULL CHECK (language IN ('en', 'es')),
        token_hash text NOT NULL UNIQUE,
        outbound_email_id uuid REFERENCES outbound_emails(id),
        used boolean NOT NULL DEFAULT false,
        -- false between a use and the next results pass, which rewrites used rows in a batch
        -- so no row version shares a transaction id with the response it allowed.
        use_settled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (survey_id, contact_id)
      )`);
    await q.query(`CREATE INDEX survey_invitations_unsettled_idx ON survey_invitations (survey_id) WHERE NOT use_settled`);
    await q.query(`
      CREATE FUNCTION survey_invitations_use_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.used THEN
          RAISE EXCEPTION 'this survey token was already used' USING ERRCODE = 'unique_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER survey_invitations_use_once BEFORE UPDATE OF used ON survey_invitations
      FOR EACH ROW EXECUTE FUNCTION survey_invitations_use_once()`);
    // Who answered, only for surveys that are not anonymous (the trigger refuses the others).
    await q.query(`
      CREATE TABLE survey_respondents (
        response_id uuid PRIMARY KEY REFERENCES survey_responses(id) ON DELETE CASCADE,
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        invitation_id uuid NOT NULL UNIQUE REFERENCES survey_invitations(id),
        contact_id uuid REFERENCES contacts(id),
        submitted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE FUNCTION survey_respondents_named_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT anonymous FROM surveys WHERE id = NEW.survey_id) THEN
          RAISE EXCEPTION 'survey % is anonymous: respondents are not recorded', NEW.survey_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER survey_respondents_named_only BEFORE INSERT OR UPDATE ON survey_respondents
      FOR EACH ROW EXECUTE FUNCTION survey_respondents_named_only()`);
    await q.query(`
      CREATE TABLE survey_results (
        survey_id uuid PRIMARY KEY REFERENCES surveys(id) ON DELETE CASCADE,
        computed_at timestamptz NOT NULL,
        response_count integer NOT NULL CHECK (response_count >= 0),
        results jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_results`);
    await q.query(`DROP TABLE survey_respondents`);
    await q.query(`DROP FUNCTION survey_respondents_named_only`);
    await q.query(`DROP TABLE survey_invitations`);
    await q.query(`DROP FUNCTION survey_invitations_use_once`);
    await q.query(`DROP TABLE survey_answers`);
    await q.query(`DROP TABLE survey_responses`);
    await q.query(`DROP TABLE survey_options`);
    await q.query(`DROP TABLE survey_questions`);
    await q.query(`DROP FUNCTION survey_questions_keep_type`);
    await q.query(`DROP TABLE surveys`);
  }
}
