import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import type { LanguageCode } from '@app/common';
import { launchBrowser } from '@app/testing';
import { MailTemplates } from '@app/mail/testing';
import { WCAG_TAGS, axeOn } from './support/console';

/**
 * axe's rules that apply to an email's HTML (a mail client shows the document, with no
 * script or forms): its title as a heading, language, images' text, contrast, link text, lists.
 */
const EMAIL_RULES = [
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'html-has-lang',
  'html-lang-valid',
  'valid-lang',
  'document-title',
  'image-alt',
  'role-img-alt',
  'color-contrast',
  'link-name',
  'list',
  'listitem',
  'presentation-role-conflict',
];

const TEMPLATE_DIR = join(__dirname, '..', 'libs', 'mail', 'templates');

const FORUM = {
  title: 'Northgate community forum',
  typeLabel: 'Town hall',
  when: 'Tuesday 9 March 2027, 18:00–19:30 CST',
  venue: { name: 'Northgate Library', address: '12 Main Street, Riverside', accessibility: ['Step-free access', 'Hearing loop'] },
  onlineUrl: 'https://meet.example/northgate',
  languages: 'English',
  interpretation: 'Spanish',
  signLanguage: true,
  accessibilityNotes: 'Accessible parking at the rear.',
  description: 'Meet your neighbourhood team.',
  agenda: [{ number: 1, title: 'Welcome', speaker: 'Chief Ortiz', minutes: 10, language: 'en' }],
  rsvpDeadline: 'Monday 8 March 2027',
  textLanguages: { title: 'en', description: 'en', accessibilityNotes: 'en' },
};

const LINKS = {
  attending: 'https://liaison.example/rsvp/abc?answer=attending',
  maybe: 'https://liaison.example/rsvp/abc?answer=maybe',
  declined: 'https://liaison.example/rsvp/abc?answer=declined',
  change: 'https://liaison.example/rsvp/abc',
  delegates: 'https://liaison.example/rsvp/abc/delegates',
  unsubscribe: 'https://liaison.example/rsvp/abc/unsubscribe',
};

const ITEM = { title: 'Train front-desk staff', due: '30 June 2027', status: 'in progress', owner: 'Riverside Shelter', link: 'https://liaison.example/action-items/abc' };

