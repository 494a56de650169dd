// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseForm } from '@/components/CaseForm';
import { blankState, useCaseState } from '@/components/use-case-state';
import { type CaseDraft, emptyCase } from '@/logic/case';
import { fakePorts, REPORT_TAB } from './fake-ports';

afterEach(cleanup);

/** A stand-in extractor: "T11" prefills the new fracture level with its words as evidence. */
function extract(text: string): CaseDraft {
  const start = text.indexOf('T11');
  if (start < 0) return { case: emptyCase(), evidence: {} };
  return {
    case: { ...emptyCase(), newFractureLevels: ['T11'], symptomatic: true },
    evidence: {
      newFractureLevels: [{ start, end: start + 3, text: 'T11' }],
      symptomatic: [{ start: 0, end: 9, text: 'back pain' }],
    },
  };
}

function Harness({ ports, onReveal }: { ports: ReturnType<typeof fakePorts>['ports']; onReveal(t: string): void }) {
  const { loaded, state, incoming, edit, resolve } = useCaseState(ports, extract, REPORT_TAB);
  if (!loaded) return null;
  return (
    <>
      {incoming && (
        <button type="button" onClick={() => resolve('replace')}>
          Replace
        </button>
      )}
      <CaseForm state={state ?? blankState(null)} onEdit={edit} onReveal={onReveal} />
    </>
  );
}

describe('case form', () => {
  it('prefills from a selection and shows the words each value came from', async () => {
    const fake = fakePorts();
    const onReveal = vi.fn();
    render(<Harness ports={fake.ports} onReveal={onReveal} />);
    await screen.findByRole('form', { name: 'Case' });
    fake.select('back pain, new T11 fracture');
    const chip = await screen.findByRole('button', { name: /From the report: “T11”/ });
    expect(screen.getByRole('button', { name: 'Remove T11 from New fracture levels' })).toBeTruthy();
    fireEvent.click(chip);
    expect(onReveal).toHaveBeenCalledWith('T11');
    expect(fake.saved()?.case.newFractureLevels).toEqual(['T11']);
  });

  it('an edit overrides the prefilled value and marks the field as yours', async () => {
    const fake = fakePorts();
    render(<Harness ports={fake.ports} onReveal={() => {}} />);
    await screen.findByRole('form', { name: 'Case' });
    fake.select('back pain, new T11 fracture');
    await screen.findByRole('button', { name: /“back pain”/ });
    const symptoms = screen.getByRole('group', { name: 'Symptoms from the fracture' });
    fireEvent.click(symptoms.querySelectorAll('input')[1] as HTMLInputElement);
    await waitFor(() => expect(fake.saved()?.case.symptomatic).toBe(false));
    expect(fake.saved()?.yours).toEqual(['symptomatic']);
    expect(screen.queryByRole('button', { name: /“back pain”/ })).toBeNull();
    expect(symptoms.parentElement?.textContent).toContain('yours');
  });

  it('a new selection waits for consent before replacing the user’s edits', async () => {
    const fake = fakePorts();
    render(<Harness ports={fake.ports} onReveal={() => {}} />);
    await screen.findByRole('form', { name: 'Case' });
    fireEvent.change(screen.getByLabelText('Add a level to Prior augmentation levels'), { target: { value: 'L2' } });
    await waitFor(() => expect(fake.saved()?.case.augmentationLevels).toEqual(['L2']));
    fake.select('new T11 fracture');
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(fake.saved()?.case.newFractureLevels).toEqual(['T11']));
    expect(fake.saved()?.case.augmentationLevels).toEqual([]);
  });

  it('pain accepts whole numbers 0–10 only; an empty box is unknown', async () => {
    const fake = fakePorts();
    render(<Harness ports={fake.ports} onReveal={() => {}} />);
    const pain = await screen.findByLabelText('Pain 0–10');
    fireEvent.input(pain, { target: { value: '8' } });
    await waitFor(() => expect(fake.saved()?.case.painSeverity).toBe(8));
    fireEvent.input(pain, { target: { value: '11' } });
    fireEvent.input(pain, { target: { value: '7.5' } });
    expect(fake.saved()?.case.painSeverity).toBe(8);
    fireEvent.input(pain, { target: { value: '' } });
    await waitFor(() => expect(fake.saved()?.case.painSeverity).toBeNull());
  });
});
