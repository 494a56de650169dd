import { ChoiceGroup } from './ChoiceGroup';

const FACT = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Unknown' },
];
const MALIGNANCY = [
  { value: true, label: 'Yes' },
  { value: 'uncertain' as const, label: 'Raised' },
  { value: false, label: 'No' },
  { value: null, label: 'Unknown' },
];

/** Yes / No / Unknown for one fact of the case. */
export function FactToggle(props: {
  name: string;
  label: string;
  value: boolean | null;
  onChange(value: boolean | null): void;
}) {
  return <ChoiceGroup {...props} options={FACT} />;
}

/** Malignancy also has "raised only" (suspected, not established). */
export function MalignancyToggle(props: {
  name: string;
  label: string;
  value: boolean | 'uncertain' | null;
  onChange(value: boolean | 'uncertain' | null): void;
}) {
  return <ChoiceGroup {...props} options={MALIGNANCY} />;
}