/** Each kind of mail with the data its sender gives it; several kinds come in more than one variant. */
const SAMPLES: Record<string, Record<string, unknown>[]> = {
  'account-locked': [{ name: 'Robin', email: 'robin@riverside.example', failures: 10, clientAddress: '203.0.113.9', lockedUntil: '18:45 UTC', agencyAccount: true }],
  'forum-cancelled': [{ name: 'Robin', forum: FORUM, reason: 'Storm warning.', links: LINKS }],
  'forum-invitation': [
    { name: 'Robin', forum: FORUM, links: LINKS, update: false, organisation: { name: 'Riverside Shelter', seats: 2 }, currentAnswer: null },
    { name: 'Robin', forum: FORUM, links: LINKS, update: true, organisation: null, currentAnswer: 'attending' },
  ],
  'forum-reminder': [
    { name: 'Robin', forum: FORUM, links: LINKS, nudge: true, currentAnswer: null, startsIn: 'tomorrow' },
    { name: 'Robin', forum: FORUM, links: LINKS, nudge: false, currentAnswer: 'attending', startsIn: 'tomorrow' },
  ],
  'rsvp-confirmation': [
    { name: 'Robin', forum: FORUM, links: LINKS, headline: 'You are attending', message: 'Your seat is confirmed.', details: 'Party of 2.', actionLink: null, actionLabel: null },
    { name: 'Robin', forum: FORUM, links: LINKS, headline: 'A seat is yours', message: 'Confirm it by Friday.', details: null, actionLink: LINKS.attending, actionLabel: 'Confirm my seat' },
  ],
  'staff-invitation': [{ name: 'Sam', inviterName: 'Robin Chief', role: 'LIAISON_OFFICER', expiresAt: '12 March 2027', link: 'https://liaison.example/staff/invitation/abc' }],
  'survey-invitation': [
    { name: 'Robin', title: 'Neighbourhood safety', introduction: 'Tell us how safe you feel.', closesAt: '31 March 2027', link: 'https://liaison.example/s/safety/abc', anonymous: true, spanish: false },
    { name: 'Robin', title: 'Seguridad en el barrio', introduction: 'Díganos qué tan seguro se siente.', closesAt: '31 de marzo de 2027', link: 'https://liaison.example/s/safety/abc', anonymous: true, spanish: true },
  ],
  'task-force-action-item': [{ name: 'Robin', taskForceName: 'Human trafficking task force', ...ITEM, notes: 'Two sessions.' }],
  'task-force-digest': [
    {
      name: 'Robin',
      taskForceName: 'Human trafficking task force',
      weekOf: '1 March 2027',
      overdue: [ITEM],
      upcoming: [{ ...ITEM, title: 'Print leaflets', link: null, owner: null }],
      indicators: [{ metric: 'Referrals', latest: '12', target: '20', status: 'on track' }],
      nextMeeting: { title: 'Monthly meeting', when: '9 March 2027, 10:00' },
    },
    // Right to left: an Arabic-preferring contact's digest.
    {
      name: 'Samir',
      taskForceName: 'Human trafficking task force',
      weekOf: '1 مارس 2027',
      overdue: [ITEM],
      upcoming: [],
      indicators: [],
      nextMeeting: null,
      language: 'ar',
    },
  ],
  'task-force-overdue': [
    { name: 'Robin', taskForceName: 'Human trafficking task force', ...ITEM },
    { name: 'Robin', taskForceName: 'Human trafficking task force', ...ITEM, link: null },
    { name: 'Lan', taskForceName: 'Human trafficking task force', ...ITEM, language: 'vi' },
  ],
};

describe("Every kind of mail's HTML passes axe's rules for email (rendered in Chromium)", () => {
  let browser: Browser;
  let page: Page;
  const templates = new MailTemplates();
  const kinds = readdirSync(TEMPLATE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['layouts', 'partials'].includes(entry.name))
    .map((entry) => entry.name)
    .sort();

  beforeAll(async () => {
    browser = await launchBrowser();
    // Mail clients run no script; axe itself needs it, so the mail is shown as a plain document.
    // One page for every mail, each a new document: a new page would start a renderer process per mail.
    page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  });
  afterAll(() => browser.close());

  it('has a sample for every template, so a new kind of mail cannot skip these checks', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(kinds);
  });

  it.each(Object.entries(SAMPLES).flatMap(([kind, variants]) => variants.map((data, i) => [`${kind} #${i + 1}`, kind, data] as const)))(
    '%s: its subject is its <h1>, it states its language, and axe finds no violation',
    async (_label, kind, data) => {
      // The reader's language is the render's, as the senders pass it (a Spanish-preferring resident's mail is Spanish).
      const language = (data.language as LanguageCode | undefined) ?? (data.spanish ? 'es' : 'en');
      const mail = templates.render(kind, data, { agencyName: 'Riverside Police Department', primaryColor: '#1d4e89' }, language);
      await page.goto('about:blank');
      await page.setContent(mail.html);
      expect(await page.locator('h1').allTextContents()).toEqual([mail.subject]);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      const emailRules = await (await axeOn(page)).withRules(EMAIL_RULES).analyze();
      const wcag = await (await axeOn(page)).withTags(WCAG_TAGS).analyze();
      const violations = [...emailRules.violations, ...wcag.violations].map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
      expect({ kind, violations }).toEqual({ kind, violations: [] });
      // Every link says where it goes (no "click here"); the address itself counts as saying so.
      const links = await page.getByRole('link').allTextContents();
      expect(links.filter((text) => /^(click )?here$|^link$/i.test(text.trim()))).toEqual([]);
    },
  );
});
