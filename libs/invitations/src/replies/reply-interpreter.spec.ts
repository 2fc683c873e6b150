import { answerFromCalendar, answerFromText, rsvpTokenFrom } from './reply-interpreter';

const reply = (partstat: string, method = 'REPLY') => [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', `METHOD:${method}`,
  'BEGIN:VEVENT', 'UID:forum-1@liaison.local', 'SEQUENCE:0', 'DTSTAMP:20261201T120000Z', 'DTSTART:20261208T003000Z',
  `ATTENDEE;PARTSTAT=${partstat};CN=Maria Lopez:mailto:maria@ngo.example`, 'ORGANIZER:mailto:community@pd.example',
  'END:VEVENT', 'END:VCALENDAR', '',
].join('\r\n');

describe('reading RSVP replies', () => {
  it.each([
    ['ACCEPTED', 'ATTENDING'],
    ['TENTATIVE', 'MAYBE'],
    ['DECLINED', 'DECLINED'],
  ])('a calendar REPLY with PARTSTAT=%s means %s', (partstat, answer) => {
    expect(answerFromCalendar(reply(partstat))).toBe(answer);
  });

  it('ignores calendar parts that are not replies, or say nothing', () => {
    expect(answerFromCalendar(reply('ACCEPTED', 'REQUEST'))).toBeNull();
    expect(answerFromCalendar(reply('NEEDS-ACTION'))).toBeNull();
    expect(answerFromCalendar('not a calendar')).toBeNull();
  });

  it.each([
    ['Yes', 'ATTENDING'],
    ['yes!', 'ATTENDING'],
    ["Yes, we'll bring two colleagues.", 'ATTENDING'],
    ["I'll be there", 'ATTENDING'],
    ['Sí', 'ATTENDING'],
    ['¡Sí, asistiré!', 'ATTENDING'],
    ['Allí estaré', 'ATTENDING'],
    ['No', 'DECLINED'],
    ['No, thank you.', 'DECLINED'],
    ["Can't make it", 'DECLINED'],
    ['No podré asistir', 'DECLINED'],
    ['Maybe', 'MAYBE'],
    ['Tal vez', 'MAYBE'],
    ['Quizás, depende del horario', 'MAYBE'],
  ])('the first line %p means %s', (line, answer) => {
    expect(answerFromText(`${line}\n\nOn Tue, Riverside PD wrote:\n> You are invited`)).toBe(answer);
  });

  it.each([
    'No problem, see you there',
    'Yes and no',
    'Could you send the agenda?',
    'Thanks for the invite',
    '> Yes',
    '',
  ])('leaves %p for an officer to read', (line) => {
    expect(answerFromText(line)).toBeNull();
  });

  it('skips blank lines before the first written line', () => {
    expect(answerFromText('\n\n  \nYes\n')).toBe('ATTENDING');
  });

  it('finds the token in a reply address whatever its case', () => {
    expect(rsvpTokenFrom(['someone@else.example', 'RSVP+ABCDEF0123456789abcdef@replies.liaison.local'])).toBe('abcdef0123456789abcdef');
    expect(rsvpTokenFrom(['rsvp@replies.liaison.local', 'rsvp+short@x.example'])).toBeNull();
  });
});
