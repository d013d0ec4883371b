import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../domain/templates';
import { SaveAsTemplateDialog } from './SaveAsTemplate';
import { TemplateGallery } from './TemplateGallery';
import { renderWithServices } from './testUtils';

describe('the template gallery ("New map")', () => {
  it('shows the six templates, each with a picture of its own grid, what it is for and a count', async () => {
    await renderWithServices(<TemplateGallery onClose={() => {}} />);
    const list = screen.getByRole('list', { name: 'Waymark’s templates' });
    expect(within(list).getAllByRole('button')).toHaveLength(6);
    for (const template of BUILT_IN_TEMPLATES) {
      const button = within(list).getByRole('button', { name: template.name });
      expect(button).toHaveAccessibleDescription(expect.stringContaining(template.description));
      const picture = button.querySelector('img');
      expect(picture?.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    }
    // The picture is drawn from the template: the blueprint's shows its four lanes' names.
    const blueprint = within(list).getByRole('button', { name: 'Service blueprint' });
    const svg = decodeURIComponent(blueprint.querySelector('img')?.getAttribute('src') ?? '');
    expect(svg).toContain('Line of interaction');
    expect(svg).toContain('Line of internal interaction');
  });

  it('choosing a template makes a map with its grid, titled as typed, and opens it', async () => {
    const { repository } = await renderWithServices(<TemplateGallery onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Title of the new map'), 'Repairs blueprint');
    await userEvent.click(screen.getByRole('button', { name: 'Service blueprint' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/map\//));
    const id = window.location.hash.replace('#/map/', '');
    const stored = await repository.load(id);
    if (!stored.ok) throw new Error('not stored');
    expect(stored.map.title).toBe('Repairs blueprint');
    const template = BUILT_IN_TEMPLATES.find((t) => t.id === 'service-blueprint')!;
    const lanes = template.build(new Date()).lanes.map((lane) => lane.name);
    expect(stored.map.lanes.map((lane) => lane.name)).toEqual(lanes);
  });

  it('a map saved as a template (grid only) is in the gallery, starts maps and can be deleted', async () => {
    const saved = await renderWithServices(<SaveAsTemplateDialog onClose={() => {}} />);
    const name = screen.getByLabelText('Template name');
    await userEvent.clear(name);
    await userEvent.type(name, 'House style');
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText(/Saved the template “House style”/);
    saved.unmount();

    // The same library, now in the gallery.
    const { render } = await import('@testing-library/react');
    const { ServicesProvider } = await import('../services');
    render(
      <ServicesProvider services={{ repository: saved.repository, library: saved.library }}>
        <TemplateGallery onClose={() => {}} />
      </ServicesProvider>,
    );
    const own = await screen.findByRole('list', { name: 'Your templates' });
    const use = await within(own).findByRole('button', { name: 'House style' });
    await waitFor(() => expect(use).toBeEnabled());
    expect(use).toHaveAccessibleDescription(expect.stringContaining('No cards.'));

    fireEvent.click(within(own).getByRole('button', { name: 'Delete “House style”' }));
    fireEvent.click(within(own).getByRole('button', { name: 'Delete template' }));
    await screen.findByText('Deleted the template “House style”.');
    expect(await saved.repository.templates.list()).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Your templates' })).toBeNull();
  });
});
