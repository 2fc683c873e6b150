// The series forms were the first to use these; they now live in components/Field.tsx for every form.
export { ChoiceGroup as SeriesChoiceGroup, Field as SeriesField, type FieldControlProps } from '../../components/Field';
