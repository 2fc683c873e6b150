import { Button, Checkbox, Fieldset, Label, Select, TextInput } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { LocalisedField } from './LocalisedField';
import { type Language, type Localised, type QuestionDraft, canDecide, hasChoices, isScale, newOption } from './survey-form';
import { pick } from './survey-words';
import { sv } from './surveys.messages';

/** The answers a deciding question can have, as choices for a condition: never typed. */
function answersOf(q: QuestionDraft, neighbourhoods: string[], label: (t: Localised) => string, yes: string, no: string): { value: string; label: string }[] {
  if (hasChoices(q.type)) return q.options.map((o) => ({ value: o.key, label: label(o.label) }));
  if (q.type === 'YES_NO') return [{ value: 'YES', label: yes }, { value: 'NO', label: no }];
  if (q.type === 'NEIGHBOURHOOD') return neighbourhoods.map((n) => ({ value: n, label: n }));
  const [lo, hi] = q.type === 'NPS' ? [0, 10] : [Number(q.minValue || 1), Number(q.maxValue || 5)];
  const values: { value: string; label: string }[] = [];
  for (let v = lo; v <= hi && values.length < 101; v++) values.push({ value: String(v), label: String(v) });
  return values;
}

export function QuestionEditor({ question: q, index, all, languages, neighbourhoods, errors, onChange }: {
  question: QuestionDraft;
  index: number;
  all: QuestionDraft[];
  languages: Language[];
  neighbourhoods: string[];
  errors: Record<string, string>;
  onChange: (next: QuestionDraft) => void;
}) {
  const intl = useIntl();
  const n = index + 1;
  const id = `q-${q.key}`;
  // English (or Spanish for a Spanish console) first, else whichever language the text has.
  const label = (t: Localised) => pick(intl, { en: t.en || Object.values(t).find((v) => v?.trim()), es: t.es });
  const err = (field: string) => errors[`questions.${index}.${field}`];
  const deciders = all.slice(0, index).filter((o) => canDecide(o.type));
  const decider = deciders.find((o) => o.key === q.condition?.questionKey);
  const set = (change: Partial<QuestionDraft>) => onChange({ ...q, ...change });

  return (
    <>
      <LocalisedField id={`${id}-prompt`} label={intl.formatMessage(sv.fieldPrompt)} value={q.prompt} languages={languages} required onChange={(prompt) => set({ prompt })} error={err('prompt')} />
      <LocalisedField id={`${id}-help`} label={intl.formatMessage(sv.fieldHelp)} value={q.helpText} languages={languages} onChange={(helpText) => set({ helpText })} error={err('helpText')} />
      <Checkbox id={`${id}-required`} name={`${id}-required`} label={intl.formatMessage(sv.fieldRequired)} checked={q.required} onChange={(e) => set({ required: e.target.checked })} />

      {hasChoices(q.type) && (
        <Fieldset legend={intl.formatMessage(sv.optionsLegend)} className="margin-top-2">
          {err('options') && <p className="usa-error-message">{err('options')}</p>}
          {q.options.map((o, i) => (
            <div key={o.key} className="margin-bottom-1">
              <LocalisedField
                id={`${id}-o-${o.key}`}
                label={intl.formatMessage(sv.optionN, { n: i + 1 })}
                value={o.label}
                languages={languages}
                required
                onChange={(value) => set({ options: q.options.map((x) => (x.key === o.key ? { ...x, label: value } : x)) })}
                error={err(`options.${i}.label`) ?? err(`options.${i}`)}
              />
              <Button type="button" unstyled onClick={() => set({ options: q.options.filter((x) => x.key !== o.key) })}>
                {intl.formatMessage(sv.removeOption, { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button type="button" outline onClick={() => set({ options: [...q.options, newOption(q.options.map((o) => o.key))] })}>
            {intl.formatMessage(sv.addOption, { n })}
          </Button>
          {q.type === 'MULTIPLE_CHOICE' && (
            <Checkbox id={`${id}-other`} name={`${id}-other`} label={intl.formatMessage(sv.fieldAllowOther)} checked={q.allowOther} onChange={(e) => set({ allowOther: e.target.checked })} />
          )}
        </Fieldset>
      )}

      {(q.type === 'RATING' || q.type === 'NUMBER') && (
        <div className="grid-row grid-gap">
          <p className="usa-hint grid-col-12">{intl.formatMessage(q.type === 'RATING' ? sv.ratingHint : sv.numberHint)}</p>
          {(['minValue', 'maxValue'] as const).map((field) => (
            <div key={field} className="grid-col-6">
              <Label htmlFor={`${id}-${field}`}>{intl.formatMessage(field === 'minValue' ? sv.fieldMin : sv.fieldMax)}</Label>
              {err(field) && <p className="usa-error-message">{err(field)}</p>}
              <TextInput id={`${id}-${field}`} name={`${id}-${field}`} type="number" value={q[field]} onChange={(e) => set({ [field]: e.target.value })} />
            </div>
          ))}
        </div>
      )}

      {isScale(q.type) && (
        <>
          <LocalisedField id={`${id}-low`} label={intl.formatMessage(sv.fieldLowLabel)} value={q.lowLabel} languages={languages} onChange={(lowLabel) => set({ lowLabel })} />
          <LocalisedField id={`${id}-high`} label={intl.formatMessage(sv.fieldHighLabel)} value={q.highLabel} languages={languages} onChange={(highLabel) => set({ highLabel })} />
        </>
      )}

      {q.type === 'NEIGHBOURHOOD' && (
        <p className="usa-hint">
          {neighbourhoods.length ? intl.formatMessage(sv.neighbourhoodsOffered, { list: neighbourhoods.join(', ') }) : intl.formatMessage(sv.noNeighbourhoods)}
        </p>
      )}

      <Fieldset legend={intl.formatMessage(sv.conditionLegend)} className="margin-top-2">
        {deciders.length === 0 ? (
          <p className="usa-hint">{intl.formatMessage(sv.conditionNone)}</p>
        ) : (
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <Label htmlFor={`${id}-when`}>{intl.formatMessage(sv.conditionQuestion)}</Label>
              <Select id={`${id}-when`} name={`${id}-when`} value={q.condition?.questionKey ?? ''} onChange={(e) => set({ condition: e.target.value ? { questionKey: e.target.value, value: '' } : null })}>
                <option value="">{intl.formatMessage(sv.conditionAlways)}</option>
                {deciders.map((d) => (
                  <option key={d.key} value={d.key}>
                    {`${intl.formatMessage(sv.questionN, { n: all.indexOf(d) + 1 })}: ${label(d.prompt)}`}
                  </option>
                ))}
              </Select>
            </div>
            {decider && (
              <div className="tablet:grid-col-6">
                <Label htmlFor={`${id}-is`}>{intl.formatMessage(sv.conditionValue)}</Label>
                {err('condition') && <p className="usa-error-message">{err('condition')}</p>}
                <Select id={`${id}-is`} name={`${id}-is`} value={q.condition?.value ?? ''} onChange={(e) => set({ condition: { questionKey: decider.key, value: e.target.value } })}>
                  <option value="">{intl.formatMessage(sv.conditionPick)}</option>
                  {answersOf(decider, neighbourhoods, label, intl.formatMessage(sv.yes), intl.formatMessage(sv.no)).map((a) => (
                    <option key={a.value} value={a.value}>
                      {a.label}
                    </option>
                  ))}
                </Select>
              </div>
            )}
          </div>
        )}
      </Fieldset>
    </>
  );
}
