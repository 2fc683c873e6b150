import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Fieldset, Label, Select } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAgencyZone, useShell } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ForumPicker } from '../../components/pickers';
import type { QuestionType } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { LocalisedField } from './LocalisedField';
import { QuestionEditor } from './QuestionEditor';
import { QUESTION_TYPES, type SurveyDraft, draftFromSurvey, emptyDraft, inOrder, missingTranslations, move, newQuestion, toSurveyInput } from './survey-form';
import { pick, useLanguageName } from './survey-words';
import { CopySurveyMutation, CreateSurveyMutation, SurveyBuilderQuery, SurveyQuery, UpdateSurveyMutation } from './surveys.graphql';
import { sv } from './surveys.messages';
import './surveys.css';

/** The survey builder: settings, then questions (every type), each language side by side; new survey or edit. */
export default function SurveyBuilderPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const { agency } = useShell();
  const languageName = useLanguageName();
  const navigate = useNavigate();
  const id = useParams().id;
  const arrived = (useLocation().state as { done?: 'copied' } | null)?.done;
  const { data, error } = useQuery(SurveyBuilderQuery, { variables: { id: id ?? '', editing: !!id }, fetchPolicy: 'network-only' });
  const [draft, setDraft] = useState<SurveyDraft | null>(id ? null : emptyDraft(agency.enabledLanguages));
  const [newType, setNewType] = useState<QuestionType>('SINGLE_CHOICE');
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [create, creating] = useMutation(CreateSurveyMutation);
  const [update, updating] = useMutation(UpdateSurveyMutation, { refetchQueries: id ? [{ query: SurveyQuery, variables: { id } }] : [] });
  const [copy, copying] = useMutation(CopySurveyMutation);

  useEffect(() => {
    if (id && data?.survey && !draft) setDraft(draftFromSurvey(data.survey, zone));
  }, [id, data, draft, zone]);

  if (!data || !draft) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const d = draft;
  const neighbourhoods = data.agency.neighbourhoods;
  const problem = describeProblem(creating.error ?? updating.error ?? copying.error);
  const fields = problem?.fields ?? {};
  const conflict = problem?.code === 'CONFLICT';
  const title = id ? intl.formatMessage(sv.editTitle, { title: pick(intl, data.survey?.title) }) : intl.formatMessage(sv.newTitle);
  const missing = missingTranslations(d);
  const set = (change: Partial<SurveyDraft>) => setDraft({ ...d, ...change });

  function reorder(from: number, to: number) {
    if (to < 0 || to >= d.questions.length) return;
    set({ questions: move(d.questions, from, to) });
    setAnnouncement(intl.formatMessage(sv.moved, { n: to + 1 }));
    // Keyboard users keep their place: focus follows the moved question's button.
    requestAnimationFrame(() => document.getElementById(`q-move-${d.questions[from].key}-${to < from ? 'up' : 'down'}`)?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = toSurveyInput(d, zone);
    const result = id ? await update({ variables: { id, input } }).catch(() => null) : await create({ variables: { input } }).catch(() => null);
    const saved = result?.data && ('updateSurvey' in result.data ? result.data.updateSurvey : 'createSurvey' in result.data ? result.data.createSurvey : null);
    if (saved) navigate(`/surveys/${saved.id}`, { state: { done: 'saved' } });
    else document.getElementById('survey-problem')?.focus();
  }

  return (
    <>
      {id && (
        <p className="margin-bottom-0">
          <Link to={`/surveys/${id}`}>{intl.formatMessage(sv.tabOverview)}</Link>
        </p>
      )}
      <PageHeading title={title}>{title}</PageHeading>
      {arrived && (
        <div role="status">
          <Alert type="success" slim>
            {intl.formatMessage(sv.copied)}
          </Alert>
        </div>
      )}
      <div id="survey-problem" tabIndex={-1}>
        {conflict ? (
          <Alert type="error">
            <h2 className="usa-alert__heading">{intl.formatMessage(sv.conflictTitle)}</h2>
            <p>{problem?.message}</p>
            <p>{intl.formatMessage(sv.conflictBody)}</p>
            <Button type="button" disabled={copying.loading} onClick={() => void copy({ variables: { id: id! } }).then((r) => r.data && navigate(`/surveys/${r.data.copySurvey.id}/edit`, { state: { done: 'copied' } })).catch(() => null)}>
              {intl.formatMessage(sv.copy)}
            </Button>
          </Alert>
        ) : (
          <ProblemAlert problem={problem} />
        )}
      </div>
      {missing > 0 && (
        <Alert type="warning" slim>
          {intl.formatMessage(sv.missingSummary, { count: missing })}
        </Alert>
      )}
      <form className="usa-form maxw-none" onSubmit={(e) => void save(e)} noValidate>
        <Fieldset legend={intl.formatMessage(sv.settingsLegend)} legendStyle="large">
          <Fieldset legend={intl.formatMessage(sv.languagesLegend)}>
            {/* Every language the agency offers (and any this survey already has). */}
            {inOrder(['en', ...agency.enabledLanguages, ...d.languages]).map((l) => (
              <Checkbox
                key={l}
                id={`survey-lang-${l}`}
                name="languages"
                label={languageName(l)}
                lang={l}
                checked={d.languages.includes(l)}
                onChange={(e) => set({ languages: inOrder(e.target.checked ? [...d.languages, l] : d.languages.filter((x) => x !== l)) })}
              />
            ))}
            {fields.languages && <p className="usa-error-message">{fields.languages}</p>}
          </Fieldset>
          <LocalisedField id="survey-title" label={intl.formatMessage(sv.fieldTitle)} value={d.title} languages={d.languages} required onChange={(title) => set({ title })} error={fields.title ?? fields['title.en'] ?? fields['title.es']} />
          <LocalisedField id="survey-intro" label={intl.formatMessage(sv.fieldIntroduction)} value={d.introduction} languages={d.languages} multiline onChange={(introduction) => set({ introduction })} error={fields.introduction} />
          <LocalisedField id="survey-closing" label={intl.formatMessage(sv.fieldClosing)} value={d.closingMessage} languages={d.languages} multiline onChange={(closingMessage) => set({ closingMessage })} error={fields.closingMessage} />
          <p className="usa-hint" id="survey-times-hint">
            {intl.formatMessage(sv.timesHint, { zone })}
          </p>
          <div className="grid-row grid-gap">
            {(['opensAt', 'closesAt'] as const).map((field) => (
              <div key={field} className="tablet:grid-col-6">
                <Label htmlFor={`survey-${field}`}>{intl.formatMessage(field === 'opensAt' ? sv.fieldOpensAt : sv.fieldClosesAt)}</Label>
                {fields[field] && <p className="usa-error-message">{fields[field]}</p>}
                <input className="usa-input" id={`survey-${field}`} name={field} type="datetime-local" aria-describedby="survey-times-hint" value={d[field]} onChange={(e) => set({ [field]: e.target.value })} />
              </div>
            ))}
          </div>
          <Checkbox id="survey-anonymous" name="anonymous" label={intl.formatMessage(sv.fieldAnonymous)} checked={d.anonymous} onChange={(e) => set({ anonymous: e.target.checked })} />
          <Checkbox id="survey-results-public" name="resultsPublic" label={intl.formatMessage(sv.fieldResultsPublic)} checked={d.resultsPublic} onChange={(e) => set({ resultsPublic: e.target.checked })} />
          <Fieldset legend={intl.formatMessage(sv.audienceLegend)}>
            <Checkbox id="survey-public-link" name="publicLink" label={intl.formatMessage(sv.fieldPublicLink)} checked={d.publicLink} onChange={(e) => set({ publicLink: e.target.checked })} />
            <Checkbox id="survey-personal" name="personalInvitations" label={intl.formatMessage(sv.fieldPersonal)} checked={d.personalInvitations} onChange={(e) => set({ personalInvitations: e.target.checked })} />
          </Fieldset>
          <Label id="survey-forum-label" htmlFor="survey-forum" hint={<span className="display-block">{intl.formatMessage(sv.forumHint)}</span>}>
            {intl.formatMessage(sv.fieldForum)}
          </Label>
          {fields.forumId && <p className="usa-error-message">{fields.forumId}</p>}
          <ForumPicker id="survey-forum" labelId="survey-forum-label" name="forumId" value={d.forumId} onChange={(forumId) => set({ forumId })} />
        </Fieldset>

        <h2>{intl.formatMessage(sv.questionsHeading)}</h2>
        <p className="usa-hint">{intl.formatMessage(sv.dragHint)}</p>
        <div role="status" className="usa-sr-only">
          {announcement}
        </div>
        {fields.questions && <p className="usa-error-message">{fields.questions}</p>}
        {d.questions.length === 0 && <p>{intl.formatMessage(sv.noQuestions)}</p>}
        <ol className="usa-list usa-list--unstyled">
          {d.questions.map((q, i) => (
            <li
              key={q.key}
              className={`survey-question${dragging === i ? ' survey-question--dragging' : ''}`}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging !== null) reorder(dragging, i);
                setDragging(null);
              }}
            >
              <h3 draggable className="survey-question__handle" onDragStart={() => setDragging(i)} onDragEnd={() => setDragging(null)}>
                {intl.formatMessage(sv.questionHeading, { n: i + 1, type: intl.formatMessage(sv[`type${q.type}`]) })}
              </h3>
              <div className="margin-bottom-1">
                <Button type="button" outline id={`q-move-${q.key}-up`} disabled={i === 0} onClick={() => reorder(i, i - 1)}>
                  {intl.formatMessage(sv.moveUp, { n: i + 1 })}
                </Button>
                <Button type="button" outline id={`q-move-${q.key}-down`} disabled={i === d.questions.length - 1} onClick={() => reorder(i, i + 1)}>
                  {intl.formatMessage(sv.moveDown, { n: i + 1 })}
                </Button>
                <Button type="button" unstyled className="margin-left-2" onClick={() => set({ questions: d.questions.filter((x) => x.key !== q.key).map((x) => (x.condition?.questionKey === q.key ? { ...x, condition: null } : x)) })}>
                  {intl.formatMessage(sv.removeQuestion, { n: i + 1 })}
                </Button>
              </div>
              <QuestionEditor
                question={q}
                index={i}
                all={d.questions}
                languages={d.languages}
                neighbourhoods={neighbourhoods}
                errors={fields}
                onChange={(next) => set({ questions: d.questions.map((x) => (x.key === q.key ? next : x)) })}
              />
            </li>
          ))}
        </ol>
        <div className="display-flex flex-align-end margin-bottom-4">
          <div>
            <Label htmlFor="survey-new-type">{intl.formatMessage(sv.addQuestionType)}</Label>
            <Select id="survey-new-type" name="newType" value={newType} onChange={(e) => setNewType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {intl.formatMessage(sv[`type${t}`])}
                </option>
              ))}
            </Select>
          </div>
          <Button
            type="button"
            outline
            className="margin-left-1"
            onClick={() => {
              const q = newQuestion(newType, d.questions);
              set({ questions: [...d.questions, q] });
              requestAnimationFrame(() => document.getElementById(`q-${q.key}-prompt-${d.languages[0] ?? 'en'}`)?.focus());
            }}
          >
            {intl.formatMessage(sv.addQuestion)}
          </Button>
        </div>
        <Button type="submit" disabled={creating.loading || updating.loading}>
          {creating.loading || updating.loading ? intl.formatMessage(sv.saving) : intl.formatMessage(sv.saveSurvey)}
        </Button>
      </form>
    </>
  );
}
