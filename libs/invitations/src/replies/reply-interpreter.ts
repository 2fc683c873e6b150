
export type RsvpAnswer = 'ATTENDING' | 'MAYBE' | 'DECLINED';

/**
 * Phrases a first line may be, in the seven languages Liaison writes (English, Spanish,
 * Vietnamese with or without its accents, Simplified Chinese, Tagalog, Korean, Arabic).
 * Anything else is left for an officer to read: a wrong guess ("No problem, see you there"
 * as a decline) is worse than no guess.
 */
const PHRASES: Record<RsvpAnswer, string[]> = {
  ATTENDING: [
    'yes', 'yes please', 'yes i will attend', 'yes we will attend', "yes i'll be there", "yes we'll be there", 'i will attend',
    'we will attend', "i'll be there", "we'll be there", 'attending', 'count me in', 'count us in', 'accept', 'accepted',
    'sí', 'si', 'sí asistiré', 'si asistire', 'asistiré', 'asistire', 'asistiremos', 'allí estaré', 'alli estare', 'ahí estaré',
    'ahi estare', 'confirmo', 'confirmo asistencia', 'cuenta conmigo', 'cuenten con nosotros',
    // Vietnamese
    'có', 'co', 'vâng', 'vang', 'dạ có', 'đồng ý', 'dong y', 'tôi sẽ tham dự', 'toi se tham du', 'chúng tôi sẽ tham dự', 'tham dự', 'tham du', 'tôi sẽ đến', 'chúng tôi sẽ đến',
    // Chinese
    '是', '是的', '好', '好的', '会', '会的', '参加', '我参加', '我会参加', '我们会参加', '接受', '可以', '一定到',
    // Tagalog
    'oo', 'opo', 'oo po', 'sige', 'sige po', 'dadalo ako', 'dadalo kami', 'pupunta ako', 'pupunta kami', 'makakadalo ako',
    // Korean
    '네', '예', '참석', '참석합니다', '참석하겠습니다', '참석할게요', '갈게요', '가겠습니다',
    // Arabic
    'نعم', 'أجل', 'اجل', 'موافق', 'سأحضر', 'ساحضر', 'سنحضر', 'سأكون هناك', 'سنكون هناك',
  ],
  DECLINED: [
    'no', 'no thanks', 'no thank you', 'not attending', "i can't attend", 'i cannot attend', "we can't attend", 'we cannot attend',
    "can't make it", 'cannot make it', 'unable to attend', 'decline', 'declined', 'no puedo', 'no podré', 'no podre', 'no asistiré',
    'no asistire', 'no podremos', 'no podremos asistir', 'no podemos asistir', 'no puedo asistir', 'no podré asistir', 'no podre asistir',
    // Vietnamese
    'không', 'khong', 'không tham dự', 'khong tham du', 'tôi không thể tham dự', 'toi khong the tham du', 'không thể tham dự', 'chúng tôi không thể tham dự', 'từ chối', 'tu choi', 'không đến được',
    // Chinese
    '不', '不会', '不参加', '我不参加', '不能参加', '我不能参加', '无法参加', '我无法参加', '不去', '拒绝', '谢绝',
    // Tagalog
    'hindi', 'hindi po', 'hindi ako makakadalo', 'hindi kami makakadalo', 'hindi makakadalo', 'hindi ako makakapunta', 'hindi kami makakapunta',
    // Korean
    '아니요', '아니오', '아뇨', '불참', '불참합니다', '참석하지 않겠습니다', '참석 못 합니다', '참석 못합니다', '참석할 수 없습니다', '못 갑니다',
    // Arabic
    'لا', 'لن أحضر', 'لن احضر', 'لن نحضر', 'لا أستطيع الحضور', 'لا استطيع الحضور', 'لا يمكنني الحضور', 'أعتذر عن الحضور', 'اعتذر عن الحضور',
  ],
  MAYBE: [
    'maybe', 'perhaps', 'possibly', 'tentative', 'tentatively', 'not sure yet', 'quizás', 'quizas', 'quizá', 'quiza', 'tal vez',
    'a lo mejor', 'posiblemente',
    // Vietnamese
    'có thể', 'co the', 'có lẽ', 'co le', 'chưa chắc', 'chua chac', 'không chắc', 'khong chac',
    // Chinese
    '也许', '可能', '或许', '不确定', '待定', '还不确定',
    // Tagalog
    'siguro', 'baka', 'marahil', 'hindi pa sigurado', 'di pa sigurado',
    // Korean
    '아마', '아마도', '글쎄요', '미정', '아직 모르겠습니다', '잘 모르겠습니다',
    // Arabic
    'ربما', 'قد أحضر', 'قد احضر', 'لست متأكدا', 'لست متأكدًا', 'غير متأكد',
  ],
};

