import { textOfHtml } from './html-text';

describe('the text of an HTML-only reply', () => {
  it('keeps the writer’s lines and drops tags, styles and the quoted message', () => {
    const gmail = '<div dir="ltr">Yes, we&#39;ll be there.<br>Is there parking?</div><br><div class="gmail_quote"><div>On Tue, Riverside PD wrote:</div><blockquote>Will you come?</blockquote></div>';
    expect(textOfHtml(gmail)).toBe("Yes, we'll be there.\nIs there parking?");
    const outlook = '<html><head><style>p{margin:0}</style></head><body><p>Sí &amp; gracias</p><div id="divRplyFwdMsg"><b>From:</b> Riverside PD</div><p>Will you attend?</p></body></html>';
    expect(textOfHtml(outlook)).toBe('Sí & gracias');
    expect(textOfHtml('<p>No&nbsp;thanks</p><hr><p>quoted?</p>')).toBe('No thanks');
  });

  // The mail parser's converter took over a minute on about 2 MB of such markup, holding the worker.
  // No time is asserted: a quadratic pass would not finish within the test's timeout.
  it('reads crafted markup of megabytes in one pass', () => {
    expect(textOfHtml('<span>x</span>'.repeat(400_000), 10_000_000)).toHaveLength(400_000);
    expect(textOfHtml(`<table><tr>${'<td>x</td>'.repeat(400_000)}`, 10_000_000)).toHaveLength(400_000);
    expect(textOfHtml('<'.repeat(1_000_000))).toBe('');
    expect(textOfHtml(`Yes<div ${'class='.repeat(150_000)}>`, 10_000_000)).toBe('Yes');
    expect(textOfHtml(`Yes<${' '.repeat(1_000_000)}>`, 10_000_000)).toBe('Yes');
    expect(textOfHtml(`Yes${'&amp'.repeat(500_000)}`)).toMatch(/^Yes/);
  });
});
