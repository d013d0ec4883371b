import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyMap } from '../../src/domain/schema';
import { serializeMap } from '../../src/persistence/format';
import type { PngOptions, PngResult } from '../../src/export/png';
import { ExportDialog } from '../../src/ui/export/ExportDialog';
import { FileDropZone } from '../../src/ui/export/FileDropZone';
import { ImportButton } from '../../src/ui/export/ImportButton';
import { ImportProblems } from '../../src/ui/export/ImportProblems';
import { useMapImport, type ImportExtras } from '../../src/ui/export/useMapImport';
import { richMap } from '../builders';

const downloads = vi.hoisted(() => [] as { blob: Blob; filename: string }[]);
vi.mock('../../src/export/download', () => ({
  downloadBlob: (blob: Blob, filename: string) => downloads.push({ blob, filename }),
}));

const png = vi.hoisted(() => ({
  next: null as null | {
    resolve: (r: PngResult) => void;
    reject: (e: Error) => void;
    options: PngOptions;
  },
}));
vi.mock('../../src/export/png', () => ({
  PngExportError: class PngExportError extends Error {},
  renderMapPng: (_map: unknown, options: PngOptions) =>
    new Promise<PngResult>((resolve, reject) => {
      png.next = { resolve, reject, options };
    }),
}));

beforeEach(() => {
  downloads.length = 0;
  png.next = null;
});