/** Words that may open a longer line ("Yes, two of us will come") when a separator follows. */
const LEADING: Record<string, RsvpAnswer> = {
  yes: 'ATTENDING', 'sí': 'ATTENDING', si: 'ATTENDING', no: 'DECLINED', maybe: 'MAYBE', 'tal vez': 'MAYBE', 'quizás': 'MAYBE', quizas: 'MAYBE',
  'có': 'ATTENDING', 'vâng': 'ATTENDING', 'không': 'DECLINED', 'có lẽ': 'MAYBE', 'có thể': 'MAYBE',
  '是': 'ATTENDING', '是的': 'ATTENDING', '好': 'ATTENDING', '好的': 'ATTENDING', '不': 'DECLINED', '也许': 'MAYBE', '可能': 'MAYBE',
  oo: 'ATTENDING', opo: 'ATTENDING', hindi: 'DECLINED', siguro: 'MAYBE',
  '네': 'ATTENDING', '예': 'ATTENDING', '아니요': 'DECLINED', '아니오': 'DECLINED', '아마도': 'MAYBE',
  'نعم': 'ATTENDING', 'لا': 'DECLINED', 'ربما': 'MAYBE',
};

/** Separators after a leading word, Chinese and Arabic punctuation included. */
const SEPARATOR = '[,.;:!\\-，。；：！、،]';

/**
 * Words that, later on a line a yes or no opens, leave the line for an officer: a reservation
 * or condition ("Yes, but who else is coming", "Sí, si es en línea"), a doubt or deferral
 * ("No, not yet decided"), or a receipt or forward in place of an answer ("好的，收到",
 * "Yes, I'll forward it"). A leading maybe is already conditional, so it is not asked.
 */
const QUALIFIERS = [
  'but', 'if', 'unless', 'though', 'although', 'however', 'except', 'depends', 'depending', 'yet', 'maybe', 'perhaps', 'probably',
  'possibly', 'tentative', 'not sure', 'unsure', 'let you know', 'get back', 'confirm later', 'check', 'forward it', 'forward this',
  'forwarded', 'forwarding', 'received', 'got it', 'noted', 'remove', 'unsubscribe',
  'pero', 'si', 'salvo', 'excepto', 'aunque', 'depende', 'todavía', 'todavia', 'aún', 'aun', 'quizás', 'quizas', 'quizá', 'quiza',
  'tal vez', 'a lo mejor', 'recibido', 'recibí', 'recibi', 'reenvío', 'reenvio', 'reenviaré', 'reenviare',
  // Vietnamese
  'nhưng', 'nhung', 'nếu', 'neu', 'trừ khi', 'mặc dù', 'tuy nhiên', 'có lẽ', 'co le', 'nhận được', 'chuyển', 'báo lại',
  // Chinese
  '但', '如果', '要是', '除非', '可能', '也许', '或许', '还没', '收到', '转发', '转给',
  // Tagalog (pero: listed above)
  'ngunit', 'subalit', 'kaso', 'kung', 'siguro', 'baka', 'marahil', 'natanggap', 'ipapasa', 'ipasa',
  // Korean (면: the conditional ending, as in 온라인이면)
  '하지만', '그런데', '근데', '다만', '그러나', '면', '아마', '받았', '전달', '알겠',
  // Arabic
  'لكن', 'ولكن', 'إذا', 'اذا', 'لو', 'ربما', 'استلمت', 'سأرسل', 'سأرسلها', 'سأخبركم',
];

