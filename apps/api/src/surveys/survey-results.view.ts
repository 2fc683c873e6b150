import type { QuestionResult, Survey, SurveyLanguage, SurveyResultsSnapshot, TextAnswer, TrendPoint } from '@app/surveys';
import { textIn } from '@app/common';
import { CellSuppression, SUPPRESSION_TEXT } from '@app/surveys';
import { SafeHtml, html } from '../pages/html';
import { PageAgency, page } from '../pages/layout';
import { SURVEY_STYLE, languageLinks } from './survey-page.view';

const RESULTS_STYLE = `
  main{max-width:56rem}
  .chart{width:100%;height:auto;display:block;margin:.5rem 0}
  .axis{display:flex;justify-content:space-between;gap:1rem;margin:0 0 .5rem;color:#4a5360}
  .bars th{font-weight:400;width:45%}
  .bars thead th{font-weight:600}
  .bar-row{display:flex;align-items:center;gap:.4rem}
  .bar{display:block;flex:0 0 auto;height:1rem;background:#1d4e89}
  .bar-row span:last-child{flex:1 1 auto;min-width:0}
  .stat{display:inline-block;margin-right:1.5rem}
  .muted{color:#4a5360}
  section{margin-top:2rem}
`;

/**
 * This page's own words, in every shipped language (those beyond English and Spanish
 * machine-drafted, like the catalogs, until a person reviews them).
 */
