import { useMemo } from 'react';
import type { JourneyMap } from '../../domain/schema';
import { renderMapSvg } from '../../export/svg';

/** Previews are drawn this wide at most (CSS pixels); the picture keeps its proportions. */
const PREVIEW_WIDTH = 320;

/**
 * A template's picture: its own map drawn by the SVG export (the same drawing as an exported
 * picture, legend and personas left out), shown as an image. Never a hand-made picture, so it
 * always shows what the template really holds.
 */
export function templatePreviewUrl(map: JourneyMap): string {
  const { svg } = renderMapSvg(
    { ...map, settings: { ...map.settings, showLegend: false, showPersonas: false } },
    { background: 'white' },
  );
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** The preview image of a template's map (decorative: the card's text names it). */
export function TemplatePreview({ map }: { map: JourneyMap }) {
  const url = useMemo(() => {
    try {
      return templatePreviewUrl(map);
    } catch {
      return null;
    }
  }, [map]);
  if (url === null) return <div className="template-card__preview template-card__preview--none" />;
  return (
    <img
      className="template-card__preview"
      src={url}
      alt=""
      width={PREVIEW_WIDTH}
      loading="lazy"
      decoding="async"
    />
  );
}