/** Negations: after a leading yes they take it back ("Yes, unfortunately we can't", "Sí, no podremos"). */
const NEGATIONS = [
  'no', 'not', 'never', 'cannot', "can't", "won't", "don't", "couldn't", 'unable', 'unfortunately', 'regret', 'regrettably', 'decline',
  'nunca', 'lamentablemente', 'desafortunadamente',
  'không', 'khong', 'chẳng', 'chưa', 'tiếc',
  '不', '没', '无法', '未',
  'hindi', 'di',
  '않', '못', '없', '아니', '불참',
  'لا', 'لن', 'لم', 'ليس', 'أعتذر', 'اعتذر',
];

/** Words of coming: after a leading no with no negation beside them, they contradict it ("No, I'll definitely be there"). */
const COMING = [
  'attend', 'attending', 'be there', 'come', 'coming', 'join', 'see you', 'count me in', 'count us in',
  'asistiré', 'asistire', 'asistiremos', 'asistir', 'iré', 'ire', 'iremos', 'estaré', 'estare', 'estaremos',
  'tham dự', 'tham du', 'sẽ đến', 'se den',
  '参加', '出席', '一定到', '会去', '会来',
  'dadalo', 'pupunta', 'darating', 'makakadalo', 'makakapunta',
  '참석', '가겠', '갈게',
  'سأحضر', 'ساحضر', 'سنحضر', 'أحضر', 'نحضر', 'سأكون', 'سنكون',
];

/** A question is not an answer ("Yes?", "Attending?"), and one beside an answer needs an officer's reply anyway. */
const QUESTION = /[?？؟¿]/;

/** "No." before a figure is the number sign ("No. 12 Bonifacio St", "No. of seats: 3"), not a decline. */
const NUMBER_SIGN = /^(?:\d|of\b|de\b)/;

/** Whether the text has one of the words: Han and Hangul ones anywhere (no spaces between words there), others whole. */
function mentions(text: string, words: string[]): boolean {
  return words.some((word) => {
    if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(word)) return text.includes(word);
    return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${word}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(text);
  });
}

/** Whether the rest of a line a leading word opens takes back, qualifies or contradicts that word's answer. */
function takenBack(answer: RsvpAnswer, separator: string, rest: string): boolean {
  if (answer === 'MAYBE') return false;
  if (answer === 'DECLINED' && separator === '.' && NUMBER_SIGN.test(rest)) return true;
  if (mentions(rest, QUALIFIERS)) return true;
  return answer === 'ATTENDING' ? mentions(rest, NEGATIONS) : mentions(rest, COMING) && !mentions(rest, NEGATIONS);
}

/** Punctuation and spaces a line's end may carry ("Yes!!", "好的。"). */
const TRAILING = /[\s.!?,;:)"'¡¿。！？，；：、،؟“”「」]/;

/**
 * The text without what trails it, scanning back from the end: a regex anchored only at the
 * end would retry from every position of a long run that does not reach it, taking time in
 * the square of the length (a reply of a million spaces then a letter would hold the worker
 * for minutes).
 */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text[end - 1])) end--;
  return text.slice(0, end);
}

function normalise(line: string): string {
  return trimTrailing(
    line
      .normalize('NFC')
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/^[\s¡¿"'“”「」]+/, ''),
  ).replace(/\s+/g, ' ');
}

/** The answer on the reply's first written line, if it is a clear yes / no / maybe. */
export function answerFromText(body: string): RsvpAnswer | null {
  const first = body.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trim().startsWith('>'));
  if (!first || QUESTION.test(first)) return null;
  const line = normalise(first);
  for (const [answer, phrases] of Object.entries(PHRASES) as [RsvpAnswer, string[]][]) if (phrases.includes(line)) return answer;
  for (const [word, answer] of Object.entries(LEADING)) {
    const match = new RegExp(`^${word}\\s*(${SEPARATOR})\\s*(\\S.*)$`).exec(line);
    if (match) return takenBack(answer, match[1], match[2]) ? null : answer;
  }
  return null;
}