const T: Record<SurveyLanguage, Record<'responses' | 'computed' | 'answered' | 'mean' | 'median' | 'nps' | 'min' | 'max' | 'terms' | 'weekly' | 'neighbourhoods' | 'rate' | 'texts' | 'none' | 'table' | 'answer' | 'count' | 'week' | 'download' | 'weekOf' | 'privacy' | 'results', string>> = {
  en: { responses: 'responses', computed: 'Updated', answered: 'answered', mean: 'Mean', median: 'Median', nps: 'NPS', min: 'Minimum', max: 'Maximum', terms: 'Most frequent words', weekly: 'Responses per week', neighbourhoods: 'By neighbourhood', rate: 'Response rate', texts: 'Answers (staff only)', none: 'No results yet.', table: 'Show as a table', answer: 'Answer', count: 'Responses', week: 'Week', download: 'Download', weekOf: 'week of', privacy: 'To protect respondents, counts of fewer than 5 are hidden, and so are other figures that would let them be worked out.', results: 'results' },
  es: { responses: 'respuestas', computed: 'Actualizado', answered: 'respondieron', mean: 'Media', median: 'Mediana', nps: 'NPS', min: 'Mínimo', max: 'Máximo', terms: 'Palabras más frecuentes', weekly: 'Respuestas por semana', neighbourhoods: 'Por barrio', rate: 'Tasa de respuesta', texts: 'Respuestas (solo personal)', none: 'Aún no hay resultados.', table: 'Ver como tabla', answer: 'Respuesta', count: 'Respuestas', week: 'Semana', download: 'Descargar', weekOf: 'semana del', privacy: 'Para proteger a quienes respondieron, se ocultan los recuentos menores de 5 y las demás cifras que permitirían deducirlos.', results: 'resultados' },
  vi: { responses: 'câu trả lời', computed: 'Cập nhật', answered: 'đã trả lời', mean: 'Trung bình', median: 'Trung vị', nps: 'NPS', min: 'Thấp nhất', max: 'Cao nhất', terms: 'Từ xuất hiện nhiều nhất', weekly: 'Số câu trả lời mỗi tuần', neighbourhoods: 'Theo khu phố', rate: 'Tỷ lệ trả lời', texts: 'Câu trả lời (chỉ nhân viên)', none: 'Chưa có kết quả.', table: 'Xem dạng bảng', answer: 'Câu trả lời', count: 'Số câu trả lời', week: 'Tuần', download: 'Tải xuống', weekOf: 'tuần bắt đầu', privacy: 'Để bảo vệ người trả lời, các con số dưới 5 được ẩn, cũng như các con số khác có thể giúp suy ra chúng.', results: 'kết quả' },
  'zh-Hans': { responses: '份回复', computed: '更新于', answered: '人作答', mean: '平均值', median: '中位数', nps: 'NPS', min: '最小值', max: '最大值', terms: '最常见的词', weekly: '每周回复数', neighbourhoods: '按社区', rate: '回复率', texts: '回答（仅限工作人员）', none: '暂无结果。', table: '以表格显示', answer: '回答', count: '回复数', week: '周', download: '下载', weekOf: '当周起始', privacy: '为保护答卷人，少于 5 的计数以及可据以推算出它们的其他数字均已隐藏。', results: '结果' },
  tl: { responses: 'mga sagot', computed: 'Na-update', answered: 'sumagot', mean: 'Average', median: 'Median', nps: 'NPS', min: 'Pinakamababa', max: 'Pinakamataas', terms: 'Mga salitang pinakamadalas', weekly: 'Mga sagot bawat linggo', neighbourhoods: 'Ayon sa kapitbahayan', rate: 'Antas ng pagsagot', texts: 'Mga sagot (para sa kawani lamang)', none: 'Wala pang resulta.', table: 'Ipakita bilang talahanayan', answer: 'Sagot', count: 'Mga sagot', week: 'Linggo', download: 'I-download', weekOf: 'linggo ng', privacy: 'Upang protektahan ang mga sumagot, itinatago ang mga bilang na mas mababa sa 5, pati ang ibang numero na makapagpapakita sa mga ito.', results: 'mga resulta' },
  ko: { responses: '개 응답', computed: '업데이트', answered: '명 응답', mean: '평균', median: '중앙값', nps: 'NPS', min: '최솟값', max: '최댓값', terms: '가장 많이 나온 단어', weekly: '주별 응답 수', neighbourhoods: '동네별', rate: '응답률', texts: '답변(직원 전용)', none: '아직 결과가 없습니다.', table: '표로 보기', answer: '답변', count: '응답 수', week: '주', download: '다운로드', weekOf: '주 시작일', privacy: '응답자를 보호하기 위해 5 미만의 수와 그것을 추정할 수 있게 하는 다른 수치는 숨겨집니다.', results: '결과' },
  ar: { responses: 'ردًا', computed: 'آخر تحديث', answered: 'أجابوا', mean: 'المتوسط', median: 'الوسيط', nps: 'NPS', min: 'الأدنى', max: 'الأعلى', terms: 'الكلمات الأكثر تكرارًا', weekly: 'الردود في الأسبوع', neighbourhoods: 'حسب الحي', rate: 'معدل الاستجابة', texts: 'الإجابات (للموظفين فقط)', none: 'لا توجد نتائج بعد.', table: 'اعرض كجدول', answer: 'الإجابة', count: 'الردود', week: 'الأسبوع', download: 'تنزيل', weekOf: 'أسبوع', privacy: 'لحماية المشاركين، تُخفى الأعداد الأقل من 5، وكذلك الأرقام الأخرى التي قد تتيح استنتاجها.', results: 'النتائج' },
};

/** What a hidden figure says instead of a number, in the page's language. */
const HIDDEN: Record<SurveyLanguage, Record<CellSuppression, string>> = {
  en: { [CellSuppression.FEWER_THAN_5]: SUPPRESSION_TEXT[CellSuppression.FEWER_THAN_5].en, [CellSuppression.PROTECTING_SMALL_COUNTS]: SUPPRESSION_TEXT[CellSuppression.PROTECTING_SMALL_COUNTS].en },
  es: { [CellSuppression.FEWER_THAN_5]: SUPPRESSION_TEXT[CellSuppression.FEWER_THAN_5].es, [CellSuppression.PROTECTING_SMALL_COUNTS]: SUPPRESSION_TEXT[CellSuppression.PROTECTING_SMALL_COUNTS].es },
  vi: { [CellSuppression.FEWER_THAN_5]: 'dưới 5', [CellSuppression.PROTECTING_SMALL_COUNTS]: 'ẩn để bảo vệ các số nhỏ' },
  'zh-Hans': { [CellSuppression.FEWER_THAN_5]: '少于 5', [CellSuppression.PROTECTING_SMALL_COUNTS]: '为保护小计数而隐藏' },
  tl: { [CellSuppression.FEWER_THAN_5]: 'mas kaunti sa 5', [CellSuppression.PROTECTING_SMALL_COUNTS]: 'itinago upang protektahan ang maliliit na bilang' },
  ko: { [CellSuppression.FEWER_THAN_5]: '5 미만', [CellSuppression.PROTECTING_SMALL_COUNTS]: '작은 수를 보호하기 위해 숨김' },
  ar: { [CellSuppression.FEWER_THAN_5]: 'أقل من 5', [CellSuppression.PROTECTING_SMALL_COUNTS]: 'مخفي لحماية الأعداد الصغيرة' },
};
const hidden = (suppression: CellSuppression | null | undefined, language: SurveyLanguage) => HIDDEN[language][suppression ?? CellSuppression.FEWER_THAN_5];

