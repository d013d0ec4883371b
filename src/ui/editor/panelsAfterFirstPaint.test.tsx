import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControlsLater } from '../../canvas/CanvasContext';
import { PanelsAfterFirstPaint, usePanelsWaiting } from './panelsAfterFirstPaint';

function Panel() {
  return <p>{usePanelsWaiting() ? 'empty box' : 'palette'}</p>;
}

function HeaderMenu() {
  return <p>{useControlsLater() ? 'menu box' : 'menu button'}</p>;
}

function narrowScreen(narrow: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: narrow, media: query }));
}

describe('PanelsAfterFirstPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the panels only after the first paint, in their empty boxes until then', async () => {
    narrowScreen(false);
    render(
      <PanelsAfterFirstPaint>
        <Panel />
      </PanelsAfterFirstPaint>,
    );
    expect(screen.getByText('empty box')).toBeInTheDocument();
    expect(await screen.findByText('palette')).toBeInTheDocument();
  });

  it('draws them at once on a narrow screen, where the palette strip has no fixed height', () => {
    narrowScreen(true);
    render(
      <PanelsAfterFirstPaint>
        <Panel />
      </PanelsAfterFirstPaint>,
    );
    expect(screen.getByText('palette')).toBeInTheDocument();
  });

  it('draws them at once outside the editor page (a live session, a test)', () => {
    render(<Panel />);
    expect(screen.getByText('palette')).toBeInTheDocument();
  });

  it("holds back the grid's controls until after the first paint on every screen, narrow too", async () => {
    narrowScreen(true);
    render(
      <PanelsAfterFirstPaint>
        <Panel />
        <HeaderMenu />
      </PanelsAfterFirstPaint>,
    );
    expect(screen.getByText('palette')).toBeInTheDocument();
    expect(screen.getByText('menu box')).toBeInTheDocument();
    expect(await screen.findByText('menu button')).toBeInTheDocument();
  });

  it("draws the grid's controls at once outside the editor page", () => {
    render(<HeaderMenu />);
    expect(screen.getByText('menu button')).toBeInTheDocument();
  });
});
