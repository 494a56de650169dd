// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PackImport } from '@/components/PackImport';
import { bundledPack } from '@/logic';
import { fakeOptionsPorts } from './fake-ports';

afterEach(cleanup);

/** Picks a file in the import box, as the file chooser would. */
function choose(content: string, name: string) {
  const input = screen.getByLabelText('Import a criteria pack (JSON)') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('criteria pack import', () => {
  it('takes a pack that validates and names it as the one in use', async () => {
    const fake = fakeOptionsPorts();
    render(<PackImport ports={fake.ports} />);
    expect(screen.getByTestId('pack-in-use').textContent).toContain('bundled');
    const pack = bundledPack();
    choose(JSON.stringify({ ...pack, metadata: { ...pack.metadata, version: '2.0.0' } }), 'ours.json');
    await waitFor(() => expect(screen.getByTestId('pack-in-use').textContent).toContain('2.0.0'));
    expect(screen.getByTestId('pack-in-use').textContent).toContain('imported from ours.json');
    expect(fake.pack()?.fileName).toBe('ours.json');
    expect(screen.queryByRole('list', { name: 'Problems in the pack' })).toBeNull();
  });

  it('refuses a malformed pack with every problem as path and reason, and stores nothing', async () => {
    const fake = fakeOptionsPorts();
    render(<PackImport ports={fake.ports} />);
    const pack = bundledPack();
    const broken = {
      ...pack,
      metadata: { ...pack.metadata, version: 'one' },
      procedures: [...pack.procedures, { ...pack.procedures[0] }],
    };
    choose(JSON.stringify(broken), 'broken.json');
    const list = await screen.findByRole('list', { name: 'Problems in the pack' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items.some((text) => /^metadata\.version: .*semantic version/.test(text ?? ''))).toBe(true);
    expect(items.some((text) => /^procedures\.\d+\.id: duplicate id/.test(text ?? ''))).toBe(true);
    expect(screen.getByText('broken.json was refused; the pack in use is unchanged.')).toBeTruthy();
    expect(fake.pack()).toBeNull();
    expect(screen.getByTestId('pack-in-use').textContent).toContain('bundled');
  });

  it('a file that is not JSON is refused and the imported pack stays; "Use the bundled pack" goes back', async () => {
    const fake = fakeOptionsPorts();
    render(<PackImport ports={fake.ports} />);
    choose(JSON.stringify(bundledPack()), 'good.json');
    await waitFor(() => expect(screen.getByTestId('pack-in-use').textContent).toContain('imported from good.json'));
    choose('{ nope', 'nope.json');
    expect((await screen.findByRole('list', { name: 'Problems in the pack' })).textContent).toContain('not JSON');
    expect(fake.pack()?.fileName).toBe('good.json');
    fireEvent.click(screen.getByRole('button', { name: 'Use the bundled pack' }));
    await waitFor(() => expect(screen.getByTestId('pack-in-use').textContent).toContain('bundled'));
    expect(fake.pack()).toBeNull();
  });
});