describe('ExportDialog', () => {
  it('is a labelled modal dialog that Esc closes', async () => {
    const onClose = vi.fn();
    render(<ExportDialog map={richMap()} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Export map' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps focus inside with Tab and Shift+Tab', async () => {
    render(<ExportDialog map={richMap()} onClose={() => {}} />);
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(close).toHaveFocus();
  });

  it('keeps focus where it is when the parent re-renders with a new onClose', async () => {
    const map = richMap();
    const { rerender } = render(<ExportDialog map={map} onClose={() => {}} />);
    const csv = screen.getByRole('button', { name: 'Export CSV' });
    csv.focus();
    rerender(<ExportDialog map={map} onClose={() => {}} />);
    expect(csv).toHaveFocus();
  });

  it('closes with Esc even while a PNG is being made', async () => {
    const onClose = vi.fn();
    render(<ExportDialog map={richMap()} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(screen.getByRole('dialog')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('gives focus back to where it was when it closes', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(<ExportDialog map={richMap()} onClose={() => {}} />);
    expect(opener).not.toHaveFocus();
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });

  it('downloads the cards as an Excel workbook named after the map', async () => {
    render(<ExportDialog map={richMap()} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export Excel' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toBe('repairs-reporting-a-leak.xlsx');
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('puts the saved versions in the JSON file only when asked', async () => {
    const map = richMap();
    const loadVersions = vi.fn(async () => [
      {
        createdAt: '2026-03-01T10:00:00.000Z',
        name: 'March',
        note: '',
        kind: 'manual' as const,
        map,
      },
    ]);
    render(<ExportDialog map={map} onClose={() => {}} loadVersions={loadVersions} />);
    const include = screen.getByRole('checkbox', {
      name: 'Include the map’s saved versions in the JSON file',
    });
    expect(include).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await userEvent.click(include);
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(JSON.parse(await downloads[0]!.blob.text())).not.toHaveProperty('versions');
    const withVersions = JSON.parse(await downloads[1]!.blob.text());
    expect(withVersions.versions).toMatchObject([{ name: 'March', map: { title: map.title } }]);
    expect(loadVersions).toHaveBeenCalledTimes(1);
  });

  it('downloads JSON, CSV and SVG named after the map', async () => {
    render(<ExportDialog map={richMap()} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Transparent' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(downloads.map((d) => d.filename)).toEqual([
      'repairs-reporting-a-leak.json',
      'repairs-reporting-a-leak.csv',
      'repairs-reporting-a-leak.svg',
    ]);
    const svg = await downloads[2]!.blob.text();
    expect(svg).toContain('<svg');
    expect(svg.indexOf('<rect')).toBeGreaterThan(0);
    expect(svg).not.toMatch(/<rect x="0" y="0" width="\d+" height="\d+" fill="#ffffff"\/>/);
  });

  it('shows progress while the PNG is made, then says it was scaled down', async () => {
    render(<ExportDialog map={richMap()} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('radio', { name: '3×' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(png.next?.options).toMatchObject({ scale: 3, background: 'white' });
    expect(screen.getByRole('status')).toHaveTextContent('Exporting PNG…');
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    act(() => png.next?.options.onProgress?.(0.5));
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '0.5');
    await act(async () =>
      png.next?.resolve({
        blob: new Blob(['png']),
        width: 16_000,
        height: 2_000,
        scale: 0.7,
        scaledDownFrom: 3,
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /too big for a 3× PNG.*16,000 × 2,000 pixels.*export SVG/,
    );
    expect(downloads.map((d) => d.filename)).toEqual(['repairs-reporting-a-leak.png']);
  });

  it('shows a PNG failure as an alert, in plain words', async () => {
    const { PngExportError } = await import('../../src/export/png');
    render(<ExportDialog map={richMap()} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await act(async () => png.next?.reject(new PngExportError('Export it as SVG instead.')));
    expect(screen.getByRole('alert')).toHaveTextContent('Export it as SVG instead.');
    expect(screen.getByRole('button', { name: 'Export PNG' })).toBeEnabled();
    // The browser's own error text is never shown.
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    await act(async () =>
      png.next?.reject(new DOMException("Failed to execute 'toBlob' on 'HTMLCanvasElement'")),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The PNG could not be made in this browser. Export SVG instead: it has no size limit.',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('toBlob');
  });

  it('stops the PNG when closed', async () => {
    const { unmount } = render(<ExportDialog map={richMap()} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    const signal = png.next?.options.signal;
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});

/** The button with its import and its message, as the library page puts them together. */
function ImportWithProblems({
  onImported,
}: {
  onImported: (map: JourneyMap, extras: ImportExtras) => void | Promise<void>;
}) {
  const importer = useMapImport(onImported);
  return (
    <>
      <ImportButton busy={importer.importing} onFile={(file) => void importer.importFile(file)} />
      {importer.failure ? <ImportProblems failure={importer.failure} /> : null}
    </>
  );
}

describe('ImportButton', () => {
  const input = () => screen.getByLabelText('Map file to import');

  it('imports a file as a new map', async () => {
    const onImported = vi.fn<(map: JourneyMap) => void>();
    render(<ImportWithProblems onImported={onImported} />);
    expect(
      screen.getByRole('button', { name: 'Import map (JSON, CSV or Excel)' }),
    ).toBeInTheDocument();
    const map = richMap();
    await userEvent.upload(
      input(),
      new File([serializeMap(map)], 'map.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onImported.mock.calls[0]![0].id).not.toBe(map.id);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message and at most five problems of a bad file', async () => {
    const onImported = vi.fn();
    render(<ImportWithProblems onImported={onImported} />);
    const map = richMap();
    const file = JSON.parse(serializeMap(map)) as {
      map: { phases: { steps: { title: unknown }[] }[] };
    };
    // Seven steps whose titles are numbers: a JSON map is all or nothing.
    const steps = file.map.phases.flatMap((phase) => phase.steps);
    while (steps.length < 7) {
      file.map.phases[0]!.steps.push({ ...steps[0]!, id: `extra-${steps.length}` } as never);
      steps.push(file.map.phases[0]!.steps.at(-1)!);
    }
    for (const step of file.map.phases.flatMap((phase) => phase.steps)) step.title = 7;
    const count = file.map.phases.flatMap((phase) => phase.steps).length;
    await userEvent.upload(input(), new File([JSON.stringify(file)], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `This map has a problem at phases[0].steps[0].title: expected text, not 7 (and ${count - 1} more).`,
    );
    const items = Array.from(alert.querySelectorAll('li'), (li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items[0]).toBe('phases[0].steps[0].title: expected text, not 7');
    expect(items[5]).toBe(`… and ${count - 5} more problems`);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('imports a sheet in part and lists what was left out, row by row', async () => {
    const onImported = vi.fn<(map: JourneyMap) => void>();
    render(<ImportWithProblems onImported={onImported} />);
    const rows = [
      'phase,lane,kind,title',
      ...Array.from({ length: 7 }, (_, i) => `P,L,wish${i},card ${i}`),
    ].join('\r\n');
    await userEvent.upload(input(), new File([rows], 'bad.csv', { type: 'text/csv' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Imported “bad”, with 7 problems');
    const items = Array.from(alert.querySelectorAll('li'), (li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items[0]).toMatch(/^row 2, column "kind": expected one of: .*; this cell was left out$/);
    expect(items[5]).toBe('… and 2 more problems');
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(onImported.mock.calls[0]![0].cards.map((card) => card.title)).toEqual(
      Array.from({ length: 7 }, (_, i) => `card ${i}`),
    );
  });

  it('reports a failure to save the imported map', async () => {
    render(<ImportWithProblems onImported={() => Promise.reject(new Error('Storage is full'))} />);
    await userEvent.upload(input(), new File([serializeMap(richMap())], 'map.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The map could not be added to your library (Storage is full).',
    );
  });
});

describe('FileDropZone', () => {
  function dragEvent(type: string, files: File[] = []) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: { types: ['Files'], files, dropEffect: 'none' },
    });
    return event;
  }

  it('shows an overlay while a file is dragged and passes on the dropped file', () => {
    const onFile = vi.fn();
    render(
      <FileDropZone onFile={onFile}>
        <p>Library</p>
      </FileDropZone>,
    );
    expect(screen.getByText('Library')).toBeInTheDocument();
    expect(screen.queryByText('Drop a Waymark file to import it')).toBeNull();
    act(() => {
      window.dispatchEvent(dragEvent('dragenter'));
    });
    expect(screen.getByText('Drop a Waymark file to import it')).toBeInTheDocument();
    const over = dragEvent('dragover');
    act(() => {
      window.dispatchEvent(over);
    });
    expect(over.defaultPrevented).toBe(true);
    const file = new File(['{}'], 'map.json');
    const drop = dragEvent('drop', [file]);
    act(() => {
      window.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.queryByText('Drop a Waymark file to import it')).toBeNull();
  });

  it('hides the overlay when the drag leaves the window and ignores dragged text', () => {
    render(<FileDropZone onFile={() => {}} />);
    act(() => {
      window.dispatchEvent(dragEvent('dragenter'));
      window.dispatchEvent(dragEvent('dragleave'));
    });
    expect(screen.queryByText('Drop a Waymark file to import it')).toBeNull();
    const text = new Event('dragenter');
    Object.defineProperty(text, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => {
      window.dispatchEvent(text);
    });
    expect(screen.queryByText('Drop a Waymark file to import it')).toBeNull();
  });
});
