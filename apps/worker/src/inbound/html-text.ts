/** Elements whose end starts a new line of text. */
const BLOCKS = new Set(['p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'pre']);
/** Elements whose content is not text a person wrote. */
const HIDDEN = new Set(['style', 'script', 'head', 'title', 'template']);
/**
 * Where a mail program puts the message being answered: the writer's own words end there. The
 * elements by name, the mail programs' markers by id (Outlook) or class (Gmail, Yahoo). Each
 * test is linear in the tag: a pattern matching "class=" then any run before a class name
 * retried from every "class=" of a crafted tag, taking seconds on a few hundred kilobytes.
 */
const QUOTED_ELEMENTS = new Set(['blockquote', 'hr']);
const QUOTED_ID = /\bid\s*=\s*["']?(divRplyFwdMsg|appendonsend)\b/i;
const QUOTED_CLASSES = ['gmail_quote', 'yahoo_quoted'];

function startsQuote(name: string, tag: string): boolean {
  if (QUOTED_ELEMENTS.has(name) || QUOTED_ID.test(tag)) return true;
  const lower = tag.toLowerCase();
  return QUOTED_CLASSES.some((marker) => lower.includes(marker));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * The writer's own words of an HTML-only reply, as lines of text: tags dropped, line breaks
 * kept, up to where the quoted message begins. One pass, in time linear in the (capped)
 * length: the general converter the mail parser uses took over a minute on a 2 MB crafted
 * page, holding the whole worker, so it is switched off for inbound mail.
 */
export function textOfHtml(html: string, maxLength = 200_000): string {
  const source = html.length > maxLength ? html.slice(0, maxLength) : html;
  let out = '';
  let hidden: string | null = null;
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<', i);
    const textEnd = open < 0 ? source.length : open;
    if (!hidden && textEnd > i) out += decode(source.slice(i, textEnd).replace(/\s+/g, ' '));
    if (open < 0) break;
    const close = source.indexOf('>', open + 1);
    if (close < 0) break;
    const tag = source.slice(open + 1, close);
    i = close + 1;
    // Trimmed rather than matched with `\s*\/?\s*`: two optional runs of spaces side by side make a
    // regex try every split of a long run, in time the square of its length.
    const opened = tag.trimStart();
    const closing = opened.startsWith('/');
    const match = /^[a-z][a-z0-9]*/i.exec(closing ? opened.slice(1).trimStart() : opened);
    if (!match) continue;
    const name = match[0].toLowerCase();
    if (hidden) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (!closing && HIDDEN.has(name)) hidden = name;
    else if (!closing && startsQuote(name, tag)) break;
    else if (name === 'br' || (closing && BLOCKS.has(name)) || (!closing && (name === 'p' || name === 'div'))) out += '\n';
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
