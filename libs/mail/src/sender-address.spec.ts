import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { senderAddress } from './sender-address';

const FROM = 'no-reply@liaison.example.org';

/** The From a mail program reads, after nodemailer wrote the message. */
async function fromAsRead(name: string | null): Promise<{ address?: string; name?: string; headers: string[] }> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const info = await transport.sendMail({ from: senderAddress(name, FROM), to: 'ana@example.org', subject: 'Hello', text: 'Hi' });
  const parsed = await simpleParser(info.message as Buffer);
  return { ...parsed.from!.value[0], headers: [...parsed.headers.keys()] };
}

describe('the From of our mail', () => {
  it.each([
    ['Riverside PD Community Liaison', 'Riverside PD Community Liaison'],
    ['Riverside PD \\', 'Riverside PD'],
    ['The "Eastside" Unit', "The 'Eastside' Unit"],
    ['Policía de Ribera — Enlace', 'Policía de Ribera — Enlace'],
    ['Evil\r\nBcc: all@example.org', 'Evil Bcc: all@example.org'],
  ])('%p is shown as %p on our address, and adds no header', async (name, shown) => {
    const from = await fromAsRead(name);
    expect({ address: from.address, name: from.name }).toEqual({ address: FROM, name: shown });
    expect(from.headers).not.toContain('bcc');
  });

  it('is our address alone without a name', async () => {
    expect(senderAddress(null, FROM)).toBe(FROM);
    expect(senderAddress(' \\ ', FROM)).toBe(FROM);
  });
});