export type PartySizeReading = { kind: 'STATED'; size: number } | { kind: 'NONE' } | { kind: 'UNCLEAR' };

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
  catorce: 14, quince: 15, 'dieciséis': 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
};
const N = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const ADDED = `(?:colleagues?|guests?|others?|friends?|residents?|volunteers?|members?|more|acompañantes?|invitad[oa]s?|colegas?|compañer[oa]s?|amig[oa]s?|más)`;

/**
 * Ways a reply states its party: `total` patterns give the whole party ("two of us",
 * "somos tres"), `added` ones the people coming with the writer ("+1", "bringing two
 * colleagues"), `range` ones say it is not decided ("two or three").
 */
const PARTY_PATTERNS: { kind: 'total' | 'added' | 'range'; pattern: RegExp }[] = [
  { kind: 'total', pattern: new RegExp(`\\b${N} (?:of us|de nosotr[oa]s)\\b`, 'g') },
  { kind: 'total', pattern: new RegExp(`\\b(?:we are|we're|we will be|we'll be|there will be|there'll be|somos|seremos|vamos|iremos|asistiremos|estaremos|vendremos)\\s+${N}\\b`, 'g') },
  { kind: 'total', pattern: new RegExp(`\\b(?:party|group|grupo) (?:of|de) ${N}\\b`, 'g') },
  { kind: 'total', pattern: new RegExp(`\\b${N} (?:people|persons?|attendees|adults|in total|personas?|asistentes|adultos|en total)\\b`, 'g') },
  { kind: 'added', pattern: new RegExp(`(?:^|[\\s(,])\\+\\s?${N}\\b`, 'g') },
  { kind: 'added', pattern: new RegExp(`\\b(?:plus|más|mas)\\s+${N}\\b`, 'g') },
  { kind: 'added', pattern: new RegExp(`\\b(?:bring|bringing|with|and|con|y|traeré|traere|traigo|llevo|llevaré|llevare)\\s+${N}\\s+(?:${ADDED}|people|personas)\\b`, 'g') },
  { kind: 'range', pattern: new RegExp(`\\b${N}\\s*(?:or|to|-|–|o|a)\\s*${N}\\b`, 'g') },
];

/** The writer's own lines: up to the quoted message, its "On … wrote:" line or a signature. */
function ownLines(body: string): string[] {
  const lines: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>') || trimmed === '--' || /^-{2,}\s*original message/i.test(trimmed)) break;
    if (/^(on|el)\s.*(wrote|escribió|escribio):?$/i.test(trimmed)) break;
    lines.push(line);
  }
  return lines;
}

function ownText(body: string): string {
  return normalise(ownLines(body).join(' '));
}

/**
 * Whether the writer asks something in their own words (a question mark in any of the
 * seven languages' forms, quoted text and signature aside). A reply whose first line is a
 * clear answer is still applied, but one that also asks ("Yes. Is there parking?") is kept
 * for an officer too, so the question is answered rather than filed unseen.
 */
export function asksSomething(body: string): boolean {
  return QUESTION.test(ownLines(body).join('\n'));
}

/**
 * The party size a reply states, when it is clear: digits or number words (English or
 * Spanish) in a phrase that says who comes. Two different readings, or a range, are
 * UNCLEAR: the caller keeps the size it has rather than guess.
 */
export function partySizeFromText(body: string): PartySizeReading {
  const text = ownText(body);
  const sizes = new Set<number>();
  let ranged = false;
  for (const { kind, pattern } of PARTY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (kind === 'range') ranged = true;
      else sizes.add((/^\d+$/.test(match[1]) ? Number(match[1]) : NUMBER_WORDS[match[1]]) + (kind === 'added' ? 1 : 0));
    }
  }
  // A range alone ("see you 12-14") says nothing about the party; beside a party phrase it leaves it open.
  if (sizes.size === 0) return { kind: 'NONE' };
  return sizes.size === 1 && !ranged ? { kind: 'STATED', size: [...sizes][0] } : { kind: 'UNCLEAR' };
}

/** The token in a reply address such as rsvp+3f9c…@replies.example (case-insensitive). */
export function rsvpTokenFrom(addresses: string[]): string | null {
  for (const address of addresses) {
    const match = /^rsvp\+([a-z0-9]{16,64})@/i.exec(address.trim());
    if (match) return match[1].toLowerCase();
  }
  return null;
}
