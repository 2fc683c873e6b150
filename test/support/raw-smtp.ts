import { connect } from 'node:net';

/**
 * Sends one message, written out whole (headers, blank line, body), over plain SMTP without
 * declaring its size (nodemailer declares it, so a server refuses a large one at MAIL FROM
 * before any data, and it always adds a Message-ID): the server's answer to the data.
 */
export function sendRaw(port: number, to: string, message: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const steps = ['EHLO tester.example', 'MAIL FROM:<sender@tester.example>', `RCPT TO:<${to}>`, 'DATA'];
    let buffer = '';
    let step = 0;
    socket.setEncoding('utf8');
    socket.on('error', reject);
    socket.on('data', (data: string) => {
      buffer += data;
      // Each answer ends with a line "NNN text" (not "NNN-text").
      const lines = buffer.split('\r\n');
      const last = lines.filter((line) => /^\d{3} /.test(line)).pop();
      if (!last) return;
      buffer = '';
      if (step < steps.length) {
        if (step > 0 && !/^(2|3)/.test(last)) return resolve(last);
        socket.write(`${steps[step++]}\r\n`);
      } else if (step === steps.length) {
        step++;
        socket.write(`${message}\r\n.\r\n`);
      } else {
        socket.end('QUIT\r\n');
        resolve(last);
      }
    });
  });
}