export interface StaffExtras {
  texts: Map<string, TextAnswer[]>;
  downloads: { label: string; href: string }[];
}

const esc = (s: string) => html`${s}`.value;

interface BarCell {
  label: string;
  count: number | null;
  percent: number | null;
  suppressed: boolean;
  suppression?: CellSuppression | null;
}

/**
 * Horizontal bars, one per cell, drawn in HTML: a table whose rows hold the label, a bar and the
 * figure as text, so the numbers are there for screen readers and the labels keep the page's
 * font size on a phone (an SVG's text shrinks with the picture). A hidden cell says why
 * ("fewer than 5", "hidden to protect small counts") and has no bar.
 */
export function barChart(id: string, title: string, cells: BarCell[], language: SurveyLanguage): SafeHtml {
  const t = T[language];
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  return html`<table class="bars" id="${id}"><caption class="visually-hidden">${title}</caption>
<thead><tr><th scope="col">${t.answer}</th><th scope="col">${t.count}</th></tr></thead>
<tbody>${cells.map((c) => {
    const value = c.suppressed ? hidden(c.suppression, language) : `${c.count}${c.percent !== null ? ` (${c.percent}%)` : ''}`;
    const width = c.suppressed || !c.count ? 0 : Math.max(1, Math.round((c.count / max) * 60));
    return html`<tr><th scope="row">${c.label}</th><td><div class="bar-row">${width ? html`<span class="bar" style="flex-basis:${width}%"></span>` : ''}<span>${value}</span></div></td></tr>`;
  })}</tbody></table>`;
}

/**
 * A line through the weekly values (suppressed weeks leave a gap), with the first and last week
 * under it in HTML (legible at any width) and every week's figure in a table.
 */
