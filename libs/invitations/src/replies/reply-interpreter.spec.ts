import { answerFromText, asksSomething, partySizeFromText, rsvpTokenFrom } from './reply-interpreter';
import { answerFromCalendar } from './calendar-reply';

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
    ['Có, tôi sẽ tham dự.', 'ATTENDING'],
    ['Tôi sẽ tham dự', 'ATTENDING'],
    ['Khong', 'DECLINED'],
    ['Tôi không thể tham dự', 'DECLINED'],
    ['Có thể', 'MAYBE'],
    ['是的，我会参加。', 'ATTENDING'],
    ['我不能参加', 'DECLINED'],
    ['也许', 'MAYBE'],
    ['Opo, dadalo ako', 'ATTENDING'],
    ['Hindi ako makakadalo', 'DECLINED'],
    ['Hindi pa sigurado', 'MAYBE'],
    ['네, 참석하겠습니다.', 'ATTENDING'],
    ['불참합니다', 'DECLINED'],
    ['아마도', 'MAYBE'],
    ['نعم، سأحضر', 'ATTENDING'],
    ['لا أستطيع الحضور', 'DECLINED'],
    ['ربما', 'MAYBE'],
  ])('the first line %p means %s', (line, answer) => {
    expect(answerFromText(`${line}\n\nOn Tue, Riverside PD wrote:\n> You are invited`)).toBe(answer);
  });

  it.each([
    'No problem, see you there',
    'Yes and no',
    'Could you send the agenda?',
    'Thanks for the invite',
    'Có và không',
    '不知道',
    'Salamat po sa imbitasyon',
    '감사합니다',
    'شكرا على الدعوة',
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

  describe('the party size a reply states', () => {
    it.each([
      ['Sí, asistiremos dos personas', 2],
      ['yes, two of us', 2],
      ['Yes, the 3 of us will come', 3],
      ['Yes, we are 3', 3],
      ["Yes! We'll be four.", 4],
      ['Sí, somos tres', 3],
      ['Seremos 5 en total', 5],
      ['Yes +1', 2],
      ['Yes, plus one', 2],
      ['Yes, plus two', 3],
      ["Yes, we'll bring two colleagues.", 3],
      ['Yes, I will come with 2 guests', 3],
      ['Sí, con dos acompañantes', 3],
      ['Sí, yo más uno', 2],
      ['Yes, a party of 6', 6],
      ['Yes\n\nThere will be 2 of us.\n\nMaria', 2],
      ['Sí, asistiremos doce personas', 12],
      ['YES, TWO OF US', 2],
      ['Yes, just one person', 1],
    ])('%p is a party of %i', (text, size) => {
      expect(partySizeFromText(text)).toEqual({ kind: 'STATED', size });
    });

    it.each(['Yes', 'Sí, asistiré', "Yes, I'll be there", 'Yes, see you on the 12th', 'Yes, see you 12-14 March', 'Yes. Call me on 555 0123 if needed.', 'Yes\n> We are 4 tables'])(
      '%p states none',
      (text) => {
        expect(partySizeFromText(text)).toEqual({ kind: 'NONE' });
      },
    );

    it.each(['Yes, two or three of us', 'Yes, we are 2, maybe 3 people', 'Yes, bringing 2 people'])('%p is unclear (two readings)', (text) => {
      expect(partySizeFromText(text)).toEqual({ kind: 'UNCLEAR' });
    });

    it('reads only the reply itself, not the quoted invitation or a signature below it', () => {
      expect(partySizeFromText('Yes\n\nOn Tue, Riverside PD wrote:\nParty of 5 seats left')).toEqual({ kind: 'NONE' });
      expect(partySizeFromText('Yes\n-- \nMaria, we are 3 teams at Northgate NGO')).toEqual({ kind: 'NONE' });
      expect(partySizeFromText('Yes\n\nEl mar, Riverside PD escribió:\n> somos 4')).toEqual({ kind: 'NONE' });
    });
  });

  describe('whether a reply also asks something', () => {
    it.each([
      'Yes, we will be there.\n\nIs there parking nearby?',
      'Sí, asistiré.\n¿Hay estacionamiento?',
      '好的\n有停车位吗？',
      'نعم\nهل يوجد موقف للسيارات؟',
      'Yes\nCan I bring my colleague ? Thanks, Ana',
    ])('%p asks', (text) => {
      expect(asksSomething(text)).toBe(true);
    });

    it.each([
      'Yes, we will be there.',
      'Yes\n\n> Will you come?',
      'Yes\n\nOn Tue, Riverside PD wrote:\nQuestions? Call us.',
      'Yes\n-- \nMaria — questions? call 555 0123',
    ])('%p does not (quoted text and signatures aside)', (text) => {
      expect(asksSomething(text)).toBe(false);
    });
  });

  // A regex retrying a long run of spaces from every position took minutes on such a line and
  // held the worker (its SMTP listener and every job) meanwhile. No time is asserted: the
  // quadratic version does not finish within the test's timeout.
  it('reads a reply of a million spaces or dots between two letters as it reads any unclear reply', () => {
    const spaces = `a${' '.repeat(1_000_000)}b`;
    const dots = `yes\n${'.'.repeat(1_000_000)}x`;
    expect(answerFromText(spaces)).toBeNull();
    expect(partySizeFromText(dots)).toEqual({ kind: 'NONE' });
    expect(asksSomething(dots)).toBe(false);
    expect(answerFromText(`Yes${' !'.repeat(500_000)}`)).toBe('ATTENDING');
  });
});

describe('reading a calendar reply', () => {
  const lines = (...body: string[]) => ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'BEGIN:VEVENT', ...body, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

  it('cannot touch Object.prototype, whatever the UID or property names (a general parser merged UID:__proto__ into it)', () => {
    const ics = lines('UID:__proto__', 'X-polluted:yes', 'X-hasOwnProperty:x', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b.example');
    expect(answerFromCalendar(ics)).toBe('ATTENDING');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads folded lines, quoted and lower-case parameters, and LF line ends', () => {
    expect(answerFromCalendar(lines('ATTENDEE;CN="Lopez; Maria";partstat=tentative;RSVP=TRUE:mailto:m', ' aria@ngo.example'))).toBe('MAYBE');
    expect(answerFromCalendar(lines('ATTENDEE;CN=Maria;', ' PARTSTAT=DECLINED:mailto:maria@ngo.example').replace(/\r\n/g, '\n'))).toBe('DECLINED');
  });

  it('is no answer when attendees disagree, outside a VEVENT, or when the part is far larger than a reply', () => {
    expect(answerFromCalendar(lines('ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x', 'ATTENDEE;PARTSTAT=DECLINED:mailto:b@x'))).toBeNull();
    expect(answerFromCalendar(['BEGIN:VCALENDAR', 'METHOD:REPLY', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x', 'END:VCALENDAR'].join('\r\n'))).toBeNull();
    expect(answerFromCalendar(lines('ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x', `X-PAD:${'x'.repeat(70_000)}`))).toBeNull();
  });
});
