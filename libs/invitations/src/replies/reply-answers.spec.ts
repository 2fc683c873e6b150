import { answerFromText } from './reply-interpreter';

// Realistic replies to a forum invitation, in the seven languages Liaison writes. A wrong yes or
// no moves seats and mails a confirmation; a reply left unread (null) costs an officer a minute.
// So whatever is not plainly an answer must come out null.

/** The invitation as Gmail quotes it below a reply: it must never change the answer. */
const quoted = (line: string) => `${line}\n\nOn Mon, Dec 7, 2026 at 9:00 AM Riverside PD <community@pd.example> wrote:\n> Will you attend? Reply Yes, No or Maybe.\n> RSVP\n`;

describe('the answer a partner’s emailed reply gives', () => {
  it.each([
    // English
    ['Count me in!', 'ATTENDING'],
    ["We'll be there", 'ATTENDING'],
    ['Yes, two of us will attend', 'ATTENDING'],
    ['Yes - see you Thursday', 'ATTENDING'],
    ['Yes, thanks for the invite', 'ATTENDING'],
    ['Yes, looking forward to it', 'ATTENDING'],
    ['Yes, two or three of us', 'ATTENDING'],
    ['Attending', 'ATTENDING'],
    ['No, sorry, we have a board meeting that evening', 'DECLINED'],
    ['No, we are not able to come', 'DECLINED'],
    ["No, we won't be coming", 'DECLINED'],
    ['Not attending', 'DECLINED'],
    ['Unable to attend', 'DECLINED'],
    ['NO.', 'DECLINED'],
    ['Tentative', 'MAYBE'],
    ['Maybe, depends on staffing', 'MAYBE'],
    // Spanish
    ['Sí, asistiremos', 'ATTENDING'],
    ['Si, alli estare', 'ATTENDING'],
    ['Cuenten con nosotros', 'ATTENDING'],
    ['Sí, seremos tres', 'ATTENDING'],
    ['No podremos asistir', 'DECLINED'],
    ['No, gracias, tenemos otro compromiso', 'DECLINED'],
    ['Tal vez', 'MAYBE'],
    // Vietnamese
    ['Có, chúng tôi sẽ tham dự', 'ATTENDING'],
    ['Vâng, tôi sẽ đến', 'ATTENDING'],
    ['Không, cảm ơn', 'DECLINED'],
    ['Không, chúng tôi không thể tham dự', 'DECLINED'],
    ['Chưa chắc', 'MAYBE'],
    // Chinese
    ['是的，我们会参加', 'ATTENDING'],
    ['好的，一定到', 'ATTENDING'],
    ['不，谢谢邀请', 'DECLINED'],
    ['无法参加', 'DECLINED'],
    ['待定', 'MAYBE'],
    // Tagalog
    ['Oo, dadalo kami', 'ATTENDING'],
    ['Pupunta ako', 'ATTENDING'],
    ['Hindi, salamat', 'DECLINED'],
    ['Hindi kami makakadalo', 'DECLINED'],
    ['Siguro', 'MAYBE'],
    // Korean
    ['네, 참석하겠습니다', 'ATTENDING'],
    ['네, 감사합니다', 'ATTENDING'],
    ['아니요, 참석하지 않겠습니다', 'DECLINED'],
    ['참석할 수 없습니다', 'DECLINED'],
    ['미정', 'MAYBE'],
    // Arabic
    ['نعم، سنحضر', 'ATTENDING'],
    ['لا، شكرا', 'DECLINED'],
    ['أعتذر عن الحضور', 'DECLINED'],
  ])('%p means %s, with the invitation quoted below or not', (line, answer) => {
    expect(answerFromText(line)).toBe(answer);
    expect(answerFromText(quoted(line))).toBe(answer);
  });

  // A leading yes or no the rest of its line qualifies, defers or contradicts. "Yes, but who else is
  // coming?" may be a yes with a question, or a yes that depends on the answer: an officer asks.
  it.each([
    'Yes, but who else is coming?',
    'Yes, but only if the meeting moves to 7pm',
    'Yes, if it is online',
    'Yes, unless it snows',
    'Yes, maybe',
    'Yes, probably not',
    'Yes, and no',
    'Yes, unfortunately we cannot attend',
    'Yes, I received it and will let you know',
    "Yes, I'll forward it to our director",
    'Yes, please remove me from this list',
    "No, I'll definitely be there",
    'No, we will definitely attend',
    'No, not yet - I will confirm next week',
    "No, I haven't decided yet",
    'No, maybe',
    'No, but my colleague Ana will attend instead',
    'Sí, pero llegaré tarde',
    'Sí, si es en línea',
    'Sí, lamentablemente no podremos ir',
    'No, claro que asistiré',
    'Có, nhưng tôi sẽ đến muộn',
    'Có, nếu có lựa chọn trực tuyến',
    'Vâng, tôi đã nhận được thư',
    'Không, tôi chắc chắn sẽ đến',
    '好的，收到',
    '好的，我会转发给我的同事',
    '是的，不过我会晚到',
    '不，我一定会参加',
    'Oo, pero mahuhuli ako',
    'Oo, kung online',
    'Sige po, ipapasa ko sa kasamahan ko',
    'Hindi, siguradong pupunta ako',
    '네, 잘 받았습니다',
    '네, 동료에게 전달하겠습니다',
    '네, 온라인이면 참석하겠습니다',
    '아니요, 꼭 참석하겠습니다',
    'نعم، إذا كان عبر الإنترنت',
    'نعم، لكن لا أستطيع الحضور',
    'لا، سأحضر بالتأكيد',
  ])('leaves %p for an officer: the rest of the line takes the answer back', (line) => {
    expect(answerFromText(line)).toBeNull();
    expect(answerFromText(quoted(line))).toBeNull();
  });

  it.each([
    // a question is not an answer, and one asked beside an answer needs an officer's reply
    'Yes?', 'No?', 'Attending?', 'Maybe?', '¿Sí?', 'نعم؟', 'Can you tell me if there is parking?', 'Is there an online option? If so yes',
    'Yes, who else is coming?', 'Sí, pero ¿quién más va?', 'Có, nhưng ai khác sẽ đến?', '是的，但是还有谁参加？', 'Oo, pero sino pa ang darating?',
    '네, 하지만 다른 분들은 누가 오시나요?', 'نعم، ولكن من سيحضر أيضا؟', '有停车位吗？',
    // neither yes nor no
    "Not sure yet, I'll confirm next week", "I can't say yes yet", 'I do not think I can come', "No problem, I'll forward it to my colleague",
    "No worries, I'll check with the team", 'No idea, ask Maria', 'Not yet', 'Thanks!', 'Please remove me from this list', 'Hi Officer Ruiz,',
    'No hay problema, se lo reenvío a mi colega', 'Todavía no sé, confirmo la próxima semana', 'Gracias', 'Không sao, tôi sẽ chuyển cho đồng nghiệp',
    'Không có gì', 'Cảm ơn!', '没问题，我会转给同事', '不客气', '谢谢！', 'Salamat!', 'Hindi ko pa alam', '감사합니다!', 'لا مشكلة، سأرسلها لزميلي', 'شكرا!',
  ])('leaves %p for an officer', (line) => {
    expect(answerFromText(line)).toBeNull();
  });

  it.each([
    'No. of attendees: 3',
    'No. 12 Bonifacio St, Quezon City',
    'No.1 priority for us',
    'No. de asistentes: 2',
    'Yes Youth Services',
    'Yes Youth Services\nRef No. 123',
    'Attending Physician, County General',
    '--\nMaria Lopez\nYes Youth Services',
    'Sent from my iPhone\n\nOn Tue, Riverside PD wrote:\n> Yes',
  ])('reads no answer into a signature or a number sign: %p', (text) => {
    expect(answerFromText(text)).toBeNull();
  });

  it.each([
    ['Gmail', '\n\nOn Tue, Dec 1, 2026 at 10:00 AM Riverside PD <community@pd.example> wrote:\n> Will you attend? Reply Yes or No\n> RSVP'],
    ['Gmail, its header wrapped', '\n\nOn Tue, Dec 1, 2026 at 10:00 AM Riverside PD <\ncommunity@pd.example> wrote:\n\nYes, attend by replying'],
    ['a bare quote', '\n> Yes\n> RSVP: decline'],
    ['Gmail in Spanish', '\n\nEl mar, 1 dic 2026 a las 10:00, Riverside PD (<community@pd.example>) escribió:\n> ¿Asistirá? Responda Sí o No'],
    ['Gmail in Vietnamese', '\n\nVào Th 3, 1 thg 12, 2026 lúc 10:00 Riverside PD <community@pd.example> đã viết:\n> Có'],
    ['Gmail in Chinese', '\n\nRiverside PD <community@pd.example> 于2026年12月1日周二 10:00写道：\n> 是否参加'],
    ['Gmail in Tagalog', '\n\nNoong Mar, Dis 1, 2026 nang 10:00 AM, sumulat si Riverside PD <community@pd.example>:\n> Dadalo ka ba?'],
    ['Gmail in Korean', '\n\n2026년 12월 1일 (화) 오전 10:00, Riverside PD <community@pd.example>님이 작성:\n> 참석'],
    ['Gmail in Arabic', '\n\nفي الثلاثاء، 1 ديسمبر 2026، كتب Riverside PD <community@pd.example>:\n> نعم'],
    ['Outlook', '\n\nFrom: Riverside PD <community@pd.example>\nSent: Tuesday, December 1, 2026 10:00 AM\nTo: Maria Lopez\nSubject: RSVP: Eastside forum\n\nYes, attend by replying. Decline by replying No.'],
    ['Outlook, ruled off', '\n________________________________\nFrom: Riverside PD\nSent: Tuesday\nSubject: Yes'],
    ['Outlook in Spanish', '\n\nDe: Riverside PD\nEnviado: martes\nAsunto: Sí'],
    ['Outlook in Chinese', '\n\n发件人: Riverside PD\n发送时间: 2026年12月1日\n主题: 参加'],
    ['an "Original Message" block', '\n-----Original Message-----\nFrom: Riverside PD\nYes or No?'],
  ])('takes no answer from the quoted invitation under an empty reply (%s)', (_client, text) => {
    expect(answerFromText(text)).toBeNull();
  });
});