export function trendChart(id: string, title: string, points: TrendPoint[], value: (p: TrendPoint) => number | null, language: SurveyLanguage = 'en'): SafeHtml {
  const t = T[language];
  const width = 600;
  const height = 140;
  const pad = 10;
  const values = points.map(value);
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const x = (i: number) => pad + (points.length < 2 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((s) => `<polyline points="${s}" fill="none" stroke="#1d4e89" stroke-width="2"/>`).join('');
  const dots = values.map((v, i) => (v === null ? '' : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="#1d4e89"/>`)).join('');
  const svg = new SafeHtml(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${esc(title)}</title>` +
      `<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#5c6670"/>${lines}${dots}</svg>`,
  );
  const shown = (p: TrendPoint, v: number | null) => (v !== null ? String(v) : p.suppressed ? hidden(p.suppression, language) : '–');
  return html`${svg}${points.length ? html`<p class="axis" aria-hidden="true"><span>${points[0].week}</span><span>${points[points.length - 1].week}</span></p>` : ''}
<details><summary>${t.table}</summary><table id="${id}-table"><caption class="visually-hidden">${title}</caption>
<thead><tr><th scope="col">${t.week}</th><th scope="col">${title}</th></tr></thead>
<tbody>${points.map((p, i) => html`<tr><th scope="row">${p.week}</th><td>${shown(p, values[i])}</td></tr>`)}</tbody></table></details>`;
}

function question(q: QuestionResult, language: SurveyLanguage, texts: TextAnswer[] | undefined, byWeek: boolean): SafeHtml {
  const t = T[language];
  const id = `r-${q.questionId}`;
  const stats = [
    html`<span class="stat">${q.suppressed ? hidden(q.suppression, language) : q.answered} ${t.answered}</span>`,
    q.mean !== null ? html`<span class="stat">${t.mean}: ${q.mean}</span>` : '',
    q.median !== null ? html`<span class="stat">${t.median}: ${q.median}</span>` : '',
    q.nps !== null ? html`<span class="stat">${t.nps}: ${q.nps}</span>` : '',
    q.min !== null ? html`<span class="stat">${t.min}: ${q.min}</span>` : '',
    q.max !== null ? html`<span class="stat">${t.max}: ${q.max}</span>` : '',
  ];
  const prompt = textIn(q.prompt, language);
  const chartCells = q.counts.map((c) => ({ ...c, label: textIn(c.label, language) }));
  const neighbourhoodCells = q.byNeighbourhood.map((b) => ({ label: b.group, count: b.count, percent: null, suppressed: b.suppressed, suppression: b.suppression }));
  return html`<section aria-labelledby="${id}-h"><h2 id="${id}-h">${q.position}. ${prompt}</h2><p>${stats}</p>
${q.counts.length ? barChart(`${id}-bars`, prompt, chartCells, language) : ''}
${q.terms.length ? html`<h3>${t.terms}</h3><p>${q.terms.map((term) => html`<span class="stat">${term.term} (${term.count})</span>`)}</p>` : ''}
${q.byNeighbourhood.length ? html`<h3>${t.neighbourhoods}</h3>${barChart(`${id}-nb`, `${prompt}: ${t.neighbourhoods}`, neighbourhoodCells, language)}` : ''}
${q.weekly.filter((p) => p.mean !== null).length > 1 ? html`<h3>${t.mean} / ${t.weekly.split(' ').slice(-2).join(' ')}</h3>${trendChart(`${id}-tr`, `${prompt}: ${t.mean}`, q.weekly, (p) => p.mean, language)}` : ''}
${texts?.length ? html`<h3>${t.texts}</h3><ul>${texts.map((a) => html`<li>${a.text} <span class="muted">(${byWeek ? `${t.weekOf} ` : ''}${a.submittedOn})</span></li>`)}</ul>` : ''}
</section>`;
}

/** The results page: public (no text answers) or staff (with text answers and downloads). */
export function renderResultsPage(survey: Survey, results: SurveyResultsSnapshot, language: SurveyLanguage, staff: StaffExtras | null, agency?: PageAgency | null, path?: string): string {
  const t = T[language];
  const title = `${textIn(survey.title, language)}: ${t.results}`;
  // The public page gives the day only: results are counted about a second after each answer, so
  // the minute of the latest count would be the minute of the latest answer.
  const computedAt = new Date(results.computedAt).toISOString();
  const computed = results.responseCount ? (staff ? `${computedAt.slice(0, 16).replace('T', ' ')} UTC` : computedAt.slice(0, 10)) : '';
  const body = html`${path ? languageLinks(survey, language, path) : ''}<div class="card"><h1>${title}</h1>
<p><strong>${results.responseCount}</strong> ${t.responses}${computed ? html` · <span class="muted">${t.computed} ${computed}</span>` : ''}</p>
${results.invitationsSent ? html`<p>${t.rate}: ${results.responseRate === null ? hidden(CellSuppression.FEWER_THAN_5, language) : `${Math.round(results.responseRate * 100)}%`} (${results.invitationsSent})</p>` : ''}
${staff?.downloads.length ? html`<p>${t.download}: ${staff.downloads.map((d) => html`<a href="${d.href}">${d.label}</a> `)}</p>` : ''}
${results.responseCount === 0 ? html`<p>${t.none}</p>` : html`<p class="muted">${t.privacy}</p>`}
${results.weekly.length > 1 ? html`<section><h2>${t.weekly}</h2>${trendChart('weekly', t.weekly, results.weekly, (p) => p.count, language)}</section>` : ''}
${results.byNeighbourhood.length ? html`<section><h2>${t.neighbourhoods}</h2>${barChart('neighbourhoods', t.neighbourhoods, results.byNeighbourhood.map((b) => ({ label: b.group, count: b.count, percent: null, suppressed: b.suppressed, suppression: b.suppression })), language)}</section>` : ''}
${results.questions.map((q) => question(q, language, staff?.texts.get(q.questionId), survey.anonymous))}
</div>`;
  return page(title, body, language, SURVEY_STYLE + RESULTS_STYLE, agency);
}
