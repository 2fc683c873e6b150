import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '@app/common';
import { AppConfig, ConfigError, loadConfig } from '@app/config';
import { OperatorAccountsService } from '@app/auth';
import { loadLocalSecrets, readRunningServices } from '@app/devstack';
import { AgencySummary, PlatformCommandModule, PlatformService } from '@app/platform';
import { SetupModule } from '@app/setup';

/**
 * `npm run operator -- <command>`: platform operator accounts and agencies from the server's
 * shell. With DATABASE_URL (and the rest of the API's environment) set it uses those services;
 * without, those of the `npm start` running in this folder.
 */
const USAGE = `Usage: npm run operator -- <command>
  create <email> [--name "Full Name"]       a platform operator; prints a generated password
                                            (or uses OPERATOR_PASSWORD)
  create-agency --name "Riverside PD" --slug riverside-pd --time-zone America/Chicago
                --admin-email chief@riverside.example [--admin-name "Dana Whitfield"]
                                            an agency; its first admin is emailed an invitation
  set-password <email>                      an operator's new password (generated and printed, or
                                            OPERATOR_PASSWORD); their sessions end
  deactivate <email>                        an operator can no longer sign in; their sessions end
  reactivate <email>
  list-agencies
  suspend <slug> --reason "why"             its staff cannot sign in or use links; its public pages are not found
  reinstate <slug>`;

const ROOT = join(__dirname, '..', '..');
const DATA = process.env.LIAISON_DATA_DIR ?? join(ROOT, '.data');

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** The operator's password as the command line reports it: a generated one once, else where it came from. */
function sayPassword(generated: string | undefined): void {
  say(generated ? `Password: ${generated} (shown only this once)` : 'Password: the one in OPERATOR_PASSWORD.');
}

class UsageError extends Error {}

function environment(): NodeJS.ProcessEnv {
  if (process.env.DATABASE_URL) return process.env;
  const running = readRunningServices(DATA);
  if (!running) throw new UsageError('Liaison is not running here: start it with `npm start`, or set DATABASE_URL, REDIS_URL, SMTP_URL, JWT_SECRET and LINK_SECRET.');
  const secrets = loadLocalSecrets(DATA);
  return { ...process.env, ...running, JWT_SECRET: process.env.JWT_SECRET ?? secrets.JWT_SECRET, LINK_SECRET: process.env.LINK_SECRET ?? secrets.LINK_SECRET };
}

function describe(agency: AgencySummary): string {
  const state = agency.suspendedAt ? `SUSPENDED since ${agency.suspendedAt.toISOString()} (${agency.suspensionReason})` : 'active';
  const signIn = agency.lastStaffSignInAt ? agency.lastStaffSignInAt.toISOString() : 'never';
  return `${agency.slug}  ${agency.name}  [${state}]  staff: ${agency.activeStaff} active, ${agency.invitedStaff} invited; last sign-in ${signIn}; emails: ${agency.emailsPending} waiting, ${agency.emailsFailed} failed`;
}

async function withContext<T>(module: Parameters<typeof NestFactory.createApplicationContext>[0], work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(module, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function agencyBySlug(platform: PlatformService, slug: string | undefined): Promise<AgencySummary> {
  if (!slug) throw new UsageError('Name the agency by its slug.');
  const agency = await platform.findBySlug(slug);
  if (!agency) throw new UsageError(`No agency has the slug "${slug}"; see list-agencies.`);
  return agency;
}

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      reason: { type: 'string' },
    },
  });
  const [command, argument] = positionals;
  if (!command) throw new UsageError('Which command?');
  const env = environment();
  const config: AppConfig = loadConfig({ ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });

  if (command === 'create') {
    if (!argument) throw new UsageError('Give the operator\'s email: create <email>.');
    const created = await withContext(SetupModule.forRoot(config, env), (app) =>
      app.get(OperatorAccountsService).create({ email: argument, name: values.name, password: env.OPERATOR_PASSWORD }, { email: 'email', password: 'OPERATOR_PASSWORD' }),
    );
    say(`Platform operator ${created.operator.email} created.`);
    sayPassword(created.generatedPassword);
    say(`Sign in with the GraphQL login mutation, or at ${config.PUBLIC_URL}/admin/login for the queue dashboard.`);
    return;
  }

  if (command === 'set-password' || command === 'deactivate' || command === 'reactivate') {
    if (!argument) throw new UsageError(`Give the operator's email: ${command} <email>.`);
    await withContext(SetupModule.forRoot(config, env), async (app) => {
      const accounts = app.get(OperatorAccountsService);
      const unknown = () => new UsageError(`No platform operator has the email "${argument}".`);
      if (command === 'set-password') {
        const changed = await accounts.setPassword(argument, env.OPERATOR_PASSWORD, 'OPERATOR_PASSWORD');
        if (!changed) throw unknown();
        say(`New password set for ${changed.operator.email}; their sessions have ended.`);
        sayPassword(changed.generatedPassword);
        return;
      }
      const operator = command === 'deactivate' ? await accounts.deactivate(argument) : await accounts.reactivate(argument);
      if (!operator) throw unknown();
      say(command === 'deactivate' ? `Deactivated ${operator.email}: they cannot sign in, and their sessions have ended.` : `Reactivated ${operator.email}: they can sign in again.`);
    });
    return;
  }

  await withContext(PlatformCommandModule.forRoot(config), async (app) => {
    const platform = app.get(PlatformService);
    switch (command) {
      case 'create-agency': {
        const missing = ['name', 'slug', 'time-zone', 'admin-email'].filter((key) => !values[key as keyof typeof values]);
        if (missing.length) throw new UsageError(`create-agency needs ${missing.map((m) => `--${m}`).join(', ')}.`);
        const adminEmail = values['admin-email']!;
        const agency = await platform.createAgency({ kind: 'COMMAND' }, {
          name: values.name!,
          slug: values.slug!,
          timeZone: values['time-zone']!,
          adminEmail,
          adminName: values['admin-name'] ?? adminEmail.split('@')[0],
        });
        say(`Agency created: ${describe(agency)}`);
        say(`Its first admin, ${adminEmail.trim().toLowerCase()}, is emailed an invitation to set a password.`);
        return;
      }
      case 'list-agencies': {
        for (let after: string | undefined, more = true; more; ) {
          const page = await platform.list({ first: 100, after });
          page.edges.forEach((edge) => say(describe(edge.node)));
          if (!page.totalCount) say('No agencies yet.');
          more = page.pageInfo.hasNextPage;
          after = page.pageInfo.endCursor ?? undefined;
        }
        return;
      }
      case 'suspend': {
        if (!values.reason?.trim()) throw new UsageError('Say why: --reason "…".');
        const agency = await platform.suspend({ kind: 'COMMAND' }, (await agencyBySlug(platform, argument)).id, values.reason);
        say(`Suspended: ${describe(agency)}`);
        return;
      }
      case 'reinstate': {
        const agency = await platform.reinstate({ kind: 'COMMAND' }, (await agencyBySlug(platform, argument)).id);
        say(`Reinstated: ${describe(agency)}`);
        return;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  });
}

run(process.argv.slice(2)).then(() => process.exit(0), (error) => {
  if (error instanceof UsageError || String(error.code).startsWith('ERR_PARSE_ARGS')) say(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ConfigError) say(error.message);
  else if (error instanceof DomainError) say(`${error.details.field ? `${error.details.field}: ` : ''}${error.message}`);
  else say(`The command failed: ${error.message ?? error}`);
  process.exit(1);
});
