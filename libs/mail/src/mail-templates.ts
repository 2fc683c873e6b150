import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { Injectable } from '@nestjs/common';
import { LANGUAGES } from '@app/common';
import type { LanguageCode } from '@app/common';
import { MessageKey, MessageValues, translate, translateHtml } from '@app/i18n';

/** Templates live as files beside this lib (copied next to the build output). */
const TEMPLATE_DIR = join(__dirname, '..', 'templates');

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface Branding {
  agencyName: string;
  primaryColor?: string;
  logoUrl?: string;
}

/** What a row written without its bodies keeps to render them (`MailTemplates.render`'s arguments). */
export interface BodiesToRender {
  template: string;
  data: Record<string, unknown>;
  branding: Branding;
  language: LanguageCode;
}

type Compiled = Handlebars.TemplateDelegate;

/**
 * Renders `templates/<name>/{subject,html,text}.hbs`; HTML is wrapped in the shared
 * layout, which states the language and heads the body with the subject as an <h1>. Handlebars escapes every `{{value}}`, so user text is safe in HTML.
 */
@Injectable()
export class MailTemplates {
  private readonly cache = new Map<string, Compiled>();
  /** Our own Handlebars environment, holding the shared partials (`templates/partials/<name>.hbs`). */
  private readonly handlebars = MailTemplates.environment();

  private static environment(): typeof Handlebars {
    const env = Handlebars.create();
    // {{t "key" name=value}}: the reader's message (escaped in HTML); {{th "key" …}}: one with <b> markup, for HTML.
    const language = (options: Handlebars.HelperOptions): LanguageCode => options.data.root.language;
    env.registerHelper('t', (key: MessageKey, options: Handlebars.HelperOptions) => translate(language(options), key, options.hash as MessageValues));
    env.registerHelper('th', (key: MessageKey, options: Handlebars.HelperOptions) => {
      // Values already marked up (an `inLang` span) go in as they are; every other value is escaped.
      const marked: string[] = [];
      const values: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(options.hash as Record<string, unknown>)) {
        if (value instanceof env.SafeString) {
          values[name] = `\u0000${marked.length}\u0000`;
          marked.push(value.toHTML());
        } else values[name] = value;
      }
      const out = translateHtml(language(options), key, values as MessageValues).replace(/\u0000(\d+)\u0000/g, (_, i: string) => marked[Number(i)]);
      return new env.SafeString(out);
    });
    // {{upper (t "key")}}: a plain-text heading, in capitals where the reader's script has them.
    env.registerHelper('upper', (text: unknown, options: Handlebars.HelperOptions) => String(text ?? '').toLocaleUpperCase(language(options)));
    // {{inLang text textLanguage}}: the text, in a `lang` span when it is not in the reader's language (English standing in for a missing translation), so screen readers read it right.
    env.registerHelper('inLang', (text: unknown, textLanguage: unknown, options: Handlebars.HelperOptions) => {
      const value = text == null ? '' : String(text);
      if (!value || !textLanguage || textLanguage === language(options)) return value;
      return new env.SafeString(`<span lang="${env.escapeExpression(String(textLanguage))}">${env.escapeExpression(value)}</span>`);
    });
    const dir = join(TEMPLATE_DIR, 'partials');
    if (!existsSync(dir)) return env;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs'))) {
      env.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(join(dir, file), 'utf8'));
    }
    return env;
  }

  /** In the reader's `language`: its messages, and `lang` and `dir` on the HTML. */
  render(name: string, data: Record<string, unknown>, branding: Branding, language: LanguageCode = 'en'): RenderedEmail {
    const context = this.context(data, branding, language);
    const subject = this.compile(`${name}/subject.hbs`)(context).trim();
    const body = this.compile(`${name}/html.hbs`)(context);
    // The subject is the mail's title, shown as its heading (screen readers list and jump to it).
    const html = this.compile('layouts/html.hbs')({ ...context, subject, body: new this.handlebars.SafeString(body) });
    const text = this.compile(`${name}/text.hbs`)(context, { helpers: { raw: (v: unknown) => v } });
    return { subject, html, text };
  }

  /** An outbox row's bodies: as stored, or rendered from what it keeps for that (a mailing's rows). */
  bodiesOf(row: { html_body: string; text_body: string; bodies_to_render: BodiesToRender | null }): { html: string; text: string } {
    const toRender = row.bodies_to_render;
    return toRender ? this.render(toRender.template, toRender.data, toRender.branding, toRender.language) : { html: row.html_body, text: row.text_body };
  }

  /** The subject `render` would give, alone (a mailing's rows keep it while their bodies wait to be rendered). */
  subject(name: string, data: Record<string, unknown>, branding: Branding, language: LanguageCode = 'en'): string {
    return this.compile(`${name}/subject.hbs`)(this.context(data, branding, language)).trim();
  }

  private context(data: Record<string, unknown>, branding: Branding, language: LanguageCode) {
    // `outreach` picks the footer's wording: what this mail is and what unsubscribing stops.
    return { ...data, outreach: data.mailCategory === 'outreach', branding, language, dir: LANGUAGES[language].dir };
  }

  private compile(file: string): Compiled {
    let template = this.cache.get(file);
    if (!template) {
      const path = join(TEMPLATE_DIR, file);
      if (!existsSync(path)) throw new Error(`Mail template missing: ${path}`);
      const noEscape = file.endsWith('text.hbs') || file.endsWith('subject.hbs');
      template = this.handlebars.compile(readFileSync(path, 'utf8'), { noEscape, strict: true });
      this.cache.set(file, template);
    }
    return template;
  }
}
